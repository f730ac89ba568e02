import type { Span } from '../../src/papers/paper.js';
import { cutOversized, splitBlocks } from './split-blocks.js';

export interface ChunkSize {
  size: number;
  overlap: number;
}

/** Packs a span's blocks into windows of at most `size` characters, repeating up to `overlap` characters of context. */
export function packSpan(text: string, span: Span, { size, overlap }: ChunkSize): Span[] {
  if (span.end - span.start <= size) return [span];
  const blocks = splitBlocks(text, span).flatMap((block) =>
    block.end - block.start > size ? cutOversized(text, block, size) : [block],
  );
  const windows: Span[] = [];
  let current: Span[] = [];
  for (const block of blocks) {
    const first = current[0];
    if (first && block.end - first.start > size) {
      windows.push({ start: first.start, end: current.at(-1)!.end });
      current = overlapTail(current, overlap, size - (block.end - block.start));
    }
    current.push(block);
  }
  if (current.length > 0) windows.push({ start: current[0]!.start, end: current.at(-1)!.end });
  return windows;
}

function overlapTail(blocks: Span[], overlap: number, room: number): Span[] {
  const tail: Span[] = [];
  let length = 0;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    length += block.end - block.start;
    if (length > Math.min(overlap, room)) break;
    tail.unshift(block);
  }
  return tail;
}
