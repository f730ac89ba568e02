import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { omitsAcronymAsked } from './acronym-not-quoted.js';

const now = new Date('2031-06-01');
const training = testChunk({ committee: 'Harbour Board', text: '412 staff attended training across the port.' });
const hub = testChunk({ committee: 'Harbour Board', text: 'A visit to the PSCU control room was arranged.' });
const known = () => false;

describe('omitsAcronymAsked', () => {
  it('finds an acronym the papers print that no quoted passage prints', () => {
    const analysis = analyzeQuestion('How many staff work in the PSCU?', { now });
    expect(omitsAcronymAsked(analysis, [training], known)).toBe(true);
    expect(omitsAcronymAsked(analysis, [training, hub], known)).toBe(false);
  });

  it('forgives an acronym the index never saw, and a figure typed in capitals', () => {
    const analysis = analyzeQuestion('How many staff work in the PSCU?', { now });
    expect(omitsAcronymAsked(analysis, [training], () => true)).toBe(false);
    expect(
      omitsAcronymAsked(analyzeQuestion('How many staff attended training in Q3?', { now }), [training], known),
    ).toBe(false);
  });

  it('accepts the acronym spelled out where the vocabulary bridges it', () => {
    const analysis = {
      ...analyzeQuestion('How many staff work in the PSCU?', { now }),
      expansions: [{ used: 'PSCU', alternatives: ['port security control unit'] }],
    };
    const spelled = testChunk({ committee: 'Harbour Board', text: 'The port security control unit has 12 staff.' });
    expect(omitsAcronymAsked(analysis, [spelled], known)).toBe(false);
  });
});
