import type { Span } from '../../src/core/paper.js';

/**
 * Splits a span into blocks that should stay whole where they fit: paragraphs, and tables
 * (runs of tab-separated lines) even when the converter put blank lines inside them.
 */
export function splitBlocks(text: string, span: Span): Span[] {
  const blocks: Span[] = [];
  const body = text.slice(span.start, span.end);
  let blockStart: number | undefined;
  let inTable = false;
  let position = 0;
  for (const line of body.split('\n')) {
    const lineStart = position;
    position += line.length + 1;
    const isTableLine = line.includes('\t');
    if (line.trim() === '') {
      if (!inTable && blockStart !== undefined) {
        blocks.push({ start: span.start + blockStart, end: span.start + lineStart - 1 });
        blockStart = undefined;
      }
      continue;
    }
    if (blockStart !== undefined && isTableLine !== inTable) {
      blocks.push({ start: span.start + blockStart, end: span.start + lineStart - 1 });
      blockStart = undefined;
    }
    inTable = isTableLine;
    blockStart ??= lineStart;
  }
  if (blockStart !== undefined) blocks.push({ start: span.start + blockStart, end: span.end });
  return blocks.map((block) => trimSpan(text, block)).filter((block) => block.end > block.start);
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** Cuts an oversized block at line, then sentence, then word boundaries. */
export function cutOversized(text: string, block: Span, size: number): Span[] {
  const pieces: Span[] = [];
  let start = block.start;
  while (block.end - start > size) {
    const window = text.slice(start, start + size);
    const cut =
      lastBoundary(window, /\n/g) ?? lastBoundary(window, /[.;:!?]\s/g) ?? lastBoundary(window, /\s/g) ?? size;
    pieces.push(trimSpan(text, { start, end: start + cut }));
    start += cut;
  }
  pieces.push(trimSpan(text, { start, end: block.end }));
  return pieces.filter((piece) => piece.end > piece.start);
}

function lastBoundary(window: string, pattern: RegExp): number | undefined {
  let last: number | undefined;
  for (const match of window.matchAll(pattern)) {
    if (match.index > window.length / 3) last = match.index + match[0].length;
  }
  return last;
}
