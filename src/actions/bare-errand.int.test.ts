import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { layoutFixtures } from '../../test/support/parse-corpus-paper.js';
import { createSilentLogger } from '../core/logger.js';
import { openQuorum, type Quorum } from '../open-quorum.js';
import { actions } from './actions.js';

// Invented parish minutes whose errand is typed bare after the query it answers: "… a brown garden waste bin at
// the cemetery as well. The Clerk to investigate".
describe('a bare errand in parish minutes', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: [`${layoutFixtures}parish-bare-errand-minutes.md`] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it('is listed with the sentence that says what to investigate, and the Clerk as its owner', async () => {
    const list = await actions({ store: quorum.store, retriever: quorum.retriever });
    expect(list.actions).toHaveLength(1);
    expect(list.actions[0]!.text.replace(/\s+/g, ' ')).toBe(
      'It was queried whether the parish council could have a brown garden waste bin at the cemetery as well. The Clerk to investigate',
    );
    expect(list.actions[0]!.owner).toBe('The Clerk');
  });
});
