import { describe, expect, it } from 'vitest';
import { onePassage } from '../../../test/support/one-passage.js';
import type { Chunk } from '../../core/chunk.js';
import { withWrittenReply } from './written-reply.js';

const text = [
  'Question 1',
  'From Councillor Ida Penrose to the Cabinet Member for Parks\n"Will the Cobbett Meadow paddling pool reopen this summer?"',
  'Reply from Councillor Hal Ormsby, Cabinet Member for Parks\nThe pool needs a new liner. It will reopen on 1 July 2044.',
  'Question 2',
  'From Councillor Ned Varley to the Leader\n"How many bus shelters were replaced in Lowbridge?"',
].join('\n\n');
const { candidates, line } = onePassage(text);
const none = async () => undefined;
const quoted = async (chosen: string, question: string) =>
  (await withWrittenReply({ segments: [line(chosen)], candidates }, question, none)).segments.map(
    (segment) => segment.text,
  );

describe('withWrittenReply', () => {
  it('adds the reply printed under a written question the answer quotes, when the reply is asked for', async () => {
    expect(
      await quoted(
        '"Will the Cobbett Meadow paddling pool reopen this summer?"',
        'what answer did Cllr Penrose get on the pool?',
      ),
    ).toEqual([
      '"Will the Cobbett Meadow paddling pool reopen this summer?"',
      'Reply from Councillor Hal Ormsby, Cabinet Member for Parks\nThe pool needs a new liner. It will reopen on 1 July 2044.',
    ]);
  });

  it('adds nothing when no reply is asked for, or the next question comes before any reply', async () => {
    expect(
      await quoted('"Will the Cobbett Meadow paddling pool reopen this summer?"', 'what did Cllr Penrose ask?'),
    ).toHaveLength(1);
    expect(
      await quoted(
        '"How many bus shelters were replaced in Lowbridge?"',
        'what was the reply on Lowbridge bus shelters?',
      ),
    ).toHaveLength(1);
  });

  it('adds nothing when a line of the reply is quoted already', async () => {
    const chosen = [
      line('"Will the Cobbett Meadow paddling pool reopen this summer?"'),
      line('The pool needs a new liner.'),
    ];
    expect(
      (await withWrittenReply({ segments: chosen, candidates }, 'how did the cabinet member respond?', none)).segments,
    ).toHaveLength(2);
  });
});

describe('withWrittenReply across passages', () => {
  it('reads the reply at the head of the next passage when the question closes its own', async () => {
    const asked = 'From Councillor Ida Penrose to the Leader\n"Will the Tarrant Street market return in May?"';
    const first = { id: 'q1', text: asked } as unknown as Chunk;
    const second = {
      id: 'q2',
      text: 'Reply from the Leader\nThe market returns on 4 May 2044.\n\nQuestion 2',
    } as unknown as Chunk;
    const chosen = {
      segments: [{ start: 42, end: asked.length, text: asked.slice(42), passageIndex: 0, score: 1, signal: 0 }],
      candidates: [{ passage: { chunk: first, score: 1 }, coverage: 1 }],
    };
    expect(chosen.segments[0]!.text).toBe('"Will the Tarrant Street market return in May?"');
    const continued = await withWrittenReply(
      chosen,
      'what was the reply on the Tarrant Street market?',
      async () => second,
    );
    expect(continued.segments.map((segment) => segment.text)).toEqual([
      '"Will the Tarrant Street market return in May?"',
      'Reply from the Leader\nThe market returns on 4 May 2044.',
    ]);
    expect(continued.candidates[1]!.passage.chunk).toBe(second);
  });
});
