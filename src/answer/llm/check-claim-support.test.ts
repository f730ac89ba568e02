import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { checkClaimSupport } from './check-claim-support.js';

const chunk = (text: string, overrides: Partial<Chunk> = {}): Chunk =>
  testChunk({
    id: 'a:0',
    source: 'minutes.txt',
    documentSha: 'a',
    committee: 'Planning Board',
    minute: '12',
    minuteTitle: 'Land at Mill Lane',
    section: 'Resolved',
    headingPath: ['Planning Board', '2024-03-05', '12 Land at Mill Lane', 'Resolved'],
    text,
    ...overrides,
  });

describe('checkClaimSupport', () => {
  const minutes = chunk(
    'Resolved: That planning permission for 45 homes be granted, as proposed by Councillor Patel, on 5 March 2024.',
  );

  it('accepts a paraphrase that keeps the passage’s figures, dates, names and terms', () => {
    expect(
      checkClaimSupport('The Planning Board resolved to grant planning permission for 45 homes at Mill Lane.', minutes),
    ).toBeUndefined();
    expect(
      checkClaimSupport('Councillor Patel proposed granting permission on 5 March 2024.', minutes),
    ).toBeUndefined();
  });

  it('names what the passage does not bear out', () => {
    expect(checkClaimSupport('Permission for 54 homes was granted.', minutes)).toBe('figure 54 is not in the passage');
    expect(checkClaimSupport('Permission for 45 homes was granted on 6 March 2024.', minutes)).toBe(
      'figure 6 is not in the passage',
    );
    expect(checkClaimSupport('Councillor Jones proposed granting permission for 45 homes.', minutes)).toBe(
      'name "jones" is not in the passage',
    );
    expect(checkClaimSupport('The Board resolved to close the swimming pool.', minutes)).toMatch(
      /^key terms not in the passage: /,
    );
  });

  it('wants a decision passage for a decision claim', () => {
    const report = chunk('It is recommended that planning permission for 45 homes be granted.', {
      kind: 'report',
      section: 'Recommendations',
      minute: undefined,
      minuteTitle: undefined,
      partTitle: 'Land at Mill Lane',
      headingPath: ['Planning Board', '2024-03-05', 'Land at Mill Lane'],
    });
    expect(checkClaimSupport('The Board approved planning permission for 45 homes.', report)).toBe(
      'a decision claim must cite a decision',
    );
    expect(
      checkClaimSupport('Officers recommended granting planning permission for 45 homes.', report),
    ).toBeUndefined();
  });
});
