import { describe, expect, it } from 'vitest';
import { cleanLine, toLines, upperCaseShare } from './lines.js';

describe('toLines', () => {
  it('keeps offsets that slice back to each raw line, including a missing final newline', () => {
    const text = '# A\n\n- **B**  <b>c</b>\nlast';
    const lines = toLines(text);
    expect(lines.map((line) => line.raw)).toEqual(['# A', '', '- **B**  <b>c</b>', 'last']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.raw);
    expect(lines.map((line) => line.index)).toEqual([0, 1, 2, 3]);
  });

  it('gives one empty line for empty text', () => {
    expect(toLines('')).toEqual([{ raw: '', clean: '', start: 0, end: 0, index: 0 }]);
  });
});

describe('cleanLine', () => {
  it('strips heading marks, bold, tags and bullets', () => {
    expect(cleanLine('## **119. MINUTES**')).toBe('119. MINUTES');
    expect(cleanLine('- Present:-** Councillor <sup>A</sup>')).toBe('Present:- Councillor A');
  });
});

describe('upperCaseShare', () => {
  it('measures upper-case letters among letters only', () => {
    expect(upperCaseShare('ABC def')).toBe(0.5);
    expect(upperCaseShare('123 -')).toBe(0);
  });
});
