import { describe, expect, it } from 'vitest';
import { bracketedChairTitle, labelledChairTitle } from './chair-titles.js';

describe('chair titles', () => {
  it('reads the chair in brackets by the title each country gives it', () => {
    for (const text of [
      'Councillor A Munro (Convener)',
      'Cr D Faulkner (Mayor)',
      'Cllr S Achebe (Town Mayor, in the chair)',
      'Councillor B Walsh (An Cathaoirleach)',
      'Member E Price (Presiding Member)',
      'Mr R Holt (Chairman)',
    ])
      expect(bracketedChairTitle.test(text), text).toBe(true);
  });

  it('does not take a deputy or another post for the chair', () => {
    for (const text of [
      'Councillor A Reid (Vice-Convener)',
      'Cllr J Byrne (Deputy Mayor)',
      'Mr P Lowe (Vice Chair)',
      'G Hale (General Manager)',
    ])
      expect(bracketedChairTitle.test(text), text).toBe(false);
  });

  it('reads a chair named after a label, not a word that only starts like one', () => {
    expect(labelledChairTitle.test('Convener: Councillor A Munro')).toBe(true);
    expect(labelledChairTitle.test('Mayor-elect briefing')).toBe(false);
  });
});
