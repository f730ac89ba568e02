import { describe, expect, it } from 'vitest';
import { omitsAmountAsked } from './amount-not-given.js';

describe('omitsAmountAsked', () => {
  const plans = [
    'This was the second month of a four month process; a decision on the mooring fees for 2032/33 would be made in December.',
  ];

  it('finds "how much" answered by lines that print no amount', () => {
    expect(omitsAmountAsked('how much are the quayside mooring fees for 2032/33?', plans)).toBe(true);
  });

  it('reads "what is the budget for …" as asking for a sum, and "what was the budget based on" as not', () => {
    const addition = ['The slipway repairs were added to the work programme for March 2032.'];
    expect(omitsAmountAsked("What's the budget for the slipway repairs?", addition)).toBe(true);
    expect(omitsAmountAsked('what was the cost of the slipway survey', addition)).toBe(true);
    const title = ['Appendix B: Net Revenue Budget by Service 2033/34'];
    expect(omitsAmountAsked("what is Quellby's budget for museums in 2033/34?", title)).toBe(true);
    expect(omitsAmountAsked("what is Quellby's budget for museums?", ['Museums: £2.4m net budget.'])).toBe(false);
    expect(omitsAmountAsked("What's the budget for the slipway repairs?", ['Repairs are budgeted at £80,000.'])).toBe(
      false,
    );
    expect(omitsAmountAsked('What was the slipway budget based on?', addition)).toBe(false);
  });

  it('reads a terse "ferry refit cost?" as asking for a sum, answered only by a line printing money', () => {
    const work = ['The ferry refit was added to the work programme and a contractor would be appointed in May.'];
    expect(omitsAmountAsked('ferry refit cost?', work)).toBe(true);
    expect(omitsAmountAsked('slipway repairs budget', work)).toBe(true);
    expect(omitsAmountAsked('ferry refit cost?', ['The ferry refit would cost £120,000.'])).toBe(false);
    expect(omitsAmountAsked('what did members say about the ferry refit and its cost?', work)).toBe(false);
  });

  it('takes a payments row printing pence and no currency sign as the amount paid', () => {
    const row = ['Hedgerow Ltd – verge trimming 212.40'];
    expect(omitsAmountAsked('how much did the parish pay hedgerow ltd for verge trimming?', row)).toBe(false);
    expect(omitsAmountAsked('what was the cost of the verge trimming?', row)).toBe(false);
  });

  it('reads "what\'s the cost of" as asking for a sum', () => {
    const works = [
      'Tarrow Consulting had been appointed to design the slipway repairs; design was nearing completion.',
    ];
    expect(omitsAmountAsked("what's the cost of the slipway repairs?", works)).toBe(true);
    expect(omitsAmountAsked('what is the estimated cost of the slipway repairs', works)).toBe(true);
    expect(omitsAmountAsked("what's the cost of the slipway repairs?", ['The repairs were costed at £86,000.'])).toBe(
      false,
    );
    expect(
      omitsAmountAsked('what is the cost of the slipway repairs', ['The slipway is 40% owned by the trust.']),
    ).toBe(true);
    expect(
      omitsAmountAsked('what is the price of the slipway works?', ['The works will be carried out free of charge.']),
    ).toBe(false);
    const measured = ['The works under consideration included laying 45 m of kerbing and moving a lamp post.'];
    expect(omitsAmountAsked('what is the estimated cost of the kerbing at Dunmoyle school?', measured)).toBe(true);
    expect(omitsAmountAsked('what is the cost of the kerbing?', ['The kerbing is costed at 1.2m.'])).toBe(false);
  });

  it('reads "and for how much?" as asking for a sum', () => {
    const excluded = ['That the public be excluded for item 7.2 Sale of the Tarrow boathouse, under section 48(1)(a).'];
    expect(omitsAmountAsked('did the board sell the Tarrow boathouse, and for how much?', excluded)).toBe(true);
    expect(omitsAmountAsked('was the boathouse sold, and for how much?', ['It was sold for £240,000.'])).toBe(false);
  });

  it('reads "what did … spend on" as asking for a sum, and "spend the grant on" as asking what it bought', () => {
    const courses = ['412 volunteers attended the harbour trust courses during the year.'];
    expect(omitsAmountAsked('what did the harbour trust spend on courses last year', courses)).toBe(true);
    expect(omitsAmountAsked('what did the harbour trust spend on courses', ['Courses cost the trust £9,400.'])).toBe(
      false,
    );
    expect(omitsAmountAsked('what did the harbour trust spend the grant on?', courses)).toBe(false);
  });

  it('asked for money by name, finds a share no answer', () => {
    const share = ['The new slipway is supported by 40% match funding from the Marine Fund.'];
    expect(omitsAmountAsked('how much money did the Marine Fund put into the slipway?', share)).toBe(true);
    expect(omitsAmountAsked('how much did the Marine Fund give in pounds for the slipway?', share)).toBe(true);
    expect(omitsAmountAsked('how much in pounds is the overspend on the slipway?', share)).toBe(true);
    expect(omitsAmountAsked('how much money did the Marine Fund put in?', ['The Marine Fund gave £80,000.'])).toBe(
      false,
    );
  });

  it('accepts lines printing a sum or a share, and a measure when one is asked for', () => {
    expect(omitsAmountAsked('how much are the mooring fees?', ['Mooring fees rise to £412 a berth.'])).toBe(false);
    expect(omitsAmountAsked('how much are the mooring fees going up?', ['Fees rise by 6% from April.'])).toBe(false);
    expect(omitsAmountAsked('how much land is the marina on?', ['The marina covers 3 hectares.'])).toBe(false);
  });

  it('leaves other questions, "how much longer" and "how much progress", alone', () => {
    expect(omitsAmountAsked('when are the mooring fees set?', plans)).toBe(false);
    expect(omitsAmountAsked('how much longer will the dredging take?', plans)).toBe(false);
    expect(omitsAmountAsked('how much progress has the mooring review made?', plans)).toBe(false);
    expect(omitsAmountAsked('how much support did the mooring review get?', plans)).toBe(false);
  });

  it('asked what a thing cost in the end, finds a sum only offered or planned no answer', () => {
    const asked = 'how much did the Tollbury lychgate repair cost in the end?';
    const offered = ['To accept a diocesan grant of £18,500 for the Tollbury lychgate and to add £3,000 from reserves'];
    expect(omitsAmountAsked(asked, offered)).toBe(true);
    expect(omitsAmountAsked('how much will the Tollbury lychgate repair cost?', offered)).toBe(false);
    expect(omitsAmountAsked(asked, ['The lychgate repair was completed and cost £21,340 in total.'])).toBe(false);
    expect(omitsAmountAsked('what was the final cost of the lychgate repair', ['Final account: £21,340'])).toBe(false);
  });
  it('reads a sum asked by name with a word before it ("how much wage subsidy", "what running cost for")', () => {
    const talk = [
      'The minister said the scheme was open to as many firms in Dunmarrow as possible and officials were in touch.',
    ];
    expect(omitsAmountAsked('How much harbour subsidy did the minister say the ferry firm had received?', talk)).toBe(
      true,
    );
    expect(omitsAmountAsked('What running cost for the Pellow ferry did the minister give?', talk)).toBe(true);
    expect(omitsAmountAsked("what's the total capital cost of the Pellow quay works?", talk)).toBe(true);
    const paid = ['The ferry firm had received £1.2m of harbour subsidy, running at £40,000 a month.'];
    expect(omitsAmountAsked('How much harbour subsidy did the minister say the ferry firm had received?', paid)).toBe(
      false,
    );
    expect(omitsAmountAsked('What running cost for the Pellow ferry did the minister give?', paid)).toBe(false);
    expect(omitsAmountAsked('what cost pressures did the ferry firm report?', talk)).toBe(false);
  });
  it('reads "what price per tonne did … pay" as asking for a sum', () => {
    const tonnes = ['This report reviews the winter of 2031/32, when 42 gritters spread 31,000 tonnes of salt.'];
    expect(omitsAmountAsked('what price per tonne did the county pay for road salt in 2031/32?', tonnes)).toBe(true);
    const priced = ['Road salt was bought at £62.40 per tonne in 2031/32.'];
    expect(omitsAmountAsked('what price per tonne did the county pay for road salt in 2031/32?', priced)).toBe(false);
  });

  it('takes a sum received ("has been allocated £…", "a grant of £…") as telling no cost', () => {
    const q = "what's the total capital cost of the Pellow quay works?";
    expect(
      omitsAmountAsked(q, ['Pellow has been allocated £2,310,500; the quay works carry capital costs up front.']),
    ).toBe(true);
    expect(omitsAmountAsked(q, ['The board accepted a grant of £400,000 towards the quay works.'])).toBe(true);
    expect(omitsAmountAsked(q, ['The quay works will cost £3.1m, of which £400,000 is grant funded.'])).toBe(false);
  });

  it('finds a sum paid back or spent, named by a word of its own, answered without one', () => {
    const said = ['She said that people must contact the benefits office to check whether they owed anything.'];
    expect(omitsAmountAsked('How much FLEXPAY had been paid back by people who returned to work?', said)).toBe(true);
    expect(
      omitsAmountAsked('How much FLEXPAY had been paid back?', ['She said that £1.2 billion had been repaid.']),
    ).toBe(false);
    // A degree asked ("how much progress has been made") is still left to the usual checks.
    expect(omitsAmountAsked('how much progress has been made on the harbour wall?', said)).toBe(false);
  });

  it('finds "what did … cost" answered without a sum', () => {
    const praise = ['He said that the Lido Challenge schools had made real, sustained progress after the programme.'];
    expect(omitsAmountAsked('What did the inspector say the Lido Challenge programme cost?', praise)).toBe(true);
    const cost = ['He said that the Lido Challenge programme cost £40 million over three years.'];
    expect(omitsAmountAsked('What did the inspector say the Lido Challenge programme cost?', cost)).toBe(false);
    // Asked what was said about the cost, words answer it.
    expect(omitsAmountAsked('What did the inspector say about the cost?', praise)).toBe(false);
    // A cost asked of a plan may be answered by there being no such plan.
    const none = ['He said that there was no Lido Challenge plan.'];
    expect(omitsAmountAsked('What would the Lido Challenge plan cost?', none)).toBe(false);
  });
});
