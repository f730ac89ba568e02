import { describe, expect, it } from 'vitest';
import { displayTitle } from './display-title.js';

describe('displayTitle', () => {
  it('title-cases a title printed in capitals', () => {
    expect(displayTitle('DOMESTIC ABUSE  STRATEGY UPDATE')).toBe('Domestic Abuse Strategy Update');
  });

  it('keeps the acronyms of a mixed-case title', () => {
    expect(displayTitle('24/00115 - Integrated Care Strategy (KCC ICS) Delivery Plan')).toBe(
      '24/00115 - Integrated Care Strategy (KCC ICS) Delivery Plan',
    );
  });
});
