import { describe, expect, it } from 'vitest';
import { defined } from '../../test/support/defined.js';
import { expectCitationsDated } from '../../test/support/expect-citations-dated.js';
import { useCorpusQuorum } from '../../test/support/use-corpus-quorum.js';
import { actions } from './actions.js';
import { renderActionsMarkdown } from './render-actions-markdown.js';

const corpusQuorum = useCorpusQuorum();

describe('actions', () => {
  it('includes the 31 October 2023 request that the Peer Review Report be shared with the Commission', async () => {
    const list = await actions({ store: corpusQuorum().store, retriever: corpusQuorum().retriever });
    const peerReview = defined(list.actions.find((action) => action.what === 'The Peer Review Report'));
    expect(peerReview).toMatchObject({
      committee: 'Improving Lives Select Commission',
      meetingDate: '2023-10-31',
      minute: '125',
      who: 'the Commission',
      when: 'once it is in the public domain',
    });
    expect(list.citations[peerReview.cite - 1]).toMatchObject({ meetingDate: '2023-10-31', minute: '125' });
    if (peerReview.delivery) {
      expect(peerReview.delivery.meetingDate > '2023-10-31').toBe(true);
      expect(list.citations[peerReview.delivery.cite - 1]?.meetingDate).toBe(peerReview.delivery.meetingDate);
    }
    await expectCitationsDated(list.citations, corpusQuorum().store);
  });

  it('lists asks for deliverables only, never resolutions that note or approve', async () => {
    const list = await actions({ store: corpusQuorum().store, retriever: corpusQuorum().retriever });
    expect(list.actions.length).toBeGreaterThan(5);
    for (const action of list.actions) {
      expect(action.text).not.toMatch(/^That the (?:report|update) be noted\.$/);
      expect(action.text).not.toMatch(/Work Programme .* be approved\.$/);
    }
    expect(list.actions.map((action) => `${action.meetingDate} ${action.minute}`)).toEqual(
      expect.arrayContaining(['2019-01-15 49', '2019-01-15 52', '2024-07-30 18', '2024-10-29 37']),
    );
  });

  it('filters by topic and by status, and says "appears" of a delivery', async () => {
    const domesticAbuse = await actions({
      store: corpusQuorum().store,
      retriever: corpusQuorum().retriever,
      topic: 'domestic abuse',
    });
    expect(domesticAbuse.actions.map((action) => action.minute)).toEqual(['49', '49']);
    const open = await actions({ store: corpusQuorum().store, retriever: corpusQuorum().retriever, status: 'open' });
    expect(open.actions.every((action) => action.status === 'open' && !action.delivery)).toBe(true);
    const addressed = await actions({
      store: corpusQuorum().store,
      retriever: corpusQuorum().retriever,
      status: 'appears addressed',
    });
    for (const action of addressed.actions)
      expect(defined(action.delivery).meetingDate > action.meetingDate).toBe(true);
    const markdown = renderActionsMarkdown(
      await actions({ store: corpusQuorum().store, retriever: corpusQuorum().retriever }),
    );
    expect(markdown).toMatch(/Status: \*open\*/);
    expect(markdown).not.toMatch(/Status: \*addressed\*/);
  });
});
