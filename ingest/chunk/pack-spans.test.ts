import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/paper.js';
import { packSpan } from './pack-spans.js';
import { cutOversized, splitBlocks } from './split-blocks.js';

const whole = (text: string): Span => ({ start: 0, end: text.length });
const slices = (text: string, spans: Span[]): string[] => spans.map((span) => text.slice(span.start, span.end));

function paragraphs(count: number, length: number, gap = '\n\n'): string {
  return Array.from(
    { length: count },
    (_, index) => `${String(index).padStart(3, '0')} ${'x'.repeat(length - 4)}`,
  ).join(gap);
}

describe('packSpan', () => {
  it('returns a span that fits as it is', () => {
    expect(packSpan('short text', whole('short text'), { size: 100, overlap: 10 })).toEqual([whole('short text')]);
  });

  it.each([
    [300, 250],
    [200, 150],
    [400, 100],
    [250, 0],
  ])('never exceeds size %i with overlap %i, gaps between blocks included', (size, overlap) => {
    const text = `${paragraphs(40, 47, '\n\n  \n\n')}\n\n${paragraphs(10, 95)}`;
    const windows = packSpan(text, whole(text), { size, overlap });
    for (const window of windows) expect(window.end - window.start).toBeLessThanOrEqual(size);
    expect(windows[0]!.start).toBe(0);
    expect(windows.at(-1)!.end).toBe(text.length);
    for (let index = 1; index < windows.length; index += 1) {
      expect(windows[index]!.start).toBeLessThanOrEqual(windows[index - 1]!.end + 6);
      expect(windows[index]!.end).toBeGreaterThan(windows[index - 1]!.end);
    }
  });

  it('repeats up to `overlap` characters of whole paragraphs, and none when overlap is 0', () => {
    const text = paragraphs(12, 50);
    const overlapped = packSpan(text, whole(text), { size: 200, overlap: 60 });
    for (let index = 1; index < overlapped.length; index += 1) {
      const repeated = overlapped[index - 1]!.end - overlapped[index]!.start;
      expect(repeated).toBe(50);
    }
    const plain = packSpan(text, whole(text), { size: 200, overlap: 0 });
    for (let index = 1; index < plain.length; index += 1)
      expect(plain[index]!.start).toBeGreaterThan(plain[index - 1]!.end);
  });

  it('cuts a block longer than size at sentence, then word boundaries', () => {
    const text = 'One sentence here. Another one follows it. '.repeat(10).trim();
    const windows = packSpan(text, whole(text), { size: 100, overlap: 0 });
    for (const piece of slices(text, windows)) {
      expect(piece.length).toBeLessThanOrEqual(100);
      expect(piece).toMatch(/^(One|Another)/);
    }
  });
});

describe('splitBlocks', () => {
  it('keeps a tab-separated table whole even with blank lines inside it', () => {
    const text = 'Intro paragraph.\n\nYear\tCount\n2022\t4\n\n2023\t7\n\nAfter the table.';
    expect(slices(text, splitBlocks(text, whole(text)))).toEqual([
      'Intro paragraph.',
      'Year\tCount\n2022\t4\n\n2023\t7',
      'After the table.',
    ]);
  });
});

describe('cutOversized', () => {
  it('cuts at the last line break in the window before anything else', () => {
    const text = `${'a'.repeat(60)}\n${'b'.repeat(60)}`;
    expect(slices(text, cutOversized(text, whole(text), 100))).toEqual(['a'.repeat(60), 'b'.repeat(60)]);
  });

  it('cuts unbroken text hard at size', () => {
    const text = 'z'.repeat(250);
    expect(cutOversized(text, whole(text), 100).map((piece) => piece.end - piece.start)).toEqual([100, 100, 50]);
  });
});
