import { describe, expect, it } from 'vitest';
import { abbreviatedNames } from './abbreviated-names.js';

describe('abbreviatedNames', () => {
  const texts = ['Ferrowby and Dunmore were designated as GCR Gateway towns in the pilot.'];

  it('reads a name the question spells out as the acronym a passage prints', () => {
    expect(abbreviatedNames('which towns are in the great coastal route gateway pilot?', texts)).toEqual([
      { used: 'great coastal route', alternatives: ['GCR'] },
    ]);
    expect(abbreviatedNames('is the Great Coast and Route pilot going ahead?', texts)).toEqual([
      { used: 'great coast route', alternatives: ['GCR'] },
    ]);
  });

  it('finds nothing when no run of words spells a printed acronym, or the acronym is typed', () => {
    expect(abbreviatedNames('which towns are in the coastal gateway pilot?', texts)).toEqual([]);
    expect(abbreviatedNames('which towns are in the GCR gateway pilot?', texts)).toEqual([]);
    expect(abbreviatedNames('what did the SE say?', ['The SE agreed.'])).toEqual([]);
  });
});
