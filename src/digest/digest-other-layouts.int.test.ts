import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusIndex } from '../../test/support/build-corpus-index.js';
import { defined } from '../../test/support/defined.js';
import { createSilentLogger } from '../core/logger.js';
import { openQuorum, type Quorum } from '../open-quorum.js';
import { digest } from './digest.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

// Invented papers in other councils' layouts: a decision notice, Irish minutes whose motion passed by a bare
// "proposed, seconded and agreed", US action minutes.
const fixtures = 'test/fixtures/held-out-layouts/';

describe("the digest of other councils' layouts", () => {
  let index: CorpusIndex;
  let quorum: Quorum;

  beforeAll(async () => {
    index = await buildCorpusIndex({
      paths: ['decision-notice.txt', 'irish-municipal-district-minutes.txt', 'us-action-minutes.txt'].map(
        (name) => `${fixtures}${name}`,
      ),
    });
    quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await quorum?.close();
    await index?.cleanup();
  });

  it("shows a decision notice's decision, the motion a bare vote carried, and US motions as decisions", async () => {
    const result = await digest({ store: quorum.store, since: new Date(0), now: new Date('2026-12-01T00:00:00Z') });
    const notice = defined(result.meetings.find((meeting) => meeting.meetingDate === '2026-02-17'));
    expect(notice.reports[0]?.decision).toMatchObject({
      text: expect.stringMatching(/^1\. To approve the establishment of a temporary accommodation/),
      proposed: false,
    });
    const irish = defined(result.meetings.find((meeting) => meeting.meetingDate === '2025-05-12'));
    const motion = defined(irish.decisions.find((decision) => decision.minute === '3'));
    expect(motion.resolutions[0]?.text).toMatch(/^That this Municipal District requests a 30 km\/h speed limit/);
    const city = defined(result.meetings.find((meeting) => meeting.meetingDate === '2025-09-09'));
    expect(city.decisions.map((decision) => decision.minute)).toEqual(['6', '8.A', '9.A']);
    expect(renderDigestMarkdown(result)).toMatch(/- Decision: 1\. To approve the establishment/);
  });
});
