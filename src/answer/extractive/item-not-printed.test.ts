import { describe, expect, it } from 'vitest';
import { asksForItemNotPrinted } from './item-not-printed.js';

describe('asksForItemNotPrinted', () => {
  const assets = [
    'Minute 6 Village Assets 6.1 Benches. The bench by the pond was repaired. 6.2 Bus shelter. The roof was cleaned.',
  ];

  it('finds a numbered part the quoted passages do not print', () => {
    expect(asksForItemNotPrinted('what was agreed under item 6.4 at the march meeting?', assets)).toBe(true);
    expect(asksForItemNotPrinted('what did minute 9 of the brackwell meeting say?', assets)).toBe(true);
  });

  it('accepts a part the passages print, as a sub-item or as the minute', () => {
    expect(asksForItemNotPrinted('what was agreed under item 6.2?', assets)).toBe(false);
    expect(asksForItemNotPrinted('what did minute 6 say?', assets)).toBe(false);
  });

  it('does not read a longer number as the one asked, and leaves questions naming no part alone', () => {
    expect(asksForItemNotPrinted('what was item 6.1?', ['16.1 Grass cutting and 6.15 hedges.'])).toBe(true);
    expect(asksForItemNotPrinted('which repairs were made to the bus shelter?', assets)).toBe(false);
  });

  it('finds an appendix the quoted passages do not name, however they number other things', () => {
    const listed = ['List of Appendices Included: Appendix 1 Mooring Survey Summary. There are 3 berths vacant.'];
    expect(asksForItemNotPrinted("what's in appendix 3 of the moorings report?", listed)).toBe(true);
    expect(asksForItemNotPrinted('what does appendix one of the moorings report show?', listed)).toBe(false);
    expect(asksForItemNotPrinted('what is in appendix 3?', ['Appendices 2 and 3 set out the berth fees.'])).toBe(false);
    expect(asksForItemNotPrinted('what is in appendix B?', ['Appendix B: Berth Fees 2031/32'])).toBe(false);
    expect(asksForItemNotPrinted('what does annex C cover?', ['Annex A: Berth Fees 2031/32'])).toBe(true);
  });

  it('finds a statutory part or section the quoted passages never mention', () => {
    const bypass = ['Members asked for an update on the design of the western bypass and its diversion routes.'];
    expect(asksForItemNotPrinted('did the members approve the part 8 for the western bypass?', bypass)).toBe(true);
    expect(asksForItemNotPrinted('was a section 183 disposal of the depot agreed?', bypass)).toBe(true);
    expect(asksForItemNotPrinted('how much was the s137 payment this year?', bypass)).toBe(true);
  });

  it('accepts a part or section printed in its other spellings, and leaves a report section alone', () => {
    const printed = ['The Part VIII for the bypass was approved.', 'A grant under s.137 of £50 was made.'];
    expect(asksForItemNotPrinted('did the members approve the part 8 for the bypass?', printed)).toBe(false);
    expect(asksForItemNotPrinted('how much was the s137 payment?', printed)).toBe(false);
    expect(
      asksForItemNotPrinted('what does section 5 of the report say about costs?', ['5. Financial Implications']),
    ).toBe(false);
  });
});
