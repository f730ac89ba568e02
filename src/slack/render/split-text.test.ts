import { describe, expect, it } from 'vitest';
import { splitText } from './split-text.js';

describe('splitText', () => {
  it('keeps text within the limit whole', () => {
    expect(splitText('short text', 100)).toEqual(['short text']);
  });

  it('prefers paragraph, then line, then sentence, then word boundaries', () => {
    expect(splitText('aaaa aaaa.\n\nbbbb bbbb.', 15)).toEqual(['aaaa aaaa.', 'bbbb bbbb.']);
    expect(splitText('aaaa aaaa.\nbbbb bbbb.', 15)).toEqual(['aaaa aaaa.', 'bbbb bbbb.']);
    expect(splitText('aaaa aaaa. bbbb bbbb.', 15)).toEqual(['aaaa aaaa.', 'bbbb bbbb.']);
    expect(splitText('aaaa bbbb cccc dddd', 10)).toEqual(['aaaa bbbb', 'cccc dddd']);
  });

  it('never cuts inside a link or a citation marker', () => {
    const text = `${'word '.repeat(8)}<https://example.org|a long link label> [12] end`;
    for (const piece of splitText(text, 50)) {
      expect(piece.length).toBeLessThanOrEqual(50);
      expect(piece.split('<').length).toBe(piece.split('>').length);
      expect(piece).not.toMatch(/\[\d*$|^\d*\]/);
    }
    expect(splitText(text, 50).join(' ')).toBe(text);
  });

  it('cuts hard only when there is no boundary at all', () => {
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
