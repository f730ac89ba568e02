import { describe, expect, it } from 'vitest';
import { contentTerms } from '../core/tokenize.js';
import { transcriptCoverageBoost } from './transcript-coverage-boost.js';

const stems = contentTerms('ferry timetable winter');
const rarity: Record<string, number> = Object.fromEntries(stems.map((term, index) => [term, index + 1]));
const idf = (term: string) => rarity[term] ?? 1;

describe('transcriptCoverageBoost', () => {
  it('ranks the exchange that speaks to the whole question above one repeating a single word', () => {
    const whole = {
      kind: 'transcript' as const,
      text: 'Cllr Ana Ruiz: The winter ferry timetable drops the early crossing.',
    };
    const partial = { kind: 'transcript' as const, text: 'Cllr Ben Hale: The ferry, the ferry, always the ferry.' };
    expect(transcriptCoverageBoost(whole, stems, idf)).toBeCloseTo(1.7);
    expect(transcriptCoverageBoost(partial, stems, idf)).toBeCloseTo(0.3 + 1.4 / 6);
  });

  it('ranks a passage whose question and reply both speak to the question above one scattering its words', () => {
    const exchange = {
      kind: 'transcript' as const,
      text: [
        'Cllr Ana Ruiz: Will the winter ferry timetable keep the early crossing?',
        '',
        'Ms Lena Hale: The winter timetable keeps it.',
        '',
        'Cllr Ben Hale: On another matter, the library roof leaks.',
        '',
        'Ms Lena Hale: The roof is being mended.',
      ].join('\n'),
    };
    const scattered = {
      kind: 'transcript' as const,
      text: [
        'Cllr Ana Ruiz: The ferry fares went up.',
        'Ms Lena Hale: They did.',
        'Cllr Ben Hale: Thank you, Chair.',
        'Ms Lena Hale: The timetable is printed.',
        'Cllr Ana Ruiz: Good.',
        'Cllr Ben Hale: Thank you.',
        'Ms Lena Hale: The gritting starts this winter.',
      ].join('\n\n'),
    };
    // Both passages hold every word of the question; only one holds them all in one exchange.
    expect(transcriptCoverageBoost(exchange, stems, idf)).toBeCloseTo(1.7);
    expect(transcriptCoverageBoost(scattered, stems, idf)).toBeLessThan(1.6);
  });

  it('leaves other papers as they rank', () => {
    expect(transcriptCoverageBoost({ kind: 'minutes', text: 'Nothing about boats.' }, stems, idf)).toBe(1);
    expect(transcriptCoverageBoost({ kind: 'transcript', text: 'Anything.' }, [], idf)).toBe(1);
  });
});
