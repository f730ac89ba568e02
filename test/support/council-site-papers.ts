import type { StubCommittee } from './moderngov-site.js';

// An invented council's papers in the layouts the parser reads: Cabinet minutes over two PDF pages, a
// report with a summary sheet, a restricted appendix, a cancelled meeting and one long past.

export const minutesPages = [
  [
    'CABINET',
    'Tuesday 4 March 2025',
    'Present:- Councillor Ashworth (in the Chair); Councillors Bellamy, Hirst and Okafor.',
    '87. MINUTES OF THE PREVIOUS MEETING',
    'Resolved:- That the minutes of the meeting held on 4 February 2025 be approved as a correct record.',
  ].join('\n\n'),
  [
    '88. LIBRARY OPENING HOURS',
    'The Cabinet considered proposals to extend the opening hours of the central library and four branch libraries on Saturday afternoons from April 2025, funded from the libraries reserve.',
    'Resolved:- (1) That the extended library opening hours be approved.',
    '(2) That a review of library visitor numbers be reported to Cabinet in twelve months.',
  ].join('\n\n'),
];

export const reportPages = [
  [
    'Committee Name and Date of Committee Meeting',
    'Cabinet – 4 March 2025',
    'Report Title',
    "Leader's Budget Monitoring Report",
    'Report Author(s)',
    'Jo Bloggs, Head of Finance',
    'Exempt from the Press and Public',
    'No',
    '1. Background',
    'The forecast overspend on highways maintenance is 1.2 million pounds, mainly from pothole repairs after the winter.',
  ].join('\n\n'),
];

export function councilCommittees(): StubCommittee[] {
  return [
    {
      id: '11',
      title: 'Cabinet',
      meetings: [
        {
          id: '501',
          date: '2025-03-04',
          items: [
            {
              number: '4',
              title: 'Minutes',
              documents: [{ id: '7001', title: 'Minutes, 04/03/2025 Cabinet', pages: minutesPages }],
            },
            {
              number: '5',
              title: "Leader's budget report",
              documents: [
                { id: '7002', title: "Leader's Budget Monitoring Report", pages: reportPages },
                { id: '7003', title: 'Appendix A - commercial terms', pages: ['Restricted'], restricted: true },
              ],
            },
            // The report again under another item: one fetch.
            {
              number: '6',
              title: 'Budget (reprise)',
              documents: [{ id: '7002', title: "Leader's Budget Monitoring Report", pages: reportPages }],
            },
          ],
        },
        {
          id: '502',
          date: '2025-04-01',
          status: 'Cancelled',
          items: [{ number: '1', title: 'Minutes', documents: [{ id: '7010', title: 'Never fetched', pages: ['x'] }] }],
        },
        {
          id: '400',
          date: '2019-01-15',
          items: [{ number: '1', title: 'Old', documents: [{ id: '6000', title: 'Too old', pages: ['x'] }] }],
        },
      ],
    },
    { id: '12', title: 'Licensing Panel', expired: true, meetings: [] },
  ];
}
