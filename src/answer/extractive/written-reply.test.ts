import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { withWrittenReply } from './written-reply.js';

const text = [
  'Question 1',
  'From Councillor Ida Penrose to the Cabinet Member for Parks\n"Will the Cobbett Meadow paddling pool reopen this summer?"',
  'Reply from Councillor Hal Ormsby, Cabinet Member for Parks\nThe pool needs a new liner. It will reopen on 1 July 2044.',
  'Question 2',
  'From Councillor Ned Varley to the Leader\n"How many bus shelters were replaced in Lowbridge?"',
].join('\n\n');
const chunk = { id: 'c1', text } as unknown as Chunk;
const candidates = [{ passage: { chunk, score: 1 }, coverage: 1 }];
const line = (wanted: string) => {
  const start = text.indexOf(wanted);
  return { start, end: start + wanted.length, text: wanted, passageIndex: 0, score: 1, signal: 0 };
};
const quoted = (chosen: string, question: string) =>
  withWrittenReply({ segments: [line(chosen)], candidates }, question).segments.map((segment) => segment.text);

describe('withWrittenReply', () => {
  it('adds the reply printed under a written question the answer quotes, when the reply is asked for', () => {
    expect(
      quoted(
        '"Will the Cobbett Meadow paddling pool reopen this summer?"',
        'what answer did Cllr Penrose get on the pool?',
      ),
    ).toEqual([
      '"Will the Cobbett Meadow paddling pool reopen this summer?"',
      'Reply from Councillor Hal Ormsby, Cabinet Member for Parks\nThe pool needs a new liner. It will reopen on 1 July 2044.',
    ]);
  });

  it('adds nothing when no reply is asked for, or the next question comes before any reply', () => {
    expect(
      quoted('"Will the Cobbett Meadow paddling pool reopen this summer?"', 'what did Cllr Penrose ask?'),
    ).toHaveLength(1);
    expect(
      quoted('"How many bus shelters were replaced in Lowbridge?"', 'what was the reply on Lowbridge bus shelters?'),
    ).toHaveLength(1);
  });

  it('adds nothing when a line of the reply is quoted already', () => {
    const chosen = [
      line('"Will the Cobbett Meadow paddling pool reopen this summer?"'),
      line('The pool needs a new liner.'),
    ];
    expect(
      withWrittenReply({ segments: chosen, candidates }, 'how did the cabinet member respond?').segments,
    ).toHaveLength(2);
  });
});
