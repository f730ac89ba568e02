import { describe, expect, it } from 'vitest';
import { asksForItemNotPrinted, namesSiteNotQuoted } from './item-not-printed.js';

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

describe('asksForItemNotPrinted of a numbered thing', () => {
  const pumps = [
    'The Engineer reported on Marshgate pumping station. Pump 2 at Eelholme had failed and was repaired at a cost of £38,600.',
  ];

  it('finds one of a kind the passages number only otherwise', () => {
    expect(asksForItemNotPrinted('How much did the repair of pump 3 at Marshgate cost?', pumps)).toBe(true);
    expect(asksForItemNotPrinted('when will phase 3 start?', ['Phase 1 and phase 2 are complete.'])).toBe(true);
  });

  it('accepts the number printed alone, in a list or in a range', () => {
    expect(asksForItemNotPrinted('How much did the repair of pump 2 cost?', pumps)).toBe(false);
    expect(asksForItemNotPrinted('was pump 3 repaired?', ['Pumps 2 and 3 were repaired.'])).toBe(false);
    expect(asksForItemNotPrinted('when will unit 3 open?', ['Units 1 to 5 open in May.'])).toBe(false);
  });

  it('leaves a kind the passages do not number, and counts, dates and times, alone', () => {
    expect(asksForItemNotPrinted('was pump 3 repaired?', ['The pumps were repaired.'])).toBe(false);
    expect(asksForItemNotPrinted('why were 12 objections received?', ['14 objections were received.'])).toBe(false);
    expect(asksForItemNotPrinted('what happened on march 3?', ['On March 4 the board met.'])).toBe(false);
    expect(asksForItemNotPrinted('did the council receive 12 objections?', ['receive 14 objections'])).toBe(false);
  });
});

describe('asksForItemNotPrinted of a thing at a place', () => {
  const plan = [
    'The plan moved the second appliance at Thornsett to day-crewing and added a water rescue unit at Holmebridge Central.',
  ];

  it('finds a thing the passages place only elsewhere', () => {
    expect(asksForItemNotPrinted('What was decided about the water rescue unit at Kettlewick?', plan)).toBe(true);
  });

  it('accepts the place asked, said in any sentence on that kind of thing', () => {
    expect(asksForItemNotPrinted('What was decided about the water rescue unit at Holmebridge?', plan)).toBe(false);
    expect(
      asksForItemNotPrinted('What was decided about the appliance at Kettlewick?', [
        'A retention payment for the appliance crews at Kettlewick and Rawdon Moor was approved.',
      ]),
    ).toBe(false);
    // A place typed with its town's possessive is named by either word.
    expect(
      asksForItemNotPrinted("What would the all-day charge at Wexcombe's Harbourside car parks rise to?", [
        'It is proposed to raise the all-day charge at the Harbourside car parks from £5.00 to £6.50.',
      ]),
    ).toBe(false);
  });

  it('leaves a kind the passages do not place, and a verb’s at, alone', () => {
    expect(
      asksForItemNotPrinted('How many were waiting for an assessment at Larkspur?', [
        '1,214 patients were waiting for an assessment at the end of March.',
      ]),
    ).toBe(false);
    expect(asksForItemNotPrinted('What was decided about the unit at Kettlewick?', ['A unit was added.'])).toBe(false);
    expect(
      asksForItemNotPrinted('What was agreed at Kettlewick?', ['The board agreed at Holmebridge to close it.']),
    ).toBe(false);
  });
});

describe('namesSiteNotQuoted', () => {
  const gasworks =
    'PL/33/89 Former Gasworks, Quay Road\nOutline application for 140 homes on the former gasworks site.';
  const forge = 'PL/33/90 The Old Forge, Mill Lane\nConsent to turn the listed forge into a two-bedroom house.';

  it('finds a site typed in the question that a passage not quoted prints and no quoted item does', () => {
    expect(namesSiteNotQuoted('how many homes are proposed at the Old Forge site?', [gasworks], [forge])).toBe(true);
  });

  it('accepts a site the quoted item prints, and a site no passage prints at all', () => {
    expect(namesSiteNotQuoted('how many homes are proposed at the Old Forge site?', [forge], [gasworks])).toBe(false);
    expect(namesSiteNotQuoted('how many homes are proposed at Quay Road?', [gasworks], [forge])).toBe(false);
    expect(namesSiteNotQuoted('how many homes are proposed at Copperfield?', [gasworks], [forge])).toBe(false);
    expect(namesSiteNotQuoted('how many homes were approved at the March meeting?', [gasworks], ['7 March'])).toBe(
      false,
    );
    expect(namesSiteNotQuoted('who proposed the rate at the St. Cléry assembly?', [gasworks], ['St. Cléry'])).toBe(
      false,
    );
    // A name typed but not as the place asked ("about the Old Forge") is left to the other checks.
    expect(namesSiteNotQuoted('what was said about the Old Forge and homes?', [gasworks], [forge])).toBe(false);
  });
});
