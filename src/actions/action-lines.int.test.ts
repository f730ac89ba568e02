import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../test/support/use-corpus-quorum.js';
import { actions } from './actions.js';

// Invented minutes: a Resolved block that only notes, with the officer's action minuted as a labelled line.
const committeeMinutes = [
  'MINUTES of a meeting of the Environment Committee held at Gorse Hall on Monday, 20 January 2031',
  '',
  'PRESENT: Cllr P Ashdown (Chair), Cllr R Fenwick, Cllr T Yale',
  '',
  '13. Apologies for Absence',
  '',
  'There were no apologies.',
  '',
  '14. Allotment Water Supply',
  '',
  'The Parks Manager reported that the standpipes at Gorse Lane had frozen twice this winter.',
  'Members discussed lagging the pipes.',
  '',
  'ACTION: Parks Manager to obtain quotes for lagging the Gorse Lane standpipes by 31 March 2031.',
  '',
  'RESOLVED: That the report be noted.',
  '',
  '15. Verge Cutting',
  '',
  'The Highways Officer reported that verge cutting had slipped by three weeks. A revised cutting schedule would be brought to the Committee in May 2031.',
  '',
  'RESOLVED: That the Committee approved an extra cut at the Mereside junction.',
  '',
  '16. Date of Next Meeting',
  '',
  'The next meeting will be held on Monday, 17 March 2031.',
].join('\n');

// Invented parish notes: a clerk's unpunctuated remarks, one a paragraph.
const parishNotes = [
  'Minutes of the Meeting of Linthorpe Magna Parish Council held on Tuesday 4th February 2031 at the Village Hall',
  '',
  'Present: Cllr Amos (Chairman), Cllr Hurst, Cllr Pike',
  '',
  '8. Apologies',
  '',
  'None received.',
  '',
  '9. Items for Next Agenda',
  '',
  'Cllr Amos queried the bin by the pavilion - it is now emptied fortnightly. The Clerk to investigate',
  '',
  'Cllr Hurst advised the produce show will be on the 12 August',
  '',
  'Not happy with the state of the bus shelter glass',
].join('\n');

describe('asks minuted as labelled lines and as unpunctuated remarks', () => {
  const quorum = useInventedPapersQuorum({
    'environment-minutes.txt': committeeMinutes,
    'parish-notes.txt': parishNotes,
  });

  it('reads an ACTION line beside a Resolved block that only notes, and nothing else of its discussion', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const environment = list.actions.filter(
      (action) => action.committee === 'Environment Committee' && action.minute === '14',
    );
    expect(environment.map((action) => [action.owner, action.when])).toEqual([['Parks Manager', 'by 31 March 2031']]);
  });

  it('reads a paper promised to a later meeting beside a Resolved block on something else', async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const verges = list.actions.filter((action) => action.minute === '15');
    expect(verges.map((action) => [action.what, action.who, action.when])).toEqual([
      ['A revised cutting schedule', 'the Committee', 'in May 2031'],
    ]);
  });

  it("reads a parish clerk's unpunctuated remarks one paragraph each", async () => {
    const list = await actions({ store: quorum().store, retriever: quorum().retriever });
    const parish = list.actions.filter((action) => action.committee !== 'Environment Committee');
    expect(parish.map((action) => action.text.replace(/\s+/g, ' '))).toEqual([
      'Cllr Amos queried the bin by the pavilion - it is now emptied fortnightly. The Clerk to investigate',
    ]);
    expect(parish[0]?.when).toBeUndefined();
  });
});
