import type { Chunk } from '../../src/core/chunk.js';

/**
 * One passage of the given text, ranked alone, and a way to quote a line of it as the answerer's segment: what the
 * tests of a step that reads on from a chosen line (into its decision, field or reply) start from.
 */
export function onePassage(text: string) {
  const chunk = { id: 'c1', text } as unknown as Chunk;
  const candidates = [{ passage: { chunk, score: 1 }, coverage: 1 }];
  const line = (wanted: string) => {
    const start = text.indexOf(wanted);
    return { start, end: start + wanted.length, text: wanted, passageIndex: 0, score: 1, signal: 0 };
  };
  return { chunk, candidates, line };
}
