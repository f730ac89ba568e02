import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { wordsOnlyInNames } from './words-only-in-names.js';

const onlyInNames = (text: string, question: string, bridged: string[] = []) =>
  [
    ...wordsOnlyInNames(
      text,
      contentTerms(question),
      bridged.flatMap((words) => contentTerms(words)),
    ),
  ].sort();

describe('wordsOnlyInNames', () => {
  it('finds a question word the text says only inside a place name the question does not name', () => {
    const text = 'The Town of Frost Hollow has waited three years for its damage grants.';
    expect(onlyInNames(text, 'frost damage grants')).toEqual(contentTerms('frost'));
    expect(onlyInNames('Ms Ada Pike (Harrow Marsh, Ind.): We need more drainage.', 'marsh drainage')).toEqual(
      contentTerms('marsh'),
    );
  });

  it('keeps a word the text also says outside the name, or of a name the question names', () => {
    expect(onlyInNames('In Frost Hollow a late frost ruined the damage claims.', 'frost damage')).toEqual([]);
    expect(onlyInNames('The Town of Frost Hollow has waited for its grants.', 'the Frost Hollow grants')).toEqual([]);
    // Typed in lower case, two words of a title name it: "the river crossing fund" is the River Crossing Fund.
    expect(onlyInNames('The River Crossing Fund closed in May.', 'river crossing fund')).toEqual([]);
  });

  it('leaves a word the vocabulary bridging stands in to the glossary', () => {
    const text = 'The Records Resilience and Transparency team cut the FoI queue.';
    expect(onlyInNames(text, 'freedom of information records queue')).toEqual(contentTerms('records'));
    expect(
      onlyInNames(text, 'freedom of information records queue', ['freedom of information records', 'FoI']),
    ).toEqual([]);
  });

  it('reads "and" inside a name, and ends a name at its possessive', () => {
    const plan = "The County Council's Minerals and Waste Local Plan was submitted.";
    expect(onlyInNames(plan, 'minerals and waste local plan')).toEqual([]);
    expect(onlyInNames(plan, 'waste collection')).toEqual(contentTerms('waste'));
  });

  it('reads neither a lone capitalised word nor words in capitals as a name', () => {
    expect(onlyInNames('Frost damaged the crop.', 'frost damage')).toEqual([]);
    expect(onlyInNames('SELECT COMMITTEE ON FROST DAMAGE', 'frost')).toEqual([]);
  });
});
