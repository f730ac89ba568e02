import { describe, expect, it } from 'vitest';
import { motionWording } from './motion-wording.js';

const text = [
  'Resolution No. 2031-118',
  'Moved by: Councillor Ferris',
  'Seconded by: Deputy Reeve Marchand',
  'THAT staff be directed to report on winter sand costs.',
  'CARRIED',
].join('\n');
const motion = { text: text.replace(/\s+/g, ' '), start: 0, end: text.length };

describe('motionWording', () => {
  it('shows a Canadian resolution from its wording, without its number, mover and seconder', () => {
    expect(motionWording(motion).text).toBe('THAT staff be directed to report on winter sand costs. CARRIED');
  });

  it('moves the span to the wording when the text is at hand, so the citation quotes it', () => {
    const shown = motionWording(motion, text);
    expect(text.slice(shown.start, shown.end)).toBe('THAT staff be directed to report on winter sand costs.\nCARRIED');
  });

  it('keeps a sentence that names its mover and goes on into its wording', () => {
    const sentence = 'Moved by Cllr Hale, seconded by Cllr Dunn, that the report be noted.';
    expect(motionWording({ text: sentence, start: 0, end: sentence.length }).text).toBe(sentence);
  });
});
