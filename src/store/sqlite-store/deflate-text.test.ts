import { describe, expect, it } from 'vitest';
import { deflateText, inflateText } from './deflate-text.js';

describe('deflateText', () => {
  it('gives back the same text, accents and symbols included, in fewer bytes', () => {
    const text = 'Cllr Ó Briain moved the £2.5m budget — résumé attached.\n'.repeat(40);
    const deflated = deflateText(text);
    expect(deflated.length).toBeLessThan(Buffer.byteLength(text) / 4);
    expect(inflateText(deflated)).toBe(text);
    expect(inflateText(deflateText(''))).toBe('');
  });
});
