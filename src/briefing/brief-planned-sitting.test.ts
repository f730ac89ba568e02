import { describe, expect, it } from 'vitest';
import { defined } from '../../test/support/defined.js';
import { useInventedPapersQuorum } from '../../test/support/use-corpus-quorum.js';
import { isQuorumError } from '../core/errors.js';
import { brief } from './brief.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

// An invented board: its March pack holds an agenda, the January minutes and a work programme planning
// the May sitting, of which no agenda is indexed.
const marchPack = [
  'HARBOURSIDE ESTUARY BOARD',
  '',
  'Date and Time:- Wednesday 4 March 2037 at 2.00 p.m.',
  '',
  'Venue:- Pilot House, Quay Street, Harbourside.',
  '',
  'AGENDA',
  '',
  '1. Apologies for Absence',
  '',
  'To receive the apologies of any Member who is unable to attend the meeting.',
  '',
  '2. Mooring Fees',
  '',
  'To consider the mooring fees for the coming season.',
  '',
  '**The next meeting of the Harbourside Estuary Board',
  'will be held on Wednesday 13 May 2037',
  'commencing at 2.00 p.m.**',
  '',
  'HARBOURSIDE ESTUARY BOARD',
  'Wednesday 14 January 2037',
  '',
  'Present:- Councillor Quillan (in the Chair); Councillors Marrow, Tolley and Vance.',
  '',
  '7. SILT DREDGING CONTRACT',
  '',
  'The harbour master reported that the silt dredging contract had drawn three tenders and that the channel had lost a metre of depth since the last dredge.',
  '',
  'Resolved: That the silt dredging contract be retendered with a report on the bids to a later meeting.',
  '',
  '**Harbourside Estuary Board –Summary Work Programme',
  '',
  'Meeting Date\tAgenda Item',
  '04-Mar-37\t<ul style="list-style-type: none"> • Mooring Fees',
  '13-May-37\t<ul style="list-style-type: none"> •Silt Dredging Contract Bids •Slipway Lighting',
  '08-Jul-37\t',
  'Items for Scheduling',
  'Ferry timetable review\tAwaiting Date',
].join('\n');

const quorum = useInventedPapersQuorum({ 'harbourside-march-pack.md': marchPack });
const briefFor = (meeting: string) =>
  brief({
    store: quorum().store,
    retriever: quorum().retriever,
    meeting,
    now: new Date('2037-03-10T09:00:00Z'),
  });

describe('a briefing for a sitting a work programme plans but no agenda is indexed for', () => {
  it("lists the programme's row for the day as planned business, cited to the programme", async () => {
    const briefing = await briefFor('13 May 2037');
    expect(briefing).toMatchObject({ committee: 'Harbourside Estuary Board', meetingDate: '2037-05-13' });
    expect(briefing.planned).toEqual({ title: expect.stringMatching(/Work Programme/), meetingDate: '2037-03-04' });
    expect(briefing.items.map((item) => item.title)).toEqual(['Silt Dredging Contract Bids', 'Slipway Lighting']);
    const row = defined(briefing.citations[briefing.cite - 1]);
    expect(row).toMatchObject({ partKind: 'work-programme', meetingDate: '2037-03-04' });
    expect(row.quote).toContain('13-May-37');
    const markdown = renderBriefingMarkdown(briefing);
    expect(markdown).toMatch(/Planned business from Harbourside Estuary Board –Summary Work Programme/);
    expect(markdown).toContain('## Planned item 1: Silt Dredging Contract Bids');
  });

  it('gives each planned item its history from earlier papers', async () => {
    const briefing = await briefFor('2037-05-13');
    const dredging = defined(briefing.items[0]);
    expect(dredging.history.map((meeting) => meeting.meetingDate)).toContain('2037-01-14');
    expect(briefing.previousMeeting?.meetingDate).toBe('2037-01-14');
  });

  it('still finds no agenda for a day no programme plans business on', async () => {
    for (const day of ['2037-07-08', '2037-06-10']) {
      const error = await briefFor(day).catch((caught: unknown) => caught);
      expect(isQuorumError(error, 'not_found')).toBe(true);
    }
  });
});
