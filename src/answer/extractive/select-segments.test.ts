import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { readableSegment } from '../../core/sentences.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { type Candidate, selectSegments } from './select-segments.js';

const options = { maxSegments: 4, maxPassages: 3, relativeCutoff: 0.8, otherPassageCutoff: 0.92 };

function candidate(text: string, overrides: Partial<Chunk> = {}, coverage = 0.8): Candidate {
  const chunk = testChunk({
    committee: 'Finance Committee',
    headingPath: ['Finance Committee', '2024-03-05', 'Minute 4 — Budget'],
    text,
    ...overrides,
  });
  return { passage: { chunk, score: 1 }, coverage };
}

function answer(question: string, candidates: Candidate[]): string {
  const analysis = analyzeQuestion(question, { now: new Date('2025-06-01') });
  return selectSegments(candidates, analysis, () => 1, options)
    .map((segment) => readableSegment(segment.text))
    .join(' ');
}

describe('selectSegments', () => {
  it('asked what a person said about a topic, quotes the item on the topic, not the line welcoming them', () => {
    const welcome = candidate(
      'The Chair welcomed to the meeting Petra Lindqvist, the Independent Chair of the Harbour Trust, and Owen Daley, the Harbourmaster.',
      { headingPath: ['Finance Committee', '2024-03-05', 'Minute 9 — Harbour Trust Annual Report'] },
      0.9,
    );
    const onTopic = candidate(
      'The Trust accepted that dredging of the inner basin had fallen behind and would be tendered again in the spring.',
      { headingPath: ['Finance Committee', '2024-03-05', 'Minute 9 — Harbour Trust Annual Report'] },
      0.4,
    );
    const quoted = answer('what did petra lindqvist say about dredging the inner basin', [welcome, onTopic]);
    expect(quoted).toContain('tendered again in the spring');
    expect(quoted).not.toContain('welcomed');
  });

  it("asked what an officer said on an item, quotes the line retelling their words, though it repeats none of the item's", () => {
    const heading = {
      headingPath: ['Finance Committee', '2024-03-05', 'Minute 2 — Notice of Motion on parking charges'],
    };
    const motion = candidate(
      'I will move that the council review its parking charges so that such charges apply to weekday visitors only.',
      heading,
    );
    const reply = candidate(
      'The Director of Services, Transport stated that the matter would be kept under review.',
      heading,
    );
    const quoted = answer(
      'what did the director of services for transport say about the notice of motion on parking charges?',
      [motion, reply],
    );
    expect(quoted).toContain('kept under review');
  });

  it('asked who voted against, quotes the division side naming them, not only the count', () => {
    const heading = {
      headingPath: ['Finance Committee', '2024-03-05', 'Minute 10 — Reed Bed Planting – Saltmarsh Point'],
    };
    const text = [
      'a) allocate $20,000 to reed bed planting at Saltmarsh Point.',
      'For: Member P Adeyemi, Chairperson K Lowther, Member S Brannigan',
      'Against: Deputy Chair R Ollerenshaw, Member T Quayle',
      'The motion was declared CARRIED by 3 votes to 2.',
    ].join('\n');
    const quoted = answer('who voted against the reed bed planting at Saltmarsh Point?', [candidate(text, heading)]);
    expect(quoted).toContain('Against: Deputy Chair R Ollerenshaw');
  });

  it('asked two questions in one, quotes a line answering the second as well as the first', () => {
    const heading = { headingPath: ['Finance Committee', '2024-03-05', 'Minute 2 — Travel and Transport'] };
    const text = [
      'Deputation to meet with the Port Authority',
      'The Director informed Members that one Member from each ward should be nominated to take part in a deputation to the Port Authority to discuss issues relevant to the ward.',
      'Members agreed that a Meeting be arranged to decide the issues to be raised. As all Members wished to be nominees, it was agreed that names would be drawn, in order, at the close of the Meeting to determine the order of attendance.',
      'Members noted that the Port Authority had been due to attend the Transport SPC but the item had been cancelled.',
    ].join('\n');
    const quoted = answer(
      'how many members per ward go on the deputation to the port authority, and how will the order be settled?',
      [candidate(text, heading)],
    );
    expect(quoted).toContain('one Member from each ward');
    expect(quoted).toContain('names would be drawn');
  });

  it('asked two questions in one, quotes the line holding more of the second than a chosen line sharing one word of it', () => {
    const heading = { headingPath: ['Finance Committee', '2024-03-05', 'Minute 7 — Harbour Trust'] };
    const text = [
      'Cllr Amery and Ms Vance, Harbour Director, presented an update on the extra berths for the harbour trust.',
      'Following a meeting with the Department, an extra sum of money had been allocated to the Kestle Port Company to cover the berth design.',
    ].join('\n');
    const quoted = answer(
      'who presented the harbour trust update and which company was given extra money for the berths?',
      [candidate(text, heading)],
    );
    expect(quoted).toContain('Cllr Amery');
    expect(quoted).toContain('Kestle Port Company');
  });

  it("asked what a titled member thought, quotes the member's own words, not an officer's reply to them", () => {
    const heading = { headingPath: ['Finance Committee', '2024-03-05', 'Minute 6 — Verge cutting'] };
    const own = candidate('Cllr. Amery said the town should give it its own budget, as it is done too late.', heading);
    const reply = candidate(
      'In response to Cllr. Amery, Ms. Vance advised that verge cutting on the canal path in the town follows the nesting season.',
      heading,
    );
    const quoted = answer('what did cllr amery think the town should do about verge cutting on the canal path?', [
      reply,
      own,
    ]);
    expect(quoted).toMatch(/^Cllr\. Amery said/);
  });

  it('asked whether there is a deadline, quotes the line saying by which month it is due', () => {
    const heading = { headingPath: ['Finance Committee', '2031-02-11', 'Minute 7 — Coastal Ferry Partnership'] };
    const quoted = answer('is there a deadline for the updated ferry partnership business case?', [
      candidate(
        'If there was no working ferry partnership along the coast by 2032, the Ministry could impose a timetable on the harbours. ' +
          'The council would stay engaged in shaping the partnership.',
        heading,
        0.9,
      ),
      candidate(
        'Officers expected that the updated business case would be finished by June 2031 and then put to each harbour board.',
        heading,
        0.7,
      ),
    ]);
    expect(quoted).toContain('finished by June 2031');
  });

  it('reads on from the sentence naming the topic to the one holding the amount asked for', () => {
    const text =
      '4.2 The capital grant for school places is allocated by the department on a formula that compares capacity with forecast numbers of pupils in each planning area of the county. ' +
      'The formula does not account for the cost of building ahead of need, which falls on the council. ' +
      'For 2024-25 the county has been allocated £3,412,880 in capital grant.';
    const quoted = answer('How much capital grant for school places did the county get?', [candidate(text)]);
    expect(quoted).toContain('£3,412,880');
  });

  it('credits a sentence opening on "this" with the words of the one before it, and quotes both', () => {
    const text = [
      '3.1 As in earlier years, the number of carers on the respite register stays high across the district. ' +
        'By March 2031, this came to 812 carers in Wexmoor. This is a rise of 64 (8.5%) on March 2030. ' +
        'The share of carers aged over 70 has also grown in each of the last five years, and is now above the ' +
        'national figure for the third year running.',
      'Across England, respite registers grew to 41,200 carers in March 2031.',
    ].join('\n');
    const analysis = analyzeQuestion(
      'how has the number of wexmoor carers on the respite register changed since last year?',
      {
        now: new Date('2031-06-01'),
      },
    );
    const best = selectSegments(
      [candidate(text, { headingPath: ['Finance Committee', '2031-04-02', 'Carers Plan for Wexmoor'] })],
      analysis,
      () => 1,
      { ...options, maxSegments: 1 },
    ).map((segment) => segment.text);
    expect(best).toEqual(expect.arrayContaining(['By March 2031, this came to 812 carers in Wexmoor.']));
    expect(best.join(' ')).toContain('rise of 64');
    expect(best.join(' ')).not.toContain('41,200');
  });

  it('brings the opening sentence of the paragraph a short run-in heading introduces', () => {
    const text = [
      '2. Cllr Pask and Cllr Orrin sent their apologies.',
      '',
      'Harbour Matters:',
      '',
      'The Chairman welcomed the harbourmaster - two moorings had broken loose in the storm and both boats were recovered undamaged by the next morning.',
    ].join('\n');
    const quoted = answer('What did the parish hear about the harbour?', [candidate(text)]);
    expect(quoted).toContain('two moorings had broken loose');
  });

  it('brings the paragraphs a sentence ending "were:-" runs into, up to the resolution', () => {
    const text = [
      '- Of the 5 actions not yet completed it was felt that the hardest to finish were:-',
      '',
      'No. 3 (resurfacing the quay) was hard because it relied upon the harbour board releasing funds in time for the summer season.',
      '',
      'No. 4 (repainting the lighthouse) depended on three weeks of dry weather, which had not come in either of the last two autumns.',
      '',
      'Resolved:- That the report be noted.',
    ].join('\n');
    const quoted = answer('which of the actions were the hardest to finish?', [candidate(text)]);
    expect(quoted).toContain('resurfacing the quay');
    expect(quoted).toContain('repainting the lighthouse');
  });

  it('quotes the items of a list bulleted "o" (a text layer\'s sub-bullet) one by one under the line introducing them', () => {
    const text = [
      '• Members compared the harbour with other ports, noting steep mooring fee rises were planned elsewhere. Particular mention was made of:',
      '',
      'o Pellham Quay, 40%',
      'o Saltmere, 18%',
      'o Drayburgh 12%',
      'o Kestle Haven, 11 %',
      'o Morrow Point 9%',
      'o Ashby Staithe, 8%',
      'o Wendle 6%',
      '',
      'The harbour board kept its own fees within inflation.',
    ].join('\n');
    const analysis = analyzeQuestion('which port is raising mooring fees by 40%?', { now: new Date('2025-06-01') });
    const quoted = selectSegments([candidate(text)], analysis, () => 1, options).map((segment) =>
      readableSegment(segment.text),
    );
    expect(quoted).toContain('Pellham Quay, 40%');
    expect(quoted).toContain('Saltmere, 18%');
  });

  it('reads a name under an office printed as a heading as the holder of that office', () => {
    const text = [
      '### 13. Risks and Mitigation',
      '',
      '13.1 Dredging delays could raise mooring costs for the harbour.',
      '',
      '#### **Accountable Officer(s)**',
      '',
      'Petra Wendover, Head of Harbour Services',
      '',
      'Approvals obtained on behalf of the harbour board.',
    ].join('\n');
    const overrides = { kind: 'report' as const, headingPath: ['Harbour Board', '2031-03-04', 'Dredging Report'] };
    const quoted = answer('Who is the accountable officer for the dredging report?', [candidate(text, overrides)]);
    expect(quoted).toContain('Petra Wendover');
  });

  it("leaves out the body's name printed alone over a frontsheet's venue, which the answer's heading names", () => {
    const text = ['Quayside Licensing Panel', 'Date: Tuesday, 4 March 2031', 'Venue: Anchor Room, Harbour House'].join(
      '\n',
    );
    const overrides = { kind: 'agenda' as const, committee: 'Quayside Licensing Panel', partTitle: 'Agenda' };
    const quoted = answer('Where does the Quayside licensing panel meet in March 2031?', [candidate(text, overrides)]);
    expect(quoted).toContain('Anchor Room, Harbour House');
    expect(quoted).not.toContain('Quayside Licensing Panel');
  });

  it("leaves out the item's own heading line, which the answer prints as the item's label", () => {
    const text = [
      '41. Allotment Waiting List',
      '(Item 6)',
      '',
      'The Clerk reported that the allotment waiting list had fallen to nineteen households after two plots were divided.',
    ].join('\n');
    const chunk = {
      minute: '41',
      minuteTitle: 'Allotment Waiting List',
      headingPath: ['Finance Committee', '2024-03-05', 'Minute 41 — Allotment Waiting List'],
    };
    const quoted = answer('What was said about the allotment waiting list?', [candidate(text, chunk)]);
    expect(quoted).toContain('fallen to nineteen households');
    expect(quoted).not.toContain('(Item 6)');
    const bold =
      '**Item 6: Allotment Waiting List - Ms. R. Tully, A/Clerk.**\n\nMs. Tully reported that the waiting list had fallen.';
    const titled = { ...chunk, minuteTitle: 'Allotment Waiting List - Ms. R. Tully, A/Clerk.' };
    expect(answer('What was said about the allotment waiting list?', [candidate(bold, titled)])).not.toContain(
      'Item 6',
    );
  });

  it("asked what time an item is taken, quotes its heading line when the agenda's time column prints the time", () => {
    const text = [
      '14:20\t6. Cemetery Extension',
      'To consider a quote of £31,000 for drainage of the extension land at Holloway Cross.',
    ].join('\n');
    const chunk = {
      kind: 'agenda' as const,
      section: 'Item 6 — Cemetery Extension',
      headingPath: ['Finance Committee', '2031-03-18', 'Agenda', 'Item 6 — Cemetery Extension'],
    };
    expect(answer('what time is the cemetery extension item taken?', [candidate(text, chunk)])).toContain('14:20');
  });

  it('brings the decision a paragraph records in prose after the line that names the matter', () => {
    const text =
      '7.3 Bus shelter on Quarry Lane. The Clerk had obtained prices for replacing the Quarry Lane bus shelter from three suppliers. ' +
      'Prices ranged from £4,200 for a steel frame with a flat roof and one bench, to £5,100 for a timber frame ' +
      'with a pitched roof, to £6,950 for a glazed frame with lighting, a timetable case and two benches, all ' +
      'including fitting, removal of the old shelter and making good the footway around the new base. ' +
      'The county council confirmed that none of the three designs would need planning consent, ' +
      'that the bus operator had no objection and that the existing kerb could stay where it is. ' +
      'It was resolved to accept the middle quotation as it included a ten-year guarantee. ' +
      'A notice would be put on the village website.\n\n' +
      '7.4 Litter bins. Members resolved to order two more bins.';
    const quoted = answer('What did councillors decide on the Quarry Lane bus shelter?', [candidate(text)]);
    expect(quoted).toContain('It was resolved to accept the middle quotation');
    expect(quoted).not.toContain('two more bins');
  });

  it('follows an intro line into the list items it introduces', () => {
    const text = [
      '1. Cllr Okafor, Portfolio Holder for Libraries, provided an update on the following:',
      '',
      '(a) Library opening hours would be extended to 8pm on Thursdays from 1 May, funded from the events budget.',
      '',
      '(b) The mobile library had been withdrawn for repairs.',
    ].join('\n');
    const quoted = answer('What did Cllr Okafor say about library opening hours?', [candidate(text)]);
    expect(quoted).toContain('8pm on Thursdays');
  });

  it('follows a line introducing its list in words ("the following", "They must.") into the items', () => {
    const awarded = [
      '6.2 The following harbour services were awarded a contract after an open tender under the procurement rules.',
      '- Lighthouse keeping.',
      '- Buoy maintenance.',
    ].join('\n');
    const quoted = answer('which harbour services were tendered', [candidate(awarded)]);
    expect(quoted).toContain('Buoy maintenance');
    const duty = [
      '7.1 Under the Harbours Act the harbour authority is required to keep the channel open to shipping. It must.',
      '- (a) survey the channel every spring, and',
      '- (b) dredge wherever the depth falls below two metres.',
    ].join('\n');
    expect(answer('what is the harbour authority required to do for the channel', [candidate(duty)])).toContain(
      'survey the channel every spring',
    );
  });

  it('asked what was evaluated or included, quotes the line introducing that list and all its items', () => {
    const visit = [
      '2.1 On 14 and 15 May the port received a focused visit from the Marine Inspectorate under its harbour safety framework, one of seven possible topics for such a visit.',
      '2.2 The inspectors were Ana Ruiz and Tom Hale.',
      '2.4 Inspectors evaluated the effectiveness of:',
      '- pilotage',
      '- mooring inspections',
      '- channel dredging',
    ].join('\n');
    const evaluated = answer('which areas did the inspectors evaluate on the may visit', [candidate(visit)]);
    expect(evaluated).toContain('pilotage');
    expect(evaluated).toContain('channel dredging');
    const long = (words: string) =>
      `- ${words}, reported each quarter to the board with the actions agreed, the officers responsible for them and the dates by which each is to be done, so that the board can see what has slipped and why it slipped`;
    const framework = [
      '1.2 The harbour safety framework includes:',
      long('an annual self-assessment of pilotage'),
      long('a yearly engagement meeting with the port users'),
      long('a single record of safety incidents in the harbour framework'),
      long('focused visits on one part of the service'),
    ].join('\n');
    const included = answer('what does the harbour safety framework include?', [candidate(framework)]);
    expect(included).toContain('self-assessment of pilotage');
    expect(included).toContain('engagement meeting');
    expect(included).toContain('single record of safety incidents');
  });

  it('does not read "the following year" as introducing a list', () => {
    const text = [
      'The harbour dues were frozen and would be reviewed the following year.',
      '- Mooring fees for visiting yachts rose by a tenth.',
    ].join('\n');
    expect(answer('what happened to the harbour dues', [candidate(text)])).not.toContain('visiting yachts');
  });

  it('quotes an intro line that closes its passage without reading past the end', () => {
    const text =
      'The board heard about library opening hours.\n\nCllr Okafor provided an update on library opening hours as follows:';
    const quoted = answer('What did Cllr Okafor say about library opening hours?', [candidate(text)]);
    expect(quoted).toContain('library opening hours');
  });

  it('brings the names under a label such as "Report Author:"', () => {
    const text = [
      '11. Contact details',
      '',
      'Report Author:',
      'Priya Nandakumar',
      'Head of Planning Policy',
      '01234 567890',
    ].join('\n');
    const quoted = answer('Who wrote the planning policy report?', [
      candidate(text, { kind: 'report', section: '11. Contact details' }),
    ]);
    expect(quoted).toContain('Priya Nandakumar');
  });

  it('asked what a section of a report lists, quotes every short line under its heading, not one', () => {
    const text = [
      '11. Background Documents',
      '',
      'The Harbour Act 1964 and related port legislation',
      'Coastal Partnership Roadmap',
      'National report "Working Waterfronts"',
      '',
      '12. Appendices',
      '',
      '• Appendix A – Proposed Record Of Decision',
    ].join('\n');
    const quoted = answer('what background documents are listed in the harbour moorings report?', [
      candidate(text, { kind: 'report', section: '11. Background Documents' }),
    ]);
    expect(quoted).toContain('Harbour Act 1964');
    expect(quoted).toContain('Coastal Partnership Roadmap');
    expect(quoted).toContain('Working Waterfronts');
    expect(quoted).not.toContain('Appendix A');
  });

  it('asked whom to contact, brings the name under an office printed alone without a colon ("Author")', () => {
    const text = [
      '14. Contact details',
      '',
      'Author',
      'Dr Tomasz Wrenfield',
      'Strategic Lead for Parks',
      '01234 998877',
    ].join('\n');
    const quoted = answer('who do I contact about the parks review report?', [
      candidate(text, { kind: 'report', section: '14. Contact details' }),
    ]);
    expect(quoted).toContain('Tomasz Wrenfield');
  });

  it("prefers the named meeting's attendance to a later meeting's approval of its minutes", () => {
    const approval = candidate(
      'RESOLVED that the minutes of the meeting held on 5 March 2024 be approved as a correct record and signed by the Chair.',
      { meetingDate: '2024-04-09', headingPath: ['Finance Committee', '2024-04-09', 'Minute 12 — Minutes'] },
      0.9,
    );
    const attendance = candidate(
      'PRESENT: Councillor A. Brennan (Chairman), Councillors Kowalski, Mensah and Doyle.\nApologies: Councillor Farrell.',
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
      0.5,
    );
    const quoted = answer('Who chaired the finance committee on 5 March 2024?', [approval, attendance]);
    expect(quoted).toContain('Brennan');
    expect(quoted).not.toContain('correct record');
  });

  it('leaves out the approval of the last minutes when the question asks about minutes in general', () => {
    const approval = candidate(
      'Cllr Adeyemi moved that the Minutes be signed and put online, seconded by Cllr Fontaine. Agreed by all.',
      {
        minute: '2',
        minuteTitle: 'To approve and sign the Minutes of the meeting of 3 April',
        headingPath: [
          'Harbour Board',
          '2024-03-05',
          'Minute 2 — To approve and sign the Minutes of the meeting of 3 April',
        ],
      },
    );
    const policy = candidate(
      'Cllr Brennan moved that audio recordings of meetings be kept for one month and that written minutes stay the formal record, seconded by Cllr Lindqvist. 5 for, 1 against. Carried.',
      {
        minute: '7',
        minuteTitle: 'Audio recordings',
        headingPath: ['Harbour Board', '2024-03-05', 'Minute 7 — Audio recordings'],
      },
      0.7,
    );
    const quoted = answer('Does the harbour board put minutes or audio recordings online?', [approval, policy]);
    expect(quoted).toContain('one month');
    expect(quoted).not.toContain('Adeyemi');
  });

  it("does not quote a form's bracketed instruction to its author", () => {
    const agenda = candidate('CONFIDENTIAL ITEMS: none are expected; the public may stay for the whole meeting.', {
      kind: 'agenda',
      headingPath: ['Harbour Board', '2024-03-05', 'Agenda'],
    });
    const form = candidate(
      [
        'Decision record',
        'Public or confidential [Do not include material that is confidential under the access to information rules]',
      ].join('\n'),
      { kind: 'report', headingPath: ['Harbour Board', '2024-03-05', 'Mooring fees', 'Decision record'] },
      0.9,
    );
    const quoted = answer('Will the harbour board take any item in confidential session?', [agenda, form]);
    expect(quoted).toContain('none are expected');
    expect(quoted).not.toContain('Do not include');
  });

  it('answers "is there …?" with the sentence saying whether it exists, a negative included', () => {
    const text = [
      'Ms Ferreira, Senior Planner, presented the Westbrook Cycle Network Plan and its target of doubling cycle trips.',
      '',
      'There is no ring-fenced money for delivering the plan, though several of its measures can draw on maintenance budgets.',
    ].join('\n');
    const quoted = answer('Is there dedicated money for the Westbrook cycle network plan?', [candidate(text)]);
    expect(quoted).toContain('no ring-fenced money');
  });

  it('takes a line holding the date asked for over one that only repeats the topic', () => {
    const attendance = candidate(
      'MINUTES OF ASHWELL PARISH COUNCIL MEETING\nHELD IN ASHWELL VILLAGE HALL\nTUESDAY 8th APRIL 2014',
      {
        section: 'Attendance',
        meetingDate: '2014-04-08',
        headingPath: ['Ashwell Parish Council', '2014-04-08', 'Minutes'],
      },
      0.9,
    );
    const closing = candidate(
      '14\\. Date of next meeting 13th May 2014\n\nThe meeting closed at 9.15pm',
      {
        meetingDate: '2014-04-08',
        headingPath: ['Ashwell Parish Council', '2014-04-08', 'Minute 14 — Date of Next Meeting 13th May 2014'],
      },
      0.6,
    );
    const quoted = answer("When was Ashwell's next meeting after the April 2014 one?", [attendance, closing]);
    expect(quoted).toContain('13th May 2014');
  });

  it('takes the outcome of a US-style motion over the discussion before it', () => {
    const text = [
      'Residents spoke for and against the parking ordinance during public comment, raising concerns about the downtown parking ordinance.',
      'Motion by Councilmember Reyes, seconded by Councilmember Holt, to adopt the parking ordinance. Motion carried 5-2.',
    ].join('\n');
    const quoted = answer('Did the council adopt the parking ordinance?', [candidate(text)]);
    expect(quoted).toContain('Motion carried 5-2');
  });

  it('answers a question across meetings with a line from each meeting', () => {
    const march = candidate('The general reserve stood at €410,000 at the end of February.', {}, 0.8);
    const june = candidate(
      'The general reserve had fallen to €265,000 after the roof repairs.',
      { meetingDate: '2024-06-11', headingPath: ['Finance Committee', '2024-06-11', 'Minute 9 — Budget'] },
      0.8,
    );
    const chosen = selectSegments(
      [june, march],
      analyzeQuestion('How did the general reserve change over time?', { now: new Date('2025-06-01') }),
      () => 1,
      options,
    );
    expect(new Set(chosen.map((segment) => segment.passageIndex))).toEqual(new Set([0, 1]));
  });

  it('cites no other passage for lines the answer already quotes or a bare date', () => {
    const details = candidate(
      'A special meeting of the Board will be held in the Guildhall on Monday, 3rd March, 2025 at 6.00 pm. The meeting is scheduled to end at 8.00pm.',
      { headingPath: ['Library Board', '2025-03-03', 'Agenda', 'Meeting details'], meetingDate: '2025-03-03' },
      0.8,
    );
    // The summons printed again on the pack's front page, under a heading that names the meeting.
    const frontPage = candidate(
      'Monday, 3rd\n\nMarch, 2025 at 6.00 pm\n\nFriday, 21 February 2025',
      {
        headingPath: ['Library Board', '2025-03-03', 'Summons to a Special Library Board', 'Text'],
        meetingDate: '2025-03-03',
      },
      1,
    );
    const chosen = selectSegments(
      [details, frontPage],
      analyzeQuestion('What time was the special library board on 3 March meant to end?', {
        now: new Date('2025-06-01'),
      }),
      () => 1,
      options,
    );
    expect(chosen.map((segment) => segment.passageIndex)).toEqual([0]);
    expect(chosen.map((segment) => segment.text).join(' ')).toContain('8.00pm');
  });

  it('names the chair elected for the meeting rather than listing everyone present', () => {
    const text = [
      'PRESENT: Mrs T Okonjo, Mr L Ferris, Ms D Halloran, Mr V Petrov, Mrs J Amadi, Mr K Lindqvist',
      '',
      'Election of Chair',
      '',
      '1. RESOLVED that Mr Ferris was appointed to chair this meeting.',
    ].join('\n');
    const quoted = answer('Who took the chair at the special meeting on 5 March?', [
      candidate(text, { section: 'Attendance' }),
    ]);
    expect(quoted).toContain('Mr Ferris was appointed to chair');
    expect(quoted).not.toContain('PRESENT');
  });

  it('quotes a motion and its vote printed in bold, as parish minutes do', () => {
    const text = [
      '7. Street lighting',
      '',
      'The clerk reported on the cost of switching the remaining street lights to LED units across the village. Members discussed the quotes received.',
      '',
      '**Cllr Mrs Ashdown proposed that the LED street lights quote from Brightway be accepted, seconded by Cllr Penrose. 5 votes for 1 against. Carried**',
    ].join('\n');
    const quoted = answer('Did the parish council accept a quote for LED street lights?', [candidate(text)]);
    expect(quoted).toContain('5 votes for 1 against');
  });

  it('brings the motion that a line announcing "the following was proposed" introduces', () => {
    const text = [
      'Members debated whether to open the allotment waiting list to residents of the neighbouring hamlets; after a long discussion the following was proposed.',
      '',
      'Cllr Dunmore proposed that the waiting list be opened to the hamlets from April, seconded by Cllr Yeo.',
    ].join('\n');
    const quoted = answer('Did they open the allotment waiting list to residents of the hamlets?', [candidate(text)]);
    expect(quoted).toContain('opened to the hamlets from April');
  });

  it('reads on past a page break into the quote a line ending "i.e." introduces', () => {
    const text = [
      'The planning officer clarified what the contribution scheme states in relation to change of use applications i.e.',
      '---',
      '"where a contribution was paid previously for the existing use, the development shall be exempt from paying a contribution".',
    ].join('\n');
    const quoted = answer('is a change of use application exempt from development contributions?', [candidate(text)]);
    expect(quoted).toContain('shall be exempt');
  });

  it('brings every item of a list introduced "as follows:", not only the first', () => {
    const text = [
      'The review set an action plan with three key themes. The three key themes identified were as follows:',
      'Theme 1- Strengthening the tenant voice.',
      'Theme 2- Governance of the panel.',
      'Theme 3- Better use of repairs data.',
    ].join('\n');
    const quoted = answer('what themes came out of the tenant panel review?', [candidate(text)]);
    expect(quoted).toContain('Governance of the panel');
    expect(quoted).toContain('repairs data');
  });

  it('brings the listed option that a vote names by its number', () => {
    const text = [
      'The clerk explained that the water board seeks views on where the new reservoir should go.',
      '',
      'Two sites:',
      '',
      '1\\. A single reservoir on the moor above Fenwick Bridge.',
      '',
      '2\\. Two smaller basins beside the river meadows.',
      '',
      'Members voted 6 to 2 in favour of Option 2 and will reply to the water board by Friday.',
    ].join('\n');
    const quoted = answer('Which reservoir site did the members vote for?', [candidate(text)]);
    expect(quoted).toContain('river meadows');
    expect(quoted).not.toContain('Fenwick Bridge');
  });

  it("prefers the named body's passage to another body's on the same topic", () => {
    const cabinet = candidate(
      'The Cabinet agreed that the leisure centre roof repairs be funded from the capital reserve of £800,000.',
      { committee: 'Cabinet', headingPath: ['Cabinet', '2024-03-05', 'Minute 4 — Leisure'] },
      0.9,
    );
    const parish = candidate(
      'The parish council agreed to write in support of the leisure centre roof repairs.',
      { committee: 'Hollowmere Parish Council', headingPath: ['Hollowmere Parish Council', '2024-03-05', 'Minute 6'] },
      0.7,
    );
    const analysis = analyzeQuestion('What did Hollowmere agree about the leisure centre roof repairs?', {
      now: new Date('2025-06-01'),
      committees: ['Cabinet', 'Hollowmere Parish Council'],
    });
    const quoted = selectSegments([cabinet, parish], analysis, () => 1, options)
      .map((segment) => segment.text)
      .join(' ');
    expect(quoted).toContain('write in support');
    expect(quoted).not.toContain('capital reserve');
  });

  it('asked only who chaired, quotes the chair line and the name under a bare chair label, not the rest', () => {
    const attendance = candidate(
      [
        'In the Chair:',
        '',
        'Councillor Orla Brennock',
        '',
        'MEMBERS PRESENT:',
        '',
        'Councillors: Fintan Gale, Maura Stack, Odhran Lyle.',
        '',
        'Apologies: Councillor Ciaran Dunne.',
      ].join('\n'),
      { headingPath: ['Finance Committee', '2024-03-05', 'Minutes'] },
    );
    const quoted = answer('Which councillor chaired the 5 March 2024 finance meeting?', [attendance]);
    expect(quoted).toContain('Orla Brennock');
    expect(quoted).not.toContain('Fintan Gale');
    expect(quoted).not.toContain('Ciaran Dunne');
  });

  it('asked who sent apologies, quotes the names under an "APOLOGIES:" label alone on its line, not the chair', () => {
    const attendance = candidate(
      [
        '**IN THE CHAIR:**',
        '',
        'Councillor Orla Brennock',
        '',
        '**OFFICIALS:**',
        '',
        'Director of Services (Mr. P. Quane), Staff Officer (Ms. T. Rudd)',
        '',
        '**APOLOGIES:**',
        '',
        'Councillor Ciaran Dunne and Senior Engineer (Ms. N. Doyle)',
      ].join('\n'),
      { headingPath: ['Finance Committee', '2024-03-05', 'Minutes'] },
    );
    const quoted = answer('Who sent apologies to the finance committee?', [attendance]);
    expect(quoted).toContain('Ciaran Dunne');
    expect(quoted).not.toContain('Orla Brennock');
    expect(quoted).not.toContain('Quane');
  });

  it('quotes a Present list printed one member a line whole, not its first line only', () => {
    const attendance = candidate(
      [
        'Sederunt:',
        'Councillor Isla Rennick (Convener)',
        'Councillor Torquil Abernethy',
        'Councillor Morven Lyall',
        'Mr Ewan Dalgleish (Church Representative)',
        '',
        'In Attendance:',
        'Shona Kerr, Head of Schools',
      ].join('\n'),
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
    );
    const quoted = answer('Who attended the finance committee on 5 March 2024?', [attendance]);
    expect(quoted).toContain('Isla Rennick');
    expect(quoted).toContain('Morven Lyall');
    expect(quoted).toContain('Ewan Dalgleish');
  });

  it('quotes the whole list under a bare Present label when a name of it, not the label, is the best line', () => {
    const attendance = candidate(
      [
        'Present:',
        'Dame Ottilie Marwood          Chair',
        'Mr Jasper Quennell            Chief Executive',
        'Dr Anika Rowntree             Medical Director',
        'Mrs Hollis Penhaligon         Director of Nursing',
      ].join('\n'),
      { section: 'Attendance', headingPath: ['Trust Board', '2024-03-05', 'Minutes', 'Attendance'] },
    );
    const quoted = answer('Who was present at the trust board chaired on 5 March 2024?', [attendance]);
    expect(quoted).toContain('Ottilie Marwood');
    expect(quoted).toContain('Jasper Quennell');
    expect(quoted).toContain('Hollis Penhaligon');
  });

  it('quotes the names indented under an "Attendees:" label, untitled, not the Apologies line only', () => {
    const attendance = candidate(
      [
        'Attendees:  Cllr Bryony Haskett (Chair, Westmere Council)',
        '            Tobin Arkwright (Westmere Traders)',
        '            Perpetua Lund (Harbour Manager)',
        'Apologies:  Cllr Ned Farrow',
      ].join('\n'),
      { headingPath: ['Westmere Partnership', '2024-03-05', 'Notes'] },
    );
    const quoted = answer('Who attended the Westmere Partnership on 5 March 2024?', [attendance]);
    expect(quoted).toContain('Bryony Haskett');
    expect(quoted).toContain('Tobin Arkwright');
    expect(quoted).toContain('Perpetua Lund');
  });

  it('asked who was absent, quotes the name under an "ABSENT" label printed beside its role, not the label only', () => {
    const attendance = candidate(
      [
        'TE HUNGA ĀTAHI | PRESENT',
        'Chairperson     Rawiri Tamehana',
        'Members         Odette Lindqvist',
        '                Pita Havili',
        '',
        'TE HUNGA KĀORE I TAE MAI | ABSENT',
        'Member          Imogen Caldicott',
      ].join('\n'),
      { headingPath: ['Tōtara Local Board', '2024-03-05', 'Minutes'] },
    );
    const quoted = answer('Which member was absent from the Tōtara Local Board on 5 March 2024?', [attendance]);
    expect(quoted).toContain('Imogen Caldicott');
    expect(quoted).not.toContain('Pita Havili');
  });

  it('follows a Present line ending on a comma past the blank line an exported web page leaves', () => {
    const attendance = candidate(
      [
        'Present: Cllr F Ambrose - Chairman,',
        '',
        'Cllr K Oduya, Cllr T Rasmussen, Cllr W Pell',
        '',
        '1. Apologies',
      ].join('\n'),
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
    );
    const quoted = answer('Who attended the finance committee on 5 March 2024?', [attendance]);
    expect(quoted).toContain('F Ambrose');
    expect(quoted).toContain('W Pell');
  });

  it('answers each part of "who chaired, and were there apologies?" from the line that holds it', () => {
    const attendance = candidate(
      'PRESENT: Mrs H Varga (Chairman), Mr O Lunde, Ms P Achebe, Mr T Grieve\n\nIN ATTENDANCE: Mr C Ndiaye (Clerk)',
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
      0.9,
    );
    const apologies = candidate(
      '21. Apologies (Item 1)\n\nMr Grieve sent apologies; Mr Abbas attended in his place.',
      { headingPath: ['Finance Committee', '2024-03-05', 'Minute 21 — Apologies'], minute: '21' },
      0.4,
    );
    const quoted = answer('Who chaired the finance committee on 5 March 2024, and were there apologies?', [
      attendance,
      apologies,
    ]);
    expect(quoted).toContain('Varga (Chairman)');
    expect(quoted).toContain('Mr Grieve sent apologies');
  });

  it.each([
    'Which councillor missed the finance committee on 5 March 2024?',
    'Who was absent from the finance committee on 5 March 2024?',
    "Who didn't attend the finance committee on 5 March 2024?",
    'Who was not at the finance committee on 5 March 2024?',
  ])('asked who stayed away (%s), quotes the apologies, not the Present line', (question) => {
    const attendance = candidate(
      'PRESENT: Mrs H Varga (Chairman), Mr O Lunde, Ms P Achebe\n\nIN ATTENDANCE: Mr C Ndiaye (Clerk)',
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
      0.9,
    );
    const apologies = candidate(
      '21. Apologies for Absence (Item 1)\n\nApologies were received from Mr T Grieve.',
      { headingPath: ['Finance Committee', '2024-03-05', 'Minute 21 — Apologies for Absence'], minute: '21' },
      0.4,
    );
    const quoted = answer(question, [attendance, apologies]);
    expect(quoted).toContain('Mr T Grieve');
    expect(quoted).not.toContain('Varga');
  });

  it('asked which member missed a dated meeting, quotes the Absent line of a roll, not the Present lines beside it', () => {
    const roll = candidate(
      [
        'Wednesday, June 3, 2031 - 6:30 p.m.',
        'Present: Aldermen Tobias Wren (Ward 1), Lucinda Marsh (Ward 2), Felix Oduya (Ward 3)',
        'Absent: Alderman Greta Holm (Ward 4)',
        'Also present: City Manager Ansel Pike; City Clerk Noor Abadi',
      ].join('\n'),
      { section: 'Attendance', headingPath: ['Ferrisburg City Council', '2031-06-03', 'Minutes', 'Attendance'] },
      0.9,
    );
    const quoted = answer('which alderman missed the June 3, 2031 council meeting?', [roll]);
    expect(quoted).toContain('Greta Holm');
    expect(quoted).not.toContain('Tobias Wren');
    expect(quoted).not.toContain('Ansel Pike');
  });

  it('asked who was absent, quotes the bare ABSENT list beside the apologies that outrank it', () => {
    const attendance = candidate(
      'PRESENT: Mrs H Varga (Chairman), Mr O Lunde, Ms P Achebe\n\nABSENT\nCouncillor Ivo Penn\n\nIN ATTENDANCE: Mr C Ndiaye (Clerk)',
      { section: 'Attendance', headingPath: ['Finance Committee', '2024-03-05', 'Minutes', 'Attendance'] },
      0.5,
    );
    const apologies = candidate(
      '21. Apologies for Absence\n\nApologies for absence were received from Councillor T Grieve.',
      { headingPath: ['Finance Committee', '2024-03-05', 'Minute 21 — Apologies for Absence'], minute: '21' },
      0.9,
    );
    const quoted = answer('Which councillor was absent from the finance committee on 5 March 2024?', [
      attendance,
      apologies,
    ]);
    expect(quoted).toContain('T Grieve');
    expect(quoted).toContain('Ivo Penn');
  });

  it('brings the paragraph taking up the second part a line promising two parts names only the first of', () => {
    const text = [
      '2.1.4 The Strategy is in two parts. The first gathers, service by service, the current work each team already does for the moorings. This work, set against each outcome, forms Appendix 1.',
      '',
      '2.1.5 The second sets out the new joint actions the harbour services will take on next, which form Appendix 2.',
      '',
      '2.1.6 Both appendices will be reviewed each spring by the harbour board.',
    ].join('\n');
    const quoted = answer('what are the parts of the harbour strategy?', [candidate(text)]);
    expect(quoted).toContain('The first gathers');
    expect(quoted).toContain('new joint actions');
  });

  it('asked what an appendix holds, quotes the line naming that appendix, not the ones naming the others', () => {
    const text = [
      '3.1 The harbour plan sets out how the moorings, slipway and quay will be kept over the next decade.',
      '',
      '3.2 Appendix A lists the current harbour works each team already does, by outcome.',
      '',
      '3.3 The second, Appendix B, sets out the new harbour works the teams will take on over the next two years.',
      '',
      '3.4 The harbour plan will be reviewed each spring by the harbour board.',
    ].join('\n');
    const quoted = answer("what's in appendix b of the harbour plan?", [candidate(text)]);
    expect(quoted).toContain('new harbour works');
    expect(quoted).not.toContain('already does');
  });

  it('asked what an appendix is, quotes the line listing it, not a line pointing the reader to it', () => {
    const heading = { headingPath: ['Finance Committee', '2024-03-05', 'Lighthouse lantern repairs'] };
    const listing = candidate('Appendices: Appendix 3 Lantern Repair Schedule', heading);
    const pointing = candidate(
      'All spring works should now be complete (see Appendix 3). Delays are because the glazier withdrew and a new contractor is sought.',
      heading,
    );
    const quoted = answer("what's appendix 3 of the lighthouse lantern report?", [listing, pointing]);
    expect(quoted).toContain('Lantern Repair Schedule');
    expect(quoted).not.toContain('should now be complete');
  });

  it("brings the reply printed under a member's written question", () => {
    const text = [
      '6. Question submitted by Councillor R. Tierney',
      '',
      'I will ask for a report on the flooding of the footpath beside the school at Carrigmore.',
      '',
      'REPLY: The drain under the footpath is blocked by tree roots. The district engineer will replace it with a 450 mm pipe in the spring.',
    ].join('\n');
    const quoted = answer('What will be done about the flooding of the footpath at Carrigmore?', [candidate(text)]);
    expect(quoted).toContain('450 mm pipe');
  });

  it('brings the "A:" line under a governor\'s "Q:" challenge, not the next challenge', () => {
    const text = [
      "5. Headteacher's report",
      'Q: A governor asked why Year 6 writing results at Pennycross had dipped below the local average.',
      'A: The headteacher explained that a long-term supply teacher had covered the class for two terms.',
      'Q: A governor asked when the new library would open.',
      'A: The headteacher said it would open after half term.',
    ].join('\n');
    const quoted = answer('why did Year 6 writing results dip at Pennycross?', [candidate(text)]);
    expect(quoted).toContain('long-term supply teacher');
    expect(quoted).not.toContain('new library');
  });

  it("quotes a member's update to the end of its paragraph, where the ask usually comes", () => {
    const text = [
      '(b) In November the Portfolio Holder for Highways wrote to the Secretary of State about the state of rural bus services across the district and the funding settlement for the coming year.',
      'Whilst the council welcomed the extension of the fare cap, concerns remained about the withdrawal of evening services on several rural routes, which left many villages without any bus after six in the evening.',
      'Operators had reported that driver wages and fuel had risen by around 12 percent, and that without further support more routes would be reduced or withdrawn entirely from next April.',
      'Further impacts were expected on young people travelling to college, on older residents reaching hospital appointments, and on workers on early and late shifts at the business parks.',
      'The ask of the department was to ring-fence the rural bus grant for three years, to which no reply had yet been received.',
    ].join(' ');
    const quoted = answer('What did the Portfolio Holder for Highways say about rural bus services and driver wages?', [
      candidate(text),
    ]);
    expect(quoted).toContain('12 percent');
    expect(quoted).toContain('ring-fence the rural bus grant');
  });

  it("asked when something last happened, quotes the newest dated line about it, not an older or another body's", () => {
    const older = candidate(
      'The Waterways Inspectorate rated the Pellow Canal towpath as Satisfactory in its visit of March 2029, and members asked for regular updates.',
      { headingPath: ['Finance Committee', '2030-02-11', 'Minute 6 — Towpath Review'] },
      0.9,
    );
    const otherBody = candidate(
      'Every volunteer lock-keeping group was rated Satisfactory by its own trustees as at the end of August 2033.',
      { headingPath: ['Finance Committee', '2033-10-02', 'Minute 8 — Volunteering'] },
      0.85,
    );
    const newer = candidate(
      'The Waterways Inspectorate judged the towpath Satisfactory after its visit in May 2032.',
      { headingPath: ['Finance Committee', '2032-07-19', 'Minute 3 — Canal Update'] },
      0.6,
    );
    const quoted = answer('when did the waterways inspectorate last rate the towpath satisfactory', [
      older,
      otherBody,
      newer,
    ]);
    expect(quoted).toContain('May 2032');
    expect(quoted).not.toContain('March 2029');
    expect(quoted).not.toContain('August 2033');
  });

  it("asked whether something will be done, quotes the council's answer, not the petition's request", () => {
    const text = [
      'The petition asks the council to reverse its decision to shut the Brackley Street Skate Park at the end of October 2031.',
      '',
      'The council will not shut the skate park at the end of October 2031; it will stay open through the winter.',
    ].join('\n');
    const quoted = answer('will Brackley Street Skate Park shut at the end of October 2031?', [candidate(text)]);
    expect(quoted).toContain('will not shut');
    expect(quoted).not.toContain('petition asks');
  });
});
