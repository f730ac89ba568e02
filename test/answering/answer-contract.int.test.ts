import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abstentionText } from '../../src/answer/abstention.js';
import type { Answer } from '../../src/answer/answer.js';
import { createSilentLogger } from '../../src/core/logger.js';
import { openQuorum, type Quorum } from '../../src/open-quorum.js';
import { buildCorpusIndex, type CorpusIndex } from '../support/build-corpus-index.js';
import { expectCitationsDated } from '../support/expect-citations-dated.js';

// The offline answerer's contract over the real corpus index: cited, verbatim, dated, or an honest abstention.
let index: CorpusIndex;
let quorum: Quorum;

beforeAll(async () => {
  index = await buildCorpusIndex();
  quorum = await openQuorum({
    config: { dataDir: index.dataDir, embedder: 'local', openai: undefined },
    logger: createSilentLogger(),
    now: () => new Date('2025-03-01T12:00:00Z'),
  });
});
afterAll(async () => {
  await quorum?.close();
  await index?.cleanup();
});

async function expectContract(answer: Answer): Promise<void> {
  expect(answer.abstained).toBe(false);
  const markers = new Set([...answer.text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
  expect([...markers].sort((a, b) => a - b)).toEqual(answer.citations.map((citation) => citation.n));
  await expectCitationsDated(answer.citations, quorum.store);
  for (const citation of answer.citations) {
    const passage = answer.passages.find(
      ({ chunk }) => chunk.source === citation.source && chunk.start <= citation.start && citation.end <= chunk.end,
    );
    expect(passage, `passage behind [${citation.n}]`).toBeDefined();
    expect(citation.meetingDate).toBe(passage?.chunk.meetingDate);
    expect(passage?.chunk.text).toContain(citation.quote);
  }
  // Grouped by meeting, newest first, each group headed by its date in words.
  const headings = [...answer.text.matchAll(/^\*\*(\d{1,2} \w+ \d{4})\*\*/gm)].map((match) =>
    Date.parse(`${match[1]} UTC`),
  );
  expect(headings.length).toBeGreaterThan(0);
  expect(headings).toEqual([...headings].sort((a, b) => b - a));
}

describe('answer contract', () => {
  it.each([
    'What did the commission decide about the CYPS annual performance report?',
    'How many safeguarding enquiries were completed in 2022-2023?',
    'Who sent apologies to the 29 October 2024 meeting?',
    'When is the next meeting after 17 September 2024?',
    'What concerns were raised about home schooling?',
    'What is the SEND strategy?',
    'What was resolved about the work programme at the last meeting?',
    'What happened with domestic abuse since March 2023?',
    'What happened to foster carer recruitment?',
  ])('cites every claim verbatim with its meeting date: "%s"', async (question) => {
    await expectContract(await quorum.answerQuestion({ question }));
  });

  it('dates minutes inside a later agenda pack by their own meeting', async () => {
    const pack = 'corpus/000_71088af9a53d8a0a.txt';
    expect(
      (await quorum.store.listParts()).find((stored) => stored.source === pack && stored.part.kind === 'agenda')?.part
        .meetingDate,
    ).toBe('2023-12-05');
    const answer = await quorum.answerQuestion({
      question: 'How many safeguarding enquiries were completed in 2022-2023?',
    });
    await expectContract(answer);
    expect(answer.citations[0]).toMatchObject({
      source: pack,
      meetingDate: '2023-10-31',
      minute: '125',
      partKind: 'minutes',
    });
    expect(answer.text).toContain('634');
    expect(answer.text).toContain('31 October 2023');
  });

  it('answers a resolution question with the whole Resolved list', async () => {
    const answer = await quorum.answerQuestion({
      question: 'What was agreed about the Safeguarding Children’s Partnership annual report?',
    });
    await expectContract(answer);
    expect(answer.citations[0]).toMatchObject({ minute: '36', meetingDate: '2024-10-29' });
    expect(answer.text).toMatch(/Consider the Annual Report/);
    expect(answer.text).toMatch(/invited and\/or required to attend each training session/);
  });

  it('keeps every cited passage inside the date filter', async () => {
    const answer = await quorum.answerQuestion({
      question: 'What was said about elective home education?',
      filters: { since: '2024-01-01' },
    });
    await expectContract(answer);
    for (const citation of answer.citations) expect(citation.meetingDate! >= '2024-01-01').toBe(true);
  });
});

describe('abstention', () => {
  it.each([
    'What are the car parking charges at the leisure centre?',
    'How much does a residents’ parking permit cost in the town centre?',
  ])('abstains with no citations on an unrelated question: "%s"', async (question) => {
    const answer = await quorum.answerQuestion({ question });
    expect(answer).toMatchObject({ abstained: true, citations: [], text: abstentionText });
    // What was retrieved is still reported, for the evaluation's misses.
    expect(answer.passages.length).toBeGreaterThan(0);
  });

  it('abstains when the question has no topic of its own', async () => {
    expect((await quorum.answerQuestion({ question: 'What was resolved on it?' })).abstained).toBe(true);
  });
});

describe('follow-up questions', () => {
  it('borrows the topic of the earlier question in the thread', async () => {
    const history = [
      { role: 'user' as const, text: 'Tell me about the South Yorkshire Regional Adoption Agency' },
      { role: 'assistant' as const, text: 'It was discussed on 15 January 2019 [1].' },
    ];
    const answer = await quorum.answerQuestion({ question: 'What was resolved on it?', history });
    await expectContract(answer);
    expect(answer.citations[0]).toMatchObject({ minute: '51', meetingDate: '2019-01-15' });
    expect(answer.text).toMatch(/resolved/i);
  });
});
