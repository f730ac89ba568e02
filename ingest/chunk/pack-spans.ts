import type { Span } from '../../src/core/paper.js';
import { cutOversized, splitBlocks } from './split-blocks.js';

export interface ChunkSize {
  size: number;
  overlap: number;
}

/**
 * Packs a span's blocks into windows of at most `size` characters. A window ends where a sentence
 * does when one ends in its second half: a text layer that prints every wrapped line as its own
 * paragraph would otherwise leave a sentence's subject in one window and its figure in the next.
 * The next window repeats the sentence a window was cut in, or up to `overlap` characters of context.
 */
export function packSpan(text: string, span: Span, { size, overlap }: ChunkSize): Span[] {
  if (span.end - span.start <= size) return [span];
  const blocks = splitBlocks(text, span).flatMap((block) =>
    block.end - block.start > size ? cutOversized(text, block, size) : [block],
  );
  const windows: Span[] = [];
  let current: Span[] = [];
  for (const block of blocks) {
    while (current[0] && block.end - current[0].start > size) {
      const kept = current.slice(0, sentenceCut(text, current, block, size) + 1);
      windows.push({ start: kept[0]!.start, end: kept.at(-1)!.end });
      const carried = current.slice(kept.length);
      const repeated = overlapTail(text, kept, carried[0] ?? block, block, { size, overlap });
      // Each window starts later than the one before, so the packing always moves on.
      current = [...(repeated[0] && repeated[0].start > kept[0]!.start ? repeated : []), ...carried];
    }
    current.push(block);
  }
  if (current.length > 0) windows.push({ start: current[0]!.start, end: current.at(-1)!.end });
  return windows;
}

// A window ends at a sentence's end only when that keeps at least this share of the window full.
const minimumFill = 0.6;

/**
 * The index of the last block to keep in a full window: the last one in the window's second half that
 * ends a sentence, or comes before a heading, else the last block. Never inside a list: not after the
 * line introducing it, between its items, or after its last one, as the options and the vote on one
 * that follows them belong together.
 */
function sentenceCut(text: string, blocks: Span[], next: Span, size: number): number {
  const first = blocks[0]!;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (block.end - first.start < size * minimumFill) break;
    const following = blocks[index + 1] ?? next;
    if (startsListItem(text, block) || startsListItem(text, following) || endsIntroduction(text, block)) continue;
    if (opensHeading(text, following) || endsSentence(text, block)) return index;
  }
  return blocks.length - 1;
}

/**
 * The blocks repeated before `next`: the window's last sentence, from its first block, when it is short
 * (up to `overlap` characters, or twice that when the window was cut inside it, so the next window
 * holds it whole); a piece of a sentence is no context. A window cut inside a longer sentence repeats
 * up to `overlap` characters of its last blocks. Never so many that the new window, gaps between blocks
 * and the incoming block included, would exceed `size`.
 */
function overlapTail(text: string, blocks: Span[], next: Span, incoming: Span, { size, overlap }: ChunkSize): Span[] {
  if (overlap === 0) return [];
  const last = blocks.at(-1)!;
  const fits = (start: number) => next.end - start <= size && incoming.end - start <= size;
  const cutInside = !endsSentence(text, last);
  let from = blocks.length - 1;
  while (from > 0 && !endsSentence(text, blocks[from - 1]!) && !opensPiece(text, blocks[from]!)) from -= 1;
  const sentenceStart = blocks[from]!.start;
  if (from > 0 && last.end - sentenceStart <= (cutInside ? 2 : 1) * overlap && fits(sentenceStart)) {
    return blocks.slice(from);
  }
  if (!cutInside) return [];
  from = blocks.length;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const start = blocks[index]!.start;
    if (last.end - start > overlap || !fits(start)) break;
    from = index;
  }
  return blocks.slice(from);
}

const tail = (text: string, block: Span) => text.slice(Math.max(block.start, block.end - 4), block.end);
const head = (text: string, block: Span) => text.slice(block.start, Math.min(block.end, block.start + 80));

function endsSentence(text: string, block: Span): boolean {
  return /[.!?:;]["'”’)\]*_]*$/.test(tail(text, block));
}

function endsIntroduction(text: string, block: Span): boolean {
  return /:-?["'”’)\]*_]*$/.test(tail(text, block));
}

function startsListItem(text: string, block: Span): boolean {
  return /^(?:[-•*]\s|\(?\d+(?:\.\d+)*\\?[.)]\s|\(?[a-z]{1,3}\)\s)/.test(head(text, block));
}

function opensHeading(text: string, block: Span): boolean {
  return /^(?:#|\*\*)|^[A-Z][A-Z ]{3,}$/.test(head(text, block));
}

// A heading, a numbered paragraph or a list item starts a new piece whatever ended the block before.
function opensPiece(text: string, block: Span): boolean {
  return opensHeading(text, block) || startsListItem(text, block);
}
