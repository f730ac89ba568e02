import { describe, expect, it } from 'vitest';
import { committeeWithAuthority } from './authority-names.js';

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
