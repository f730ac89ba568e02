import type { Span } from '../../src/core/paper.js';
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
      current = overlapTail(current, block, { size, overlap });
    }
    current.push(block);
  }
  if (current.length > 0) windows.push({ start: current[0]!.start, end: current.at(-1)!.end });
  return windows;
}

/**
 * The last blocks of a full window, repeated before `next`: at most `overlap` characters of them, and
 * never so many that the new window, gaps between blocks included, would exceed `size`.
 */
function overlapTail(blocks: Span[], next: Span, { size, overlap }: ChunkSize): Span[] {
  const last = blocks.at(-1)!;
  let from = blocks.length;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const start = blocks[index]!.start;
    if (last.end - start > overlap || next.end - start > size) break;
    from = index;
  }
  return blocks.slice(from);
}
