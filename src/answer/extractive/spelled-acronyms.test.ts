import { describe, expect, it } from 'vitest';
import { printedAcronyms, spelledOutAcronyms } from './spelled-acronyms.js';

const passage =
  'Members noted that the Regional Water Authority had withdrawn from the Roads and Drainage SPC. ' +
  'It was agreed to write to the Department of Rural Affairs.';

describe('spelledOutAcronyms', () => {
  it('bridges an acronym the index never prints to the capitalised name a passage spells it with', () => {
    const expansions = spelledOutAcronyms('Why did RWA withdraw?', [passage], () => true);
    expect(expansions).toEqual([{ used: 'RWA', alternatives: ['Regional Water Authority'] }]);
  });

  it('skips the small words a name keeps', () => {
    const expansions = spelledOutAcronyms('Did they write to the DRA?', [passage], () => true);
    expect(expansions).toEqual([{ used: 'DRA', alternatives: ['Department of Rural Affairs'] }]);
  });

  it('finds the name inside a longer capitalised run', () => {
    const report = 'Members received the Moorside Harbour Trust Annual Report for the year.';
    const expansions = spelledOutAcronyms('What did the HT report say?', [report], () => true);
    expect(expansions).toEqual([{ used: 'HT', alternatives: ['Harbour Trust'] }]);
  });

  it('leaves an acronym the index already prints, and one no passage spells out', () => {
    expect(spelledOutAcronyms('Why did RWA withdraw?', [passage], () => false)).toEqual([]);
    expect(spelledOutAcronyms('What did the HSE say?', [passage], () => true)).toEqual([]);
  });
});

describe('printedAcronyms', () => {
  const reply = 'There are four KVBs in the valley today, and one pilot KVB on the coast.';

  it('bridges a name the question spells out, hyphens and small words aside, to the acronym a passage prints', () => {
    expect(printedAcronyms('How many kestrel-valley boards are there?', [reply])).toEqual([
      { used: 'kestrel valley boards', alternatives: ['kvb'] },
    ]);
    expect(
      printedAcronyms('What did the Office of Harbour Rates say?', ['The OHR wrote to members in March.']),
    ).toEqual([{ used: 'office of harbour rates', alternatives: ['ohr'] }]);
  });

  it('bridges a name in a question typed in lower case, and leaves one the question already abbreviates', () => {
    const towns = ['Ferrowby and Dunmore were designated as GCR Gateway towns in the pilot.'];
    expect(printedAcronyms('which towns are in the great coastal route gateway pilot?', towns)).toEqual([
      { used: 'great coastal route', alternatives: ['gcr'] },
    ]);
    expect(printedAcronyms('which towns are in the GCR gateway pilot?', towns)).toEqual([]);
  });

  it('leaves a name no passage prints in capitals, and runs of two letters', () => {
    expect(printedAcronyms('How many kestrel valley boards are there?', ['the kvb met'])).toEqual([]);
    expect(printedAcronyms('Was the valley board paid?', ['The VB was paid.'])).toEqual([]);
  });
});
