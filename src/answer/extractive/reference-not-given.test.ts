import { describe, expect, it } from 'vitest';
import { omitsReferenceAsked } from './reference-not-given.js';

describe('omitsReferenceAsked', () => {
  const granted = [
    'Grant of Planning Permission - First floor extension at Mill Farm Ferry Lane Grant of Planning Permission - New conservatory at 12 Quay Road',
  ];

  it('finds a reference asked answered by a list of permissions that prints none', () => {
    expect(omitsReferenceAsked('what is the planning reference for the mill farm extension?', granted)).toBe(true);
    expect(omitsReferenceAsked('what was the application number for the quay road conservatory', granted)).toBe(true);
    // A date with slashes is no reference.
    expect(omitsReferenceAsked('what is the planning reference?', ['Permission granted on 10/07/2031.'])).toBe(true);
  });

  it('accepts a reference printed as a code', () => {
    expect(
      omitsReferenceAsked('what is the planning reference?', ['31/01234/FUL Mill Farm, first floor extension']),
    ).toBe(false);
    expect(omitsReferenceAsked('what is the planning reference?', ['Ref: DM31-113 Mill Farm extension'])).toBe(false);
  });

  it('accepts a decision number printed in the title of the item whose lines are quoted', () => {
    const resolved = ['RESOLVED that Cabinet agree to:', 'A) Note the forecast revenue overspend of £23.3m.'];
    const question = 'what is the decision number of the budget monitoring report?';
    expect(omitsReferenceAsked(question, resolved)).toBe(true);
    expect(omitsReferenceAsked(question, resolved, ['31/00108 - Revenue and Capital Budget Monitoring Report'])).toBe(
      false,
    );
  });

  it('leaves other questions alone', () => {
    expect(omitsReferenceAsked('what did the parish council say about the mill farm extension?', granted)).toBe(false);
  });
});

describe('omitsReferenceAsked of an enactment', () => {
  it('finds an enactment number asked of an ordinance read only a first time', () => {
    const firstReading = [
      'A motion was made that this Ordinance be passed on first reading and set for second reading on September 25, 2035.',
      'Aye: 6 - Quintero, Lindqvist, Obuya, Kerrigan, Fenwright and Venkataraman',
    ];
    expect(omitsReferenceAsked('What enactment number did the water rates ordinance get?', firstReading)).toBe(true);
  });

  it('accepts the enactment number printed', () => {
    expect(
      omitsReferenceAsked('What enactment number did the dwelling unit ordinance get?', ['Enactment No: ORD 2035-118']),
    ).toBe(false);
  });
});
