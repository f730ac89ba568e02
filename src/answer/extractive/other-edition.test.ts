import { describe, expect, it } from 'vitest';
import { onlyOtherEdition } from './other-edition.js';

describe('onlyOtherEdition', () => {
  const question = 'What did the 2027 bridleway audit find?';

  it('holds when the thing is printed only with another year', () => {
    expect(
      onlyOtherEdition(question, ['Item 4, Quenby Bridleway Audit 2026', 'Riders will be asked again in 2027.']),
    ).toBe(true);
    expect(onlyOtherEdition(question, ['The 2026 audit found eleven blocked gates.'])).toBe(true);
  });

  it('does not hold when the asked year is printed with it, or no year is', () => {
    expect(
      onlyOtherEdition(question, ['Item 4, Quenby Bridleway Audit 2026', 'The audit 2027 found nine gates.']),
    ).toBe(false);
    expect(onlyOtherEdition(question, ['The audit found nine blocked gates.'])).toBe(false);
  });

  it('does not hold for a question typing no year before a thing', () => {
    expect(onlyOtherEdition('What did the bridleway audit find in 2027?', ['Bridleway Audit 2026'])).toBe(false);
  });
});
