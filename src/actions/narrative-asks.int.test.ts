import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { layoutFixtures } from '../../test/support/parse-corpus-paper.js';
import { createSilentLogger } from '../core/logger.js';
import { openQuorum, type Quorum } from '../open-quorum.js';
import { actions } from './actions.js';

// Invented Irish district minutes whose asks are written in the narrative: a request in the passive, an
// officer's undertaking in reply to a query, a report promised.
describe('asks an Irish district minute records in its narrative', () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({ paths: [`${layoutFixtures}irish-district-minutes-spaced.md`] });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it('tracks the progress report requested, the engineer looking at the lighting and the report to be prepared', async () => {
    const list = await actions({ store: quorum.store, retriever: quorum.retriever });
    const texts = list.actions.map((action) => action.text.replace(/\s+/g, ' '));
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^It was requested that a progress report on the footbridge .* be submitted/),
        expect.stringMatching(/the Senior Engineer agreed to look at the lighting on the Strand Walk\.$/),
        expect.stringMatching(/a report will be prepared on new seating for the Abbey Mills park\.$/),
      ]),
    );
    const engineer = list.actions.find((action) => /Senior Engineer/.test(action.text));
    expect(engineer?.owner).toBe('the Senior Engineer');
  });
});
