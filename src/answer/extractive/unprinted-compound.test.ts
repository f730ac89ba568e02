import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../core/tokenize.js';
import { unprintedCompound } from './unprinted-compound.js';

const stem = (word: string) => contentTerms(word)[0]!;

describe('unprintedCompound', () => {
  it('takes an unseen modifier of a word the passages print with other modifiers as the topic', () => {
    const passages = [
      'PX.12 LARCHMERE ROAD BOWLING PAVILION LEASE',
      'The lease of the pavilion was renewed for ten years.',
    ];
    // Printed in a heading's capitals, not in a name inside a sentence: the pavilion keeps its weight.
    expect(unprintedCompound('Did the board approve a cricket pavilion?', stem('cricket'), passages, [])).toEqual({
      naming: [],
    });
  });

  it('takes a word printed as the end of a name inside a sentence as naming another thing', () => {
    const passages = ['The Board noted offers for its land at Thistlewood Meadow.'];
    expect(unprintedCompound('any plans for a solar meadow?', stem('solar'), passages, [])).toEqual({
      naming: [stem('meadow')],
    });
  });

  it('forgives the unseen word when the passages print the head with no modifier of their own', () => {
    const passages = ['The pavilion was repainted before the summer.'];
    expect(unprintedCompound('Was the cricket pavilion repainted?', stem('cricket'), passages, [])).toBeUndefined();
  });

  it('forgives an unseen word typed as the head rather than a modifier', () => {
    const passages = ['Families choosing elective home education were visited by the team.'];
    expect(unprintedCompound('how many families do home tutoring?', stem('tutoring'), passages, [])).toBeUndefined();
  });

  it('forgives an unseen word the vocabulary bridges', () => {
    const passages = ['The Bowling Pavilion lease was renewed.'];
    const expansions = [{ used: 'cricket', alternatives: ['bowling'] }];
    expect(unprintedCompound('the cricket pavilion lease?', stem('cricket'), passages, expansions)).toBeUndefined();
  });

  it('forgives a misspelling of a word the passages print', () => {
    const passages = ['Mobile library services were cut.'];
    expect(unprintedCompound('were libray services cut?', stem('libray'), passages, [])).toBeUndefined();
  });

  it('forgives a prefixed form of a word the passages print', () => {
    const passages = ['The clerk said unsigned notes of the Harbour Forum were withheld until approved.'];
    expect(
      unprintedCompound('are unapproved forum notes published?', stem('unapproved'), passages, []),
    ).toBeUndefined();
  });

  it('forgives an unseen adjective before a word printed with other modifiers', () => {
    const passages = ['Walled gardens at the Rectory were reopened.'];
    expect(unprintedCompound('what about aquatic gardens?', stem('aquatic'), passages, [])).toBeUndefined();
  });

  it('forgives an unseen word the synonym list knows in another form', () => {
    const passages = ['Fortnightly waste collections began in the Larchmere ward.'];
    expect(unprintedCompound('when did bin collections change?', stem('bin'), passages, [])).toBeUndefined();
  });
});
