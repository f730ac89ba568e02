import { describe, expect, it } from 'vitest';
import { filtersForChannel } from './filters-for-channel.js';

describe('filtersForChannel', () => {
  const scopes = {
    CSCRUTINY: { committees: ['Improving Lives Select Commission'], allowExempt: false },
    CMEMBERS: { allowExempt: true },
  };

  it('limits a scoped channel to its committees and never includes exempt papers unless allowed', () => {
    expect(filtersForChannel(scopes, 'CSCRUTINY')).toEqual({
      committees: ['Improving Lives Select Commission'],
      includeExempt: false,
    });
    expect(filtersForChannel(scopes, 'CMEMBERS')).toEqual({ includeExempt: true });
    expect(filtersForChannel(scopes, 'COTHER')).toEqual({ includeExempt: false });
    expect(filtersForChannel(scopes, undefined)).toEqual({ includeExempt: false });
  });
});
