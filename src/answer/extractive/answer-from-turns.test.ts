import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { answerFromTurns } from './answer-from-turns.js';

const text = [
  'The Chair: Mr. Blaney has the floor.',
  '',
  'Hon. Steven Blaney: Companies want young people to work. What is the government waiting for in order to send cash to the summer jobs program?',
  '',
  'Hon. Ahmed Hussen: Madam Chair, we are proud of the summer jobs program. We are introducing flexibilities so that employers can hire summer students this year.',
  '',
  'Hon. Steven Blaney: The summer jobs program has been approved in my riding and young people are waiting for the money.',
].join('\n');
const chunk = {
  id: 'c1',
  source: 'transcript.txt',
  kind: 'other',
  committee: 'Special Committee',
  meetingDate: null,
  headingPath: ['Special Committee', 'undated'],
  partTitle: 'Transcript',
  text,
  start: 0,
  end: text.length,
  line: 1,
} as unknown as Chunk;
const passage = { chunk, score: 1 };
const analyze = (question: string) => analyzeQuestion(question, { now: new Date('2025-01-01') });
const weigh = () => 1;

describe('answerFromTurns', () => {
  it('quotes the reply after a question put, by speaker, each sentence once, with one citation per passage', () => {
    const answer = answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What was the government asked about the summer jobs program?'),
      weigh,
      [passage],
    )!;
    expect(answer.text).toContain('- Hon. Ahmed Hussen: Madam Chair, we are proud of the summer jobs program.');
    expect(answer.text).toMatch(/Hon\. Steven Blaney: .*What is the government waiting for/);
    expect(answer.citations).toHaveLength(1);
    const sentences = answer.text
      .split(/\[1\]/)
      .map((piece) => piece.trim())
      .filter(Boolean);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('answers "what did X say" from X’s own turns', () => {
    const answer = answerFromTurns(
      [{ passage, coverage: 1 }],
      analyze('What did Ahmed Hussen say about the summer jobs program?'),
      weigh,
      [passage],
    )!;
    const speakers = [...answer.text.matchAll(/^- ([^:]+):/gm)].map((match) => match[1]);
    expect(speakers[0]).toBe('Hon. Ahmed Hussen');
    expect(answer.text).toContain('flexibilities');
  });

  it('keeps to about a paragraph', () => {
    const answer = answerFromTurns([{ passage, coverage: 1 }], analyze('summer jobs program'), weigh, [passage], {
      words: 20,
      passages: 1,
    })!;
    const quoted = answer.text
      .replace(/^- [^:]+:|\[\d+\]/gm, '')
      .split(/\s+/)
      .filter(Boolean);
    expect(quoted.length).toBeLessThan(50);
  });
});
