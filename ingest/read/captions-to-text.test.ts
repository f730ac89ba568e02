import { describe, expect, it } from 'vitest';
import { captionFormat, captionsToText } from './captions-to-text.js';

const cue = (n: number, words: string): string =>
  `${n}\n00:00:${String(n * 4).padStart(2, '0')},000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')},500\n${words}\n`;

describe('captionsToText', () => {
  it('starts an unnamed turn at each ">>" or dash mark, and a cue with no mark goes on with the turn', () => {
    const srt = [
      cue(1, '>> GOOD MORNING. THIS IS THE BRISKWATER'),
      cue(2, 'LIBRARIES PANEL.'),
      cue(3, '>> THANK YOU. THE MOBILE LIBRARY VAN IS TWELVE YEARS OLD.'),
      cue(4, '- HOW MUCH IS A NEW ONE?'),
    ].join('\n');
    expect(captionsToText(srt, captionFormat(srt)!)).toBe(
      '>> GOOD MORNING. THIS IS THE BRISKWATER LIBRARIES PANEL.\n\n' +
        '>> THANK YOU. THE MOBILE LIBRARY VAN IS TWELVE YEARS OLD.\n\n>> HOW MUCH IS A NEW ONE?',
    );
  });

  it('keeps captions with no marks and no names as plain words', () => {
    const srt = [cue(1, 'The van is twelve years old.'), cue(2, 'A new one costs more.')].join('\n');
    expect(captionsToText(srt, 'subrip')).toBe('The van is twelve years old. A new one costs more.');
  });
});
