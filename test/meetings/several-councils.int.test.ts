import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief } from '../../src/briefing/brief.js';
import { renderBriefingMarkdown } from '../../src/briefing/render-briefing-markdown.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { digest } from '../../src/digest/digest.js';
import { renderDigestMarkdown } from '../../src/digest/render-digest-markdown.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// Invented papers: two councils' planning committees met on one day, the full council of one of them met
// later, and the other's planning committee has published its next agenda.
const ingestedAt = new Date('2025-03-01T08:00:00Z');
let index: CorpusIndex;
let quorum: Quorum;

beforeAll(async () => {
  index = await buildCorpusIndex({ paths: ['test/fixtures/authorities'], now: () => ingestedAt });
  quorum = await openQuorum({ config: index.config, logger: createSilentLogger() });
});

afterAll(async () => {
  await quorum?.close();
  await index?.cleanup();
});

describe('meetings of several councils', () => {
  it('heads each meeting of the digest with its committee and the authority whose meeting it is', async () => {
    const result = await digest({
      store: quorum.store,
      since: new Date('2025-02-28T00:00:00Z'),
      now: new Date('2025-03-01T09:00:00Z'),
    });
    const markdown = renderDigestMarkdown(result);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## ') && line.includes(', '));
    expect(headings).toEqual([
      '## Planning Committee — Harlow Vale District Council, 11 March 2025',
      // The council's own meeting already says whose it is.
      '## Stoneleigh Borough Council, 26 February 2025',
      '## Planning Committee — Harlow Vale District Council, 11 February 2025',
      '## Planning Committee — Stoneleigh Borough Council, 11 February 2025',
    ]);
    expect(markdown).toMatch(/^- 11 March 2025 — Planning Committee — Harlow Vale District Council, 6\.30 pm/m);
    // Same committee name and date, two councils: two meetings, each with its own decisions.
    const planning = result.meetings.filter((meeting) => meeting.meetingDate === '2025-02-11');
    expect(planning.map((meeting) => meeting.decisions.map((decision) => decision.minute))).toEqual([
      ['22', '23'],
      ['10', '11'],
    ]);
  });

  it('titles a briefing with the committee and its authority', async () => {
    const briefing = await brief({
      store: quorum.store,
      retriever: quorum.retriever,
      meeting: '11 March 2025',
      now: new Date('2025-03-01T09:00:00Z'),
    });
    expect(renderBriefingMarkdown(briefing).split('\n')[0]).toBe(
      '# Briefing: Planning Committee — Harlow Vale District Council, 11 March 2025',
    );
  });
});
