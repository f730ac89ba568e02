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

  it('leaves other papers as they rank', () => {
    expect(transcriptCoverageBoost({ kind: 'minutes', text: 'Nothing about boats.' }, stems, idf)).toBe(1);
    expect(transcriptCoverageBoost({ kind: 'transcript', text: 'Anything.' }, [], idf)).toBe(1);
  });
});
