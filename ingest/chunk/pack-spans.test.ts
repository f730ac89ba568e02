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

  // A text layer that prints every wrapped line of a page as its own paragraph.
  const wrapped = (lines: string[]) => lines.join('\n\n');

  it('ends a window where a sentence ends, not at the line wrap inside the next one', () => {
    const text = wrapped([
      'The harbour master reported that the pontoon repairs had been finished ahead of the',
      'spring season and the new fuel berth was open to visiting boats every weekend.',
      'Members asked about the dredging of the inner basin, which had been postponed twice.',
      'He explained that if the dredging waited another year the silt would need removing',
      'by barge at roughly three times the cost, as 40% of the basin was now too',
      'shallow for the ferry at low tide.',
    ]);
    const windows = slices(text, packSpan(text, whole(text), { size: 410, overlap: 60 }));
    const sentence = windows.find((window) => window.includes('if the dredging waited'));
    expect(sentence).toContain('40% of the basin');
    expect(windows[0]!.trimEnd()).toMatch(/\.$/);
  });

  it('repeats the sentence a window was cut in, from its first line', () => {
    const text = wrapped([
      'Opening remarks were brief.',
      'The treasurer explained at some length that the precept for the coming year would rise because the',
      'county had withdrawn its grant for the maintenance of the village green and the footpaths and the',
      'play area, and that the reserves were not available for it.',
    ]);
    const windows = slices(text, packSpan(text, whole(text), { size: 280, overlap: 120 }));
    expect(windows.some((window) => window.startsWith('The treasurer') && window.includes('reserves'))).toBe(true);
  });

  it('keeps a list of options together with the line after it that votes on one', () => {
    const text = wrapped([
      'The clerk had shared the district survey about what should become of the village hall car park, which shuts when this month ends, and asked members to agree a reply before the district council sits in the autumn.',
      'Three options:',
      '1\\. Resurface the existing car park and keep it free of charge.',
      '2\\. Sell the land for housing and use the receipt for the hall roof.',
      '3\\. Lease it to the primary school for drop-offs.',
      'Members voted 5 to 2 in favour of Option 3.',
    ]);
    const windows = slices(text, packSpan(text, whole(text), { size: 330, overlap: 0 }));
    const vote = windows.find((window) => window.includes('Members voted'));
    expect(vote).toContain('1\\. Resurface');
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
