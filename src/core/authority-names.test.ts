import { describe, expect, it } from 'vitest';
import { committeeWithAuthority, councilPlacesTyped } from './authority-names.js';

describe('committeeWithAuthority', () => {
  it('adds the authority to a committee name that does not say it', () => {
    expect(committeeWithAuthority('Licensing Sub-Committee', 'Pellingham City Council')).toBe(
      'Licensing Sub-Committee — Pellingham City Council',
    );
  });

  it('keeps a name that already says its authority, or a paper that records none', () => {
    expect(committeeWithAuthority('Pellingham City Council', 'Pellingham City Council')).toBe(
      'Pellingham City Council',
    );
    expect(committeeWithAuthority('Pellingham Area Forum', 'Pellingham City Council')).toBe('Pellingham Area Forum');
    expect(committeeWithAuthority('Cabinet', undefined)).toBe('Cabinet');
    // An authority printed without a place tells the reader nothing the committee does not.
    expect(committeeWithAuthority('Audit Committee', 'County Council')).toBe('Audit Committee');
  });
});

describe('councilPlacesTyped', () => {
  it('reads the place typed before a council kind, in any case', () => {
    expect(councilPlacesTyped('who is the chief executive of pellingham city and county council?')).toEqual([
      'pellingham',
    ]);
    expect(councilPlacesTyped("what did Ashmoor Borough Council's cabinet decide?")).toEqual(['ashmoor']);
  });

  it('reads no place from a council unnamed or a sitting of it', () => {
    expect(councilPlacesTyped('what did the county council decide?')).toEqual([]);
    expect(councilPlacesTyped('who came to the extraordinary council?')).toEqual([]);
    expect(councilPlacesTyped('did members of the full council agree?')).toEqual([]);
    expect(councilPlacesTyped('which council is raising its tax by a fifth?')).toEqual([]);
    expect(councilPlacesTyped('who is raising council tax by a fifth?')).toEqual([]);
    expect(councilPlacesTyped('has any neighbouring council done the same?')).toEqual([]);
  });
});
