import { describe, expect, it } from 'vitest';
import { omitsContractorAsked } from './contractor-not-named.js';

describe('omitsContractorAsked', () => {
  const asked = 'which contractor will resurface the Brindle car park?';

  it('finds a contractor asked for answered by lines naming only what, where and when', () => {
    const decided = ['The committee agreed to resurface the car park on Tanner Street and Mill Lane over March 2031.'];
    expect(omitsContractorAsked(asked, decided)).toBe(true);
    expect(omitsContractorAsked('what firm will run the Brindle kiosk', ['(2) That the kiosk reopens.'])).toBe(true);
  });

  it('accepts a line naming a body inside a sentence', () => {
    expect(omitsContractorAsked(asked, ['The contract was awarded to Hollin Surfacing for two years.'])).toBe(false);
    expect(omitsContractorAsked(asked, ['Works will be done with the support of the RSCA.'])).toBe(false);
    expect(omitsContractorAsked('when will the car park be resurfaced?', ['In March.'])).toBe(false);
  });
});
