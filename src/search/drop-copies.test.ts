import { describe, expect, it } from 'vitest';
import { testChunk } from '../../test/support/test-chunk.js';
import type { Chunk } from '../core/chunk.js';
import { dropCopiedChunks, dropCopies } from './drop-copies.js';

const chunk = (id: string, text: string, overrides: Partial<Chunk> = {}): Chunk =>
  testChunk({
    id,
    source: `${id}.txt`,
    documentSha: id.padEnd(16, '0'),
    committee: 'Planning Board',
    headingPath: [],
    text,
    ...overrides,
  });

describe('dropCopies', () => {
  it('keeps the best-ranked of passages with the same text at the same meeting', () => {
    const ranked = [
      { chunk: chunk('a', 'Resolved: that the application be approved.'), score: 3 },
      { chunk: chunk('b', 'Resolved:  that the application\nbe approved.'), score: 2 },
      { chunk: chunk('c', 'Something else.'), score: 1 },
    ];
    expect(dropCopies(ranked).map((passage) => passage.chunk.id)).toEqual(['a', 'c']);
  });

  it('keeps the same words said at another meeting or by another committee', () => {
    const chunks = [
      chunk('a', 'That the report be noted.'),
      chunk('b', 'That the report be noted.', { meetingDate: '2024-04-02' }),
      chunk('c', 'That the report be noted.', { committee: 'Audit Committee' }),
      chunk('d', 'That the report be noted.'),
    ];
    expect(dropCopiedChunks(chunks).map((kept) => kept.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps passages that open alike and differ further on, and drops a respaced copy of either', () => {
    const opening = 'Resolved: that the Committee notes the quarterly monitoring report and ';
    const chunks = [
      chunk('a', `${opening}approves the revised budget.`),
      chunk('b', `${opening}defers the revised budget.`),
      chunk('c', `${opening.replace(/ /g, '\n')}defers  the revised budget.`),
    ];
    expect(dropCopiedChunks(chunks).map((kept) => kept.id)).toEqual(['a', 'b']);
  });
});
