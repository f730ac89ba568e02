import { describe, expect, it } from 'vitest';
import { measureOverlap, nameTerms, topicTerms } from './topic-terms.js';

describe('topicTerms and measureOverlap', () => {
  it('keeps the words that name a topic, stemmed, without committee boilerplate or numbers', () => {
    expect(topicTerms('Domestic Abuse Strategy 2022-2027 Update')).toEqual(['domest', 'abus', 'strategi']);
    const names = nameTerms(['Improving Lives Select Commission', 'Rotherham Metropolitan Borough Council']);
    expect(topicTerms('Improving Lives Select Commission - Sub and Project Group Updates', names)).toEqual([
      'sub',
      'project',
      'group',
    ]);
    expect(topicTerms('Kent County Council Cabinet - Budget Update')).toEqual(['kent', 'budget']);
  });

  it('weighs covered terms, so a rare shared word counts for more than a common one', () => {
    const rarity = (term: string) => (term === 'children' ? 1 : 3);
    const topic = ['ofst', 'focus', 'children'];
    expect(measureOverlap(topic, new Set(['ofst', 'focus']), rarity)).toBeCloseTo(6 / 7);
    expect(measureOverlap(topic, new Set(['children']), rarity)).toBeCloseTo(1 / 7);
    expect(measureOverlap([], new Set(['ofst']), rarity)).toBe(0);
  });
});
