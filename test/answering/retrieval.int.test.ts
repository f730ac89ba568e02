import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';

// Hybrid retrieval over the real corpus index: intent, dates, vocabulary and filters steer it.
let index: CorpusIndex;
let quorum: Quorum;
const now = () => new Date('2025-03-01T12:00:00Z');

beforeAll(async () => {
  index = await buildCorpusIndex();
  quorum = await openQuorum({
    config: { dataDir: index.dataDir, embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
    now,
  });
});
afterAll(async () => {
  await quorum?.close();
  await index?.cleanup();
});

const retrieve = async (question: string, filters?: Parameters<Quorum['retrieve']>[0]['filters']) =>
  (await quorum.retrieve({ question, filters })).map(({ chunk }) => chunk);

describe('intent steers ranking', () => {
  it.each([
    ['What did the commission decide about the CYPS annual performance report?', '18'],
    ['What was agreed about the Safeguarding Children’s Partnership annual report?', '36'],
  ])('ranks the Resolved chunk of the item in the top 3 for "%s"', async (question, minute) => {
    const top = (await retrieve(question)).slice(0, 3);
    expect(top.some((chunk) => chunk.section === 'Resolved' && chunk.minute === minute)).toBe(true);
  });

  it('lifts the Resolved block above the discussion only when the question asks what was decided', async () => {
    const resolvedRank = async (question: string) =>
      (await retrieve(question)).findIndex((chunk) => chunk.minute === '36' && chunk.section === 'Resolved');
    const neutral = await resolvedRank('Tell me about the Safeguarding Children’s Partnership annual report');
    const decided = await resolvedRank('What was decided about the Safeguarding Children’s Partnership annual report?');
    expect(decided).toBe(0);
    expect(neutral).toBeGreaterThan(decided);
  });

  it.each([
    ['Who sent apologies to the 29 October 2024 meeting?', '2024-10-29'],
    ['Which councillors were present at the 15 January 2019 meeting?', '2019-01-15'],
  ])('puts the attendance of the meeting first for "%s"', async (question, date) => {
    const [first] = await retrieve(question);
    expect(first).toMatchObject({ section: 'Attendance', meetingDate: date });
  });

  it('finds the agenda line naming the next meeting', async () => {
    const [first] = await retrieve('When is the next meeting after 17 September 2024?');
    expect(first?.kind).toBe('agenda');
    expect(first?.text).toMatch(/next meeting[\s\S]*29 October 2024/i);
  });

  it('finds the venue of a meeting', async () => {
    const [first] = await retrieve('Where was the 5 December 2023 meeting held?');
    expect(first?.text).toMatch(/Venue/);
    expect(first?.meetingDate).toBe('2023-12-05');
  });
});

describe('dates', () => {
  it('resolves "the last meeting" to the latest meeting the index holds up to now', async () => {
    expect(
      (await quorum.retriever.analyze('What was resolved about the work programme at the last meeting?')).dateRange,
    ).toMatchObject({
      since: '2024-10-29',
      until: '2024-10-29',
      latest: true,
    });
    const [first] = await retrieve('What was resolved about the work programme at the last meeting?');
    expect(first).toMatchObject({ meetingDate: '2024-10-29', section: 'Resolved' });
  });

  it('reads "the last meeting" against the injected clock, not today', async () => {
    const earlier = await openQuorum({
      config: { dataDir: index.dataDir, embedder: 'local', openai: undefined },
      logger: createSilentLogger(),
      now: () => new Date('2024-01-10T09:00:00Z'),
    });
    try {
      expect((await earlier.retriever.analyze('Who attended the last meeting?')).dateRange?.since).toBe('2023-12-05');
    } finally {
      await earlier.close();
    }
  });

  it('favours the meeting a named day points at', async () => {
    const [first] = await retrieve('What was said about domestic abuse on 15 January 2019?');
    expect(first?.meetingDate).toBe('2019-01-15');
  });
});

describe('vocabulary bridging', () => {
  it('finds elective home education passages for "home schooling", which the papers never say', async () => {
    const top = await retrieve('What concerns were raised about home schooling?');
    expect(top.some((chunk) => /home schooling/i.test(chunk.text))).toBe(false);
    expect(top[0]?.text).toMatch(/elective(ly)? home educat/i);
  });

  it('expands the mined acronym SEND both ways', async () => {
    const short = (await quorum.retriever.analyze('What is the SEND strategy?')).expansions;
    expect(short.flatMap((expansion) => expansion.alternatives)).toContain(
      'special educational needs and disabilities',
    );
    const long = (
      await quorum.retriever.analyze('What support is there for special educational needs and disabilities?')
    ).expansions;
    expect(long.flatMap((expansion) => expansion.alternatives)).toContain('send');
    const top = await retrieve('What is the SEND strategy?');
    expect(top.slice(0, 3).some((chunk) => /special educational needs and disabilities/i.test(chunk.text))).toBe(true);
  });

  it('does not expand words the papers use often', async () => {
    expect((await quorum.retriever.analyze('What was said about children and the budget?')).expansions).toEqual([]);
  });
});

describe('filters inside the search', () => {
  const question = 'What was said about domestic abuse?';

  it('returns only passages of meetings since the date, still a full page of them', async () => {
    const unfiltered = await retrieve(question);
    expect(unfiltered.some((chunk) => (chunk.meetingDate ?? '') < '2024-01-01')).toBe(true);
    const filtered = await retrieve(question, { since: '2024-01-01' });
    expect(filtered).toHaveLength(unfiltered.length);
    for (const chunk of filtered) expect(chunk.meetingDate! >= '2024-01-01').toBe(true);
  });

  it('returns only passages of meetings until the date', async () => {
    const filtered = await retrieve(question, { until: '2019-12-31' });
    expect(filtered.length).toBeGreaterThan(0);
    for (const chunk of filtered) expect(chunk.meetingDate).toBe('2019-01-15');
  });

  it('keeps a Resolved sibling inside the range for a resolution question', async () => {
    const filtered = await retrieve('What was resolved about the work programme?', {
      since: '2024-01-01',
      until: '2024-08-31',
    });
    expect(filtered.length).toBeGreaterThan(0);
    for (const chunk of filtered)
      expect(chunk.meetingDate! >= '2024-01-01' && chunk.meetingDate! <= '2024-08-31').toBe(true);
  });
});
