import { describe, expect, it } from 'vitest';
import { omitsCountAsked, omitsCountSaid, omitsFigureSaid } from './count-not-given.js';

describe('omitsCountAsked', () => {
  const asked = [
    'Members asked what play provision was open in the valley and how many wardens were also trained as lifeguards.',
  ];
  const talk = [
    'He raised the issue of quad bikes on the towpath and added that wardens were needed and penalty notices.',
  ];

  it('finds "how many" answered by lines that print no number', () => {
    expect(omitsCountAsked('How many wardens are trained as lifeguards?', asked)).toBe(true);
    expect(omitsCountAsked('what number of wardens are lifeguards', asked)).toBe(true);
    expect(omitsCountAsked('how many penalty notices were given out on the towpath?', talk)).toBe(true);
  });

  it('reads "how many" inside a who-question as what was asked about, not a count asked', () => {
    const put = ['The Chair asked if there would be more than 20 wardens on the towpath.'];
    expect(omitsCountAsked('who asked how many wardens there would be?', put)).toBe(false);
    expect(omitsCountAsked('who decides how many wardens patrol the towpath?', put)).toBe(false);
    // A count joined to the who-question is asked as well.
    expect(omitsCountAsked('who patrols the towpath and how many wardens are there?', talk)).toBe(true);
  });

  it('finds "how many" answered by lines whose only digits are a day, a year or a clock time', () => {
    const dated = ['Lido survey with the wardens · Workshop scheduled for 14 th March 2031 at 10:00.'];
    expect(omitsCountAsked('how many replies did the lido survey get', dated)).toBe(true);
    expect(omitsCountAsked('how many replies did the lido survey get', ['The lido survey ran in 2030/31.'])).toBe(true);
    expect(omitsCountAsked('how many replies?', ['The lido survey of 3 May 2031 drew 212 replies.'])).toBe(false);
    const week = ['The wardens would run Lido Week between the 9 and 15 June 2031.'];
    expect(omitsCountAsked('how many inspections did the wardens carry out', week)).toBe(true);
    expect(omitsCountAsked('how many inspections?', ['Lido Week, 9th to 15th June, saw 31 inspections.'])).toBe(false);
  });

  it('reads an age as no count', () => {
    const defined = [
      'A care leaver is a young person aged 16-25 who was looked after since they were 14 years old and on their 16th birthday.',
    ];
    expect(omitsCountAsked('how many care leavers did the peer team interview?', defined, ['care', 'leaver'])).toBe(
      true,
    );
    const told = ['The peer team met 23 care leavers aged 18 to 21 years old.'];
    expect(omitsCountAsked('how many care leavers did the peer team interview?', told, ['care', 'leaver'])).toBe(false);
    const many = ['Some 40 young people aged 16-25 had left care.'];
    expect(omitsCountAsked('how many young people had left care', many, ['young', 'people'])).toBe(false);
  });

  it('reads a share "of those" things as counting the thing after it', () => {
    const concerns = [
      'There had been 3,963 lido complaints received by the trust in 2031/32. 588 of those complaints progressed to a formal review.',
    ];
    expect(omitsCountAsked('how many inspections did the lido trust carry out in 2031/32', concerns, ['inspect'])).toBe(
      true,
    );
    expect(omitsCountAsked('how many complaints did the lido trust receive', concerns, ['complaint'])).toBe(false);
    // A figure that counts nothing printed may be the count asked, told without its noun.
    const bare = ['The lido trust received 3,963 in 2031/32, and 588 of those went on to a formal review.'];
    expect(omitsCountAsked('how many inspections did the lido trust carry out', bare, ['inspect'])).toBe(false);
  });

  it('finds "how many" answered by lines whose only digits number the line or name a section', () => {
    const resolved = ['3) Request that details of the Lantern Festival 2031 be shared with the harbour board.'];
    expect(omitsCountAsked('how many stalls signed up for the lantern festival', resolved)).toBe(true);
    const audit = ['Harbour users must fill in a Section 212 Return on their moorings.'];
    expect(omitsCountAsked('how many moorings returns came back', audit)).toBe(true);
    expect(omitsCountAsked('how many returns came back', ['Some 212 returns came back on the moorings.'])).toBe(false);
  });

  it('accepts a count in figures or words, a share, a sum, people, and none at all', () => {
    expect(omitsCountAsked('How many wardens are lifeguards?', ['Fourteen wardens held the lifeguard award.'])).toBe(
      false,
    );
    expect(omitsCountAsked('How many wardens are lifeguards?', ['Of the wardens, 40% were lifeguards.'])).toBe(false);
    expect(omitsCountAsked('How many objections were there?', ['There were no objections to the lido.'])).toBe(false);
    expect(omitsCountAsked('how many penalty notices?', ['Wardens issued 14 penalty notices in May.'])).toBe(false);
    expect(omitsCountAsked('how many loans?', ['Loans of £1.2m were approved.'])).toBe(false);
    expect(omitsCountAsked('how many sent apologies?', ['Apologies were received from Cllr P Amberley.'])).toBe(false);
    expect(omitsCountAsked('how many voted against?', ['The motion was carried unanimously.'])).toBe(false);
  });

  it('reads a year, a lone presenter and "there is a possibility" as no count', () => {
    const presented = [
      'Ms. Wenna Trask presented the Harbour Safety Strategy 2031-2040 and the targets for the quays.',
    ];
    expect(omitsCountAsked('how many boats sank off the quays in 2030?', presented)).toBe(true);
    const maybe = ['There is a possibility of applying for free buoys under a scheme run by the Sea Trust.'];
    expect(omitsCountAsked('how many buoys did the sea trust send?', maybe)).toBe(true);
    expect(omitsCountAsked('how many spoke?', ['Cllr Ames and Cllr Bose spoke on the quays.'])).toBe(false);
  });

  it('asked for a unit, wants a figure in it', () => {
    const lines = ['There had been one flood in the last three weeks, on Quay Lane.', 'No further issues arose.'];
    expect(omitsCountAsked('how many minutes did the pumps take to arrive at quay lane?', lines)).toBe(true);
    expect(omitsCountAsked('how many weeks since the last flood?', lines)).toBe(false);
    expect(omitsCountAsked('how many metres of wall?', ['Works include 40 m of wall.'])).toBe(false);
    expect(omitsCountAsked('how many miles did the gang clock?', ['They took over two million miles off.'])).toBe(
      false,
    );
  });

  it('asked for votes, wants a figure or unanimity, not the mover', () => {
    const moved = ['Cllr Mrs Ames proposed Cllr Bose, seconded by Cllr Cole.', 'It was agreed Cllr Bose be treasurer.'];
    expect(omitsCountAsked('how many councillors voted for cllr bose as treasurer?', moved)).toBe(true);
    expect(omitsCountAsked('how many votes did the treasurer motion get?', ['3 votes for, 1 against. Carried.'])).toBe(
      false,
    );
  });

  it('refuses lines that print the thing counted but put their numbers on something else', () => {
    const turnout = [
      'The youth forum elections saw 14,210 young people voting, over 900 more than last year. In March over 60 young people, including new delegates, met at the lido.',
    ];
    expect(omitsCountAsked('how many youth forum delegates were elected?', turnout, ['youth', 'forum', 'deleg'])).toBe(
      true,
    );
    const listed = ['Of the 30 Key Service Measures (KSMs) reported, 12 met target.'];
    expect(omitsCountAsked('how many KSMs met target?', listed, ['ksm'])).toBe(false);
    const counted = ['There are currently 1500+ volunteer wardens on the heath.'];
    expect(omitsCountAsked('how many volunteer wardens are there?', counted, ['volunt', 'warden'])).toBe(false);
    // A bare figure after the thing may be its count; a sentence without the thing may name it otherwise.
    const after = ['Lifeguards with a beach award rose during the year, with 212 at the end of May compared to 190.'];
    expect(omitsCountAsked('how many lifeguards had a beach award?', after, ['lifeguard'])).toBe(false);
    const initials = ['4 HSRs had been held since 2009. A review of all earlier HSRs was also carried out.'];
    expect(
      omitsCountAsked('how many harbour safety reviews were held?', initials, ['harbor', 'safeti', 'review']),
    ).toBe(false);
    // A rough figure that reads like a year still counts.
    const rough = ['He cited 12 residents on the lane, however, 2000 approx. walkers are affected by the crossing.'];
    expect(omitsCountAsked('how many walkers are affected by the crossing?', rough, ['walker'])).toBe(false);
    // Nor printed nor counted, where every figure counts something the lines do name: another thing's count.
    const kiosk = [
      'The application sought to replace the timber kiosk at the lido with a glazed café seating 40 people.',
    ];
    expect(omitsCountAsked('how many objections were made to the lido kiosk?', kiosk, ['object'])).toBe(true);
    const response = [
      'The average response time to house fires was 8 minutes 40 seconds, against a standard of 10 minutes.',
    ];
    expect(omitsCountAsked('how many engines are based at the station?', response, ['engin'])).toBe(true);
    // Counts written in words count things too, "a dozen more" what the count before it counted.
    const canopies = [
      'The officer reported that three schools had signed up to the canopy pilot and that a dozen more had asked for a survey.',
    ];
    expect(omitsCountAsked('how many objections were made to the canopy pilot?', canopies, ['object'])).toBe(true);
    expect(omitsCountAsked('how many schools signed up to the canopy pilot?', canopies, ['school'])).toBe(false);
    // "Three weekly" says how often, counting nothing: not a count of another thing.
    const trial = ['The trial of three weekly collections ran in two wards.'];
    expect(omitsCountAsked('how many complaints did the trial draw?', trial, ['complaint'])).toBe(false);
    // People and homes are counted under many names: a figure of residents may be the count of people asked.
    const residents = ['Some 45 residents attended the drop-in session on the kiosk.'];
    expect(omitsCountAsked('how many people came to the drop-in?', residents, ['peopl'])).toBe(false);
    const kept = ['The team kept over 200 children in school.'];
    expect(omitsCountAsked('how many kids did the team keep in school?', kept, ['kid'])).toBe(false);
    const launch = ['The regional launch was attended by 60 safeguarding professionals and leaders.'];
    expect(omitsCountAsked('how many people came to the regional launch?', launch, ['peopl'])).toBe(false);
    const built = ['Erection of 146 dwellings in buildings of up to seven storeys.'];
    expect(omitsCountAsked('how many homes will the gasworks scheme build?', built, ['home'])).toBe(false);
    // The thing not printed at all may be said in other words ("arrivals" for "visitors"): left to the other checks.
    const arrivals = ['Arrivals at the ferry port fell to 1,212 in 2029.'];
    expect(omitsCountAsked('how many visitors came through the ferry port?', arrivals, ['visitor'])).toBe(false);
  });

  it('finds a vote count asked by name answered by a decision that records no vote', () => {
    const resolved = [
      'RESOLVED that Cabinet agree to move the 16-19 ferry service to the Harbour Directorate from 1 April 2031.',
    ];
    expect(omitsCountAsked('what was the vote count when cabinet agreed the 16-19 ferry move', resolved)).toBe(true);
    expect(omitsCountAsked('what was the vote tally on the ferry move?', resolved)).toBe(true);
    const counted = ['The motion was carried with 7 in favour, 2 against and 1 abstention.'];
    expect(omitsCountAsked('what was the vote count on the ferry move?', counted)).toBe(false);
    expect(omitsCountAsked('what was the vote count?', ['Votes: For: 9, Against: 3.'])).toBe(false);
    expect(omitsCountAsked('what was the vote count?', ['The motion was carried unanimously.'])).toBe(false);
    expect(omitsCountAsked('what was the vote count?', ['Voting: For refusal 5, Against 2.'])).toBe(false);
    expect(omitsCountAsked('what was the vote count?', ['Motion carried 7-0.'])).toBe(false);
  });

  it('reads no count in a figure inside a question a member put', () => {
    const put = [
      'The Chair asked if there will be more than 20 ferry berths and if the harbour is included in the scheme.',
    ];
    expect(omitsCountAsked('how many ferry berths will the operator provide?', put)).toBe(true);
    const told = ['The Chair asked if berths were planned. The officer said 20 ferry berths would be provided.'];
    expect(omitsCountAsked('how many ferry berths will the operator provide?', told)).toBe(false);
  });

  it('reads no count in a house number', () => {
    expect(omitsCountAsked('how many potholes were filled last year?', ['2 Harbour Street'])).toBe(true);
    expect(omitsCountAsked('how many potholes were filled?', ['Crews at 2 Harbour Street filled 40 potholes.'])).toBe(
      false,
    );
  });

  it('leaves other questions alone', () => {
    expect(omitsCountAsked('Are wardens trained as lifeguards?', asked)).toBe(false);
    expect(omitsCountAsked('Has the number of wardens gone up?', asked)).toBe(false);
    expect(omitsCountAsked('what was said about penalty notices?', talk)).toBe(false);
  });
});

describe('omitsCountSaid', () => {
  it('reads a count said in words as no count of another thing: the speaker may have put the count so', () => {
    const talk = ['He said the trial of two weekly collections ran in three wards from March to August.'];
    expect(omitsCountSaid('How many complaints did the trial draw?', talk, ['complaint'])).toBe(false);
  });

  const talk = [
    'Orla Quent said that both the harbour trust and the ferry board had worked on all the moorings this year.',
    'Orla Quent said that each of the pontoons was busy and no berth was left unused.',
  ];

  it('finds "how many" answered by talk whose "both", "all", "each" and "no" count nothing', () => {
    expect(omitsCountAsked('How many moorings were let this year?', talk)).toBe(false);
    expect(omitsCountSaid('How many moorings were let this year?', talk)).toBe(true);
  });

  it('accepts a figure in digits or words', () => {
    expect(omitsCountSaid('How many moorings were let?', [...talk, 'She said that 212 moorings were let.'])).toBe(
      false,
    );
    expect(omitsCountSaid('How many moorings were let?', ['She said that forty moorings were let.'])).toBe(false);
    expect(omitsCountSaid('How many moorings were let?', ['She said that a third of the moorings were let.'])).toBe(
      false,
    );
  });

  it('keeps a count asked in the sitting and left unanswered: that exchange is what the sitting holds', () => {
    const put = 'Tegan Morrow asked: “Can the minister tell us how many moorings are still waiting for a licence?”';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [put, ...talk])).toBe(false);
    const pressed = 'Tegan Morrow said that the minister could not tell them the number of moorings still waiting.';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [pressed, ...talk])).toBe(false);
    const many = 'Tegan Morrow said that a large number of boat owners had worked on the moorings.';
    expect(omitsCountSaid('How many moorings are waiting for a licence?', [many, ...talk])).toBe(true);
  });

  it('reads no count in a year, a span of time or a sum said beside the topic', () => {
    const founded = 'Lior Branwen said that the lantern trust was set up in 2016 to look after the moorings.';
    expect(omitsCountSaid('How many moorings has the lantern trust repaired?', [founded])).toBe(true);
    const spans = 'Lior Branwen said that repairs took between 18 months and two years, and began three weeks ago.';
    expect(omitsCountSaid('How many moorings has the lantern trust repaired?', [spans])).toBe(true);
    const paid = 'Lior Branwen said that the ferry board announced $310 million for harbours hit by COVID-19.';
    expect(omitsCountSaid('How many moorings has the lantern trust repaired?', [paid])).toBe(true);
    const told = 'Lior Branwen said that 41 moorings were repaired in the 18 months after 2016.';
    expect(omitsCountSaid('How many moorings has the lantern trust repaired?', [spans, told])).toBe(false);
    expect(omitsCountSaid('How many weeks did the mooring repairs take?', [spans])).toBe(false);
  });

  it('reads no count in figures said of other things, in talk never naming what is counted', () => {
    const others = ['Lior Branwen said that 63 ferries and 12 tugs had been refitted at the yard.'];
    expect(omitsCountSaid('How many moorings were refitted?', others, ['moor'])).toBe(true);
    const named = ['Lior Branwen said that 63 ferries were refitted, and the moorings were left as they were.'];
    expect(omitsCountSaid('How many moorings were refitted?', named, ['moor'])).toBe(false);
    const shares = ['Lior Branwen said that use of the yard went up from forty percent to 52 percent this year.'];
    expect(omitsCountSaid('How many moorings were refitted?', shares, ['moor'])).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(omitsCountSaid('What did the harbour master say about moorings?', talk)).toBe(false);
  });
});

describe('omitsFigureSaid', () => {
  const answer = [
    '- Orla Quent said that both the harbour trust and the ferry board had worked on all the moorings. [1]',
    '- Tegan Morrow said that the moorings were busy all summer. [2]',
  ].join('\n');

  it('reads a spoken answer without its citation markers, whose numbers are no figure', () => {
    expect(omitsFigureSaid('How many moorings were let this summer?', answer)).toBe(true);
    expect(omitsFigureSaid('How much did the moorings earn this summer?', answer)).toBe(true);
    expect(omitsFigureSaid('What did the harbour trust say about the moorings?', answer)).toBe(false);
  });

  it('accepts a sum or a count said', () => {
    const paid = `${answer}\n- Orla Quent said that the moorings earned £14,000 and 212 were let. [1]`;
    expect(omitsFigureSaid('How much did the moorings earn this summer?', paid)).toBe(false);
    expect(omitsFigureSaid('How many moorings were let this summer?', paid)).toBe(false);
  });
});
