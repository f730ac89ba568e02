import { describe, expect, it } from 'vitest';
import { defined } from '../../test/support/defined.js';
import { useInventedPapersQuorum } from '../../test/support/use-corpus-quorum.js';
import { isQuorumError } from '../core/errors.js';
import { brief } from './brief.js';
import { renderBriefingMarkdown } from './render-briefing-markdown.js';

// An invented parish council that publishes its minutes and no agenda.
const octoberMinutes = [
  'MINUTES OF THE MEETING OF FENWICK STOWE PARISH COUNCIL HELD IN THE VILLAGE HALL ON THURSDAY 8 OCTOBER 2037 AT 7.30 PM',
  '',
  'PRESENT: Cllrs Ardern (Chair), Bligh, Corr and Dunmore.',
  '',
  '1. Apologies for absence',
  'Cllr Ewart sent apologies.',
  '',
  '2. Village Green Drainage',
  'The quote of £1,450 for clearing the ditch was discussed and it was agreed to appoint Fen Drains Ltd.',
  '',
  '3. Bus Shelter',
  'The Clerk reported that the glass had been replaced under the insurance claim.',
].join('\n');

const quorum = useInventedPapersQuorum({ 'fenwick-stowe-october-minutes.md': octoberMinutes });
const briefFor = (meeting: string) =>
  brief({ store: quorum().store, retriever: quorum().retriever, meeting, now: new Date('2037-10-01T09:00:00Z') });

describe('a briefing for a sitting only its minutes are indexed for', () => {
  it("lists the minutes' items as its business, cited to the minutes and said to be read from them", async () => {
    const briefing = await briefFor('8 October 2037');
    expect(briefing).toMatchObject({ committee: expect.stringMatching(/Fenwick Stowe/), meetingDate: '2037-10-08' });
    expect(briefing.minuted).toBe(true);
    expect(briefing.standingItems.map((item) => item.title)).toEqual(['Apologies for absence']);
    expect(briefing.items.map((item) => item.title)).toEqual(['Village Green Drainage', 'Bus Shelter']);
    expect(defined(briefing.citations[briefing.cite - 1])).toMatchObject({ partKind: 'minutes' });
    const markdown = renderBriefingMarkdown(briefing);
    expect(markdown).toContain('No agenda is indexed for this meeting. Its business is read from its minutes');
    expect(markdown).toContain('## Minuted item 2: Village Green Drainage');
  });

  it('still finds no agenda for a day with no minutes either', async () => {
    const error = await briefFor('2037-11-12').catch((caught: unknown) => caught);
    expect(isQuorumError(error, 'not_found')).toBe(true);
  });
});
