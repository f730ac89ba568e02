import { describe, expect, it } from 'vitest';
import { omitsPersonAsked } from './person-not-named.js';

const villageHall =
  '5.5 Village Hall Report. A parishioner provided a report as PK was not present; the hall continued to do well.';
const apologies = '1. Apologies for absence. Apologies had been received from Tom Foy (TF) due to work commitments.';

describe('omitsPersonAsked', () => {
  it('finds no word of a person the quoted minutes never name', () => {
    expect(omitsPersonAsked('what did tom foy report about the village hall?', [villageHall])).toBe(true);
  });

  it('does not count a person named only among the apologies as having spoken', () => {
    expect(omitsPersonAsked('what did tom foy report about the village hall?', [apologies, villageHall])).toBe(true);
    expect(omitsPersonAsked('what did cllr s briston say about the play area?', ['Apologies: Cllr S Briston'])).toBe(
      true,
    );
    const underLabel = '1. Apologies for Absence\n\nCllr S Briston\n\n2. Declaration of Interest';
    expect(omitsPersonAsked('what did cllr s briston say about the play area?', [underLabel])).toBe(true);
  });

  it('does not count a person named only among those present as having spoken, unless they chaired', () => {
    const present = 'Present:- Councillor Dorrit (in the Chair); Councillors Clark, Elliot and Price.';
    expect(omitsPersonAsked('what did cllr clark ask about the village hall?', [present, villageHall])).toBe(true);
    const underLabel = 'Present:\n\nCllr Clark\n\n2. Village Hall';
    expect(omitsPersonAsked('what did cllr clark ask about the village hall?', [underLabel, villageHall])).toBe(true);
    expect(omitsPersonAsked('what did cllr dorrit say about the village hall?', [present, villageHall])).toBe(false);
  });

  it('keeps a quote that names the person, by surname with a title', () => {
    const said = 'Cllr. Secas noted that the elected Members have no representative on the working group.';
    expect(omitsPersonAsked('what did cllr secas say about the road safety plan', [said])).toBe(false);
  });

  it('leaves speakers described rather than named, and questions about no one, alone', () => {
    expect(omitsPersonAsked('what did residents say about the hedge?', [villageHall])).toBe(false);
    expect(omitsPersonAsked('what did the mayor say about e-scooters?', [villageHall])).toBe(false);
    expect(omitsPersonAsked('how much did the hall cost?', [villageHall])).toBe(false);
  });
});
