import { describe, expect, it } from 'vitest';
import { isProcedure, kindBonus, shownKinds, wantedKinds } from './answer-kinds.js';

describe('wantedKinds', () => {
  it('reads "how is X being paid for" as asking for the money that pays for it', () => {
    expect(wantedKinds('how is the slipway repair being paid for?').has('amount')).toBe(true);
    expect(wantedKinds('how was the new quay funded?').has('amount')).toBe(true);
    expect(wantedKinds('how is the quay used?').has('amount')).toBe(false);
  });

  it('reads the most or least a body will pay as asking for an amount', () => {
    expect(
      wantedKinds('what is the most Marlin County will pay toward the warming shelter each year?').has('amount'),
    ).toBe(true);
    expect(wantedKinds('which ward had the most potholes repaired?').has('amount')).toBe(false);
  });

  it('reads what a question asks for from its wording', () => {
    expect([...wantedKinds('Who moved the motion on the skate park?')]).toContain('person');
    expect([...wantedKinds('How much did the parish spend on grit bins?')]).toContain('amount');
    expect([...wantedKinds('How many objections were received?')]).toContain('count');
    expect([...wantedKinds('What share of allotment plots lie empty?')]).toContain('amount');
    expect([...wantedKinds('What figures did the warden give for plots let?')]).toContain('amount');
    expect([...wantedKinds('What footfall figures were reported for the market?')]).toContain('amount');
    expect([...wantedKinds("When's the next board of selectmen meeting?")]).toContain('time');
    expect([...wantedKinds('Did the council adopt the tree policy?')]).toContain('outcome');
    expect([...wantedKinds('Which contractor did they go with for the roof?')]).toContain('outcome');
    expect([...wantedKinds('Why did Cllr Ó Briain object to the levy?')]).toContain('argument');
    expect([...wantedKinds('Who was in the chair, and were there apologies?')]).toContain('attendance');
    // The holder of a meeting's office is printed in its attendance list.
    expect([...wantedKinds('Who is the clerk to Hollins Green parish meeting?')]).toContain('attendance');
    // Who stayed away is printed on the meeting's apologies line.
    expect([...wantedKinds('Which trustee missed the last Ormsby Hall meeting?')]).toContain('attendance');
    // Who was at a sitting for one item is printed on the item's own attendance line.
    expect([...wantedKinds('Which finance officers were at the board for the budget item?')]).toContain('attendance');
    expect([...wantedKinds('How did the reserve balance change over the year?')]).toContain('change');
    expect([...wantedKinds('What was said about parking at both meetings?')]).toContain('change');
  });

  it('reads a question about the votes cast as asking for the count, and sees the count in a line', () => {
    expect(wantedKinds('what was the vote on the Quenby Mill conversion?').has('tally')).toBe(true);
    expect(wantedKinds('how many votes did each treasurer candidate win?').has('tally')).toBe(true);
    expect(wantedKinds('did the parish vote to buy the orchard?').has('tally')).toBe(false);
    expect(shownKinds('(Voting: 7 for approval, 3 against)').has('tally')).toBe(true);
    expect(shownKinds('The amendment was carried by 6 votes to 5.').has('tally')).toBe(true);
    expect(shownKinds('Ayes: Pellow, Ruddock. Nays: Strand.').has('tally')).toBe(true);
    expect(shownKinds('Nia Corran received 9 votes and Olu Dent 4.').has('tally')).toBe(true);
    expect(shownKinds('That the orchard be bought for £9,000.').has('tally')).toBe(false);
  });

  it('reads "who voted against" as asking how members divided, which a division side naming them shows', () => {
    expect(wantedKinds('who voted against the reed bed planting at Saltmarsh Point?').has('tally')).toBe(true);
    const side = shownKinds('Against: Deputy Chair R Ollerenshaw, Member T Quayle');
    expect(side.has('person') && side.has('tally')).toBe(true);
    expect(shownKinds('Abstained: Nil').has('person')).toBe(false);
    expect(shownKinds('For: 6').has('person')).toBe(false);
  });

  it('reads what someone recommended as asked, and tells a recommendation stated from one departed from', () => {
    expect(wantedKinds('what did the wardens recommend for the Pellow Down orchard?').has('recommendation')).toBe(true);
    expect(wantedKinds('was the Pellow Down orchard approved?').has('recommendation')).toBe(false);
    expect(shownKinds('The officer recommendation was to approve the barn conversion.').has('recommendation')).toBe(
      true,
    );
    expect(shownKinds('Officers recommended that the lease run for ten years.').has('recommendation')).toBe(true);
    expect(
      shownKinds('RESOLVED: That permission be refused, contrary to the officer recommendation.').has('recommendation'),
    ).toBe(false);
  });

  it('reads attendance the council measures as a topic, and meeting attendance as attendance', () => {
    expect(wantedKinds('How has school attendance changed in Tarnby?')).toEqual(new Set(['change']));
    expect(wantedKinds('What was the autumn term attendance for year nine?').has('attendance')).toBe(false);
    expect(wantedKinds('Were the library attendance figures up?').has('attendance')).toBe(false);
    expect(wantedKinds('Who attended the school governors meeting?').has('attendance')).toBe(true);
    expect(wantedKinds('Was there good attendance at the meeting on the bypass?').has('attendance')).toBe(true);
  });

  it('reads which supplier or contractor was asked for as the outcome of the decision that chose it', () => {
    expect(wantedKinds('which supplier will provide the new climbing frame?').has('outcome')).toBe(true);
    expect(wantedKinds('Which contractor was chosen to replace the bus shelter?').has('outcome')).toBe(true);
    expect(wantedKinds('which company ran the car sharing pilot with the council?').has('outcome')).toBe(false);
    expect(
      shownKinds('RESOLVED – That the quote of £14,950 from Rookwood Play be accepted for a steel climbing frame.').has(
        'outcome',
      ),
    ).toBe(true);
    expect(shownKinds('Two suppliers had quoted for a replacement.').has('outcome')).toBe(false);
  });

  it('reads a step a decision or the works took as asking for the outcome, not the discussion before it', () => {
    expect(wantedKinds('who did the harbour board lease the boathouse to?').has('outcome')).toBe(true);
    expect(wantedKinds('what fees were set for the new market stalls?').has('outcome')).toBe(true);
    expect(wantedKinds('has the footbridge railing been repaired yet?').has('outcome')).toBe(true);
    expect(wantedKinds('how much was set aside for the play area?').has('outcome')).toBe(false);
    expect(wantedKinds('what date did the clerk set for the pool to reopen?').has('outcome')).toBe(false);
    expect(wantedKinds('what did the trustees say about the minibus grant for the youth club?').has('outcome')).toBe(
      false,
    );
    expect(wantedKinds('did anyone declare an interest in the boathouse lease?').has('outcome')).toBe(false);
    expect(wantedKinds('how big was the council housing repairs backlog?').has('outcome')).toBe(false);
    expect(wantedKinds('what did residents say about the replacement bridge?').has('outcome')).toBe(false);
  });

  it('asks for nothing in particular when the wording names no kind', () => {
    expect(wantedKinds('Tell me about the allotments').size).toBe(0);
    expect(wantedKinds('What checks were carried out on the play equipment?').has('outcome')).toBe(false);
  });
});

describe('shownKinds', () => {
  it('reads an age asked for and an age printed, not a count or a year', () => {
    expect(wantedKinds('at what age do pupils sit the test?').has('age')).toBe(true);
    expect(wantedKinds('how old is the leisure centre?').has('age')).toBe(true);
    expect(wantedKinds('what age limit for taxis was set?').has('age')).toBe(false);
    for (const line of [
      'perpetrators aged 16 and above',
      'between the ages of 18-25 years',
      'a care leaver was 16-25 years old',
      'more 2-year-olds took up a place',
      'classes for under 5s',
      'a discount for over-65s',
      'in care on their 16th birthday',
      'at 16, young people gain legal rights',
    ])
      expect(shownKinds(line).has('age')).toBe(true);
    for (const line of ['at 16 schools', 'the 2018 policy', 'a 5-year plan', 'over 20 sites'])
      expect(shownKinds(line).has('age')).toBe(false);
  });

  it('reads the same line again for each question: a date answers when unless that question names it', () => {
    const line = 'The orchard survey closes on 17 October 2031.';
    const naming = (iso: string) => iso === '2031-10-17';
    expect(shownKinds(line).has('time')).toBe(true);
    expect(shownKinds(line, naming).has('time')).toBe(false);
    const shown = shownKinds(line);
    shown.delete('time');
    expect(shownKinds(line).has('time')).toBe(true);
  });

  it('reads an agenda\'s "Ask for:" and a "Contact:" line as naming whom to contact', () => {
    expect(
      shownKinds('Tuesday, 9th June, 2026, at 2.00 pm Ask for: Imogen Tarrant Committee Room 3').has('author'),
    ).toBe(true);
    expect(shownKinds('Contact: Owain Pritchard, Parks Manager').has('author')).toBe(true);
    expect(wantedKinds('who do I contact about the parks review report?').has('author')).toBe(true);
  });

  it('reads how far a count moved ("a rise of 64", "down by 12") as a count', () => {
    expect(shownKinds('This is a rise of 64 (8.5%) on the year before.').has('count')).toBe(true);
    expect(shownKinds('Waiting cases were down by 12 on the quarter.').has('count')).toBe(true);
    expect(shownKinds('This is a rise of 8.5% on the year before.').has('count')).toBe(false);
  });

  it('reads a month or season of a year something is due by as saying when', () => {
    expect(shownKinds('The plan would be finished by June 2031 and then put to the board.').has('time')).toBe(true);
    expect(shownKinds('Harbours must send full proposals by Spring 2032.').has('time')).toBe(true);
    expect(shownKinds('Harbours have sent full proposals.').has('time')).toBe(false);
    expect(wantedKinds('what is the timetable for the harbour proposals?').has('time')).toBe(true);
  });

  it("reads a decision notice's reasons field as a reason", () => {
    expect(
      shownKinds('Reasons for the decision: Hire costs rose sharply and a framework caps them.').has('reason'),
    ).toBe(true);
    expect(shownKinds('Reasons for the decision:').has('reason')).toBe(false);
  });

  it('sees people listed by their full names after "were", without titles', () => {
    expect(shownKinds('The assessors were Ana Ruiz and Tomas Hale-Brook.').has('person')).toBe(true);
    expect(shownKinds('The assessors were thorough and quick.').has('person')).toBe(false);
  });

  it('reads a day whose ordinal stands apart from it as a date, not a count', () => {
    expect(shownKinds('The quay workshop is set for 14 th March 2031.').has('count')).toBe(false);
    expect(shownKinds('The quay workshop drew 14 skippers.').has('count')).toBe(true);
  });

  it('counts number words joined by a hyphen', () => {
    expect(shownKinds('The wardens ran twenty-seven patrols along the quay.').has('count')).toBe(true);
    expect(shownKinds('Over six-hundred visitors came to the lighthouse.').has('count')).toBe(true);
  });

  it('reads spelled-out sums, percentages and shares as amounts', () => {
    const amount = (text: string) => shownKinds(text).has('amount');
    expect(amount('The kiln repairs came to about eleven hundred pounds in the end.')).toBe(true);
    expect(amount('We were promised two and a half million for the harbour wall.')).toBe(true);
    expect(amount('Roughly half a million went on the ferry ramp.')).toBe(true);
    expect(amount('The dredging ran over by one point four million pounds.')).toBe(true);
    expect(amount('Around sixty per cent of the stallholders renewed.')).toBe(true);
    expect(amount('A third of households on the marsh have no bus.')).toBe(true);
    expect(amount('One in five tenants at Gorsey Lane is behind on rent.')).toBe(true);
    expect(amount('Two hundred euros a pitch is what the traders pay.')).toBe(true);
    expect(amount('Everyone agreed the ferry ramp needs work.')).toBe(false);
    expect(amount('One of the traders asked about pitches.')).toBe(false);
  });

  it('counts spelled-out teens, thousands and dozens', () => {
    expect(shownKinds('Thirteen advisors staff the dune desk.').has('count')).toBe(true);
    expect(shownKinds('Some three thousand visitors walked the causeway.').has('count')).toBe(true);
    expect(shownKinds('A dozen complaints reached the harbourmaster.').has('count')).toBe(true);
  });

  it('reads an office printed over its holder as naming who holds it', () => {
    const shown = shownKinds('Scrutiny Advisor: Mara Quist');
    expect(shown.has('person') && shown.has('attendance')).toBe(true);
    expect(shownKinds('Vice-Chair: Cllr Jonas Pell').has('person')).toBe(true);
    expect(shownKinds('Accountable Officer(s): Mara Quist, Head of Moorings').has('person')).toBe(true);
    expect(shownKinds('Officer comment: Members noted the report.').has('person')).toBe(false);
  });

  it('sees names, amounts, times and outcomes in council wording', () => {
    expect(shownKinds('Those Attending: Cllr P Amery (Chairman), Mr T Ruddle (Clerk)').has('attendance')).toBe(true);
    expect(shownKinds('PRESENT: Councillor M. Byrne (Cathaoirleach), Councillors Ryan and Walsh')).toEqual(
      new Set(['person', 'attendance']),
    );
    expect(shownKinds('The total cost is estimated at €45,000.').has('amount')).toBe(true);
    expect(shownKinds('Motion by Councilmember Lee, seconded by Councilmember Park. Motion carried 5-2.')).toEqual(
      new Set(['person', 'outcome', 'tally']),
    );
    expect(shownKinds('The workshop will be held on Friday at 9.30am.').has('time')).toBe(true);
    expect(shownKinds('Some 240 households responded to the survey.').has('count')).toBe(true);
    expect(shownKinds('1,204 objections were received in 2022-2023.').has('count')).toBe(true);
    expect(shownKinds('Tree surveys were carried out along the towpath.').has('outcome')).toBe(false);
  });

  it('sees a cause or a consequence as a reason, and an officer named by post as a person', () => {
    expect(wantedKinds('Why is the depot shut on Sundays?').has('reason')).toBe(true);
    expect(
      shownKinds('If the depot opened on Sundays the overtime bill would have to rise by a third.').has('reason'),
    ).toBe(true);
    expect(shownKinds('The depot opens on weekdays only.').has('reason')).toBe(false);
    expect(shownKinds('That consent be refused on the grounds of noise from the extraction flue.').has('reason')).toBe(
      true,
    );
    expect(shownKinds('Responses are to be agreed by the Corporate Director of Growth.').has('person')).toBe(true);
    expect(shownKinds('Responses are to be agreed by the growth team.').has('person')).toBe(false);
    expect(shownKinds('The rota group was led by the Interim Head of Harbours.').has('person')).toBe(true);
  });

  it('takes two initials and a surname for a person, but not an article or an acronym before a capital', () => {
    expect(shownKinds('R T Penhallow requesting a new bench for the quay').has('person')).toBe(true);
    expect(shownKinds('Letter from J. K. Dunmore about the towpath').has('person')).toBe(true);
    expect(shownKinds('A New Bench for the quay was discussed').has('person')).toBe(false);
    expect(shownKinds('The UK Government grant for the quay was discussed').has('person')).toBe(false);
  });

  it('counts a figure printed with a plus, and not an age', () => {
    expect(shownKinds('There are now 3000+ volunteer wardens on the rota.').has('count')).toBe(true);
    expect(shownKinds('Wardens support walkers from age 16 up until their final season.').has('count')).toBe(false);
    expect(shownKinds('The scheme is open to anyone aged 19 or over who lives nearby.').has('count')).toBe(false);
  });

  it('does not count a number that names a section, a page, a minute or a stage', () => {
    expect(shownKinds('Every marina must return a Section 212 Return on mooring safety.').has('count')).toBe(false);
    expect(shownKinds('Skippers raised the tide tables (page 41) and Minute No. 63.').has('count')).toBe(false);
    expect(shownKinds('Only 4 year 9 pupils joined the sailing club.').has('count')).toBe(true);
    expect(shownKinds('The marina completed 6 dredging surveys.').has('count')).toBe(true);
  });

  it('does not take a paragraph number, a year or an age range for an amount', () => {
    const shown = shownKinds('5.1 The 18-25 service moves to the adult directorate in 2025.');
    expect(shown.has('amount')).toBe(false);
    expect(shown.has('count')).toBe(false);
  });

  it('does not take the day the question names for the answer to "when"', () => {
    const named = (iso: string) => iso === '2024-03-05';
    expect(shownKinds('At the meeting on 5 March 2024 members discussed parking.', named).has('time')).toBe(false);
    expect(shownKinds('It returns to the committee on 9 April 2024.', named).has('time')).toBe(true);
  });
});

describe('lengths, areas and durations', () => {
  it('reads a question about a length, distance, area or duration', () => {
    expect(wantedKinds('How long a cycle lane is planned for Mill Street?').has('measure')).toBe(true);
    expect(wantedKinds('How far is the new bus stop from the clinic?').has('measure')).toBe(true);
    expect(wantedKinds('What area of woodland will be planted?').has('measure')).toBe(true);
  });

  it('reads "how far through" a plan as asking how much of it is done, not a distance', () => {
    const wanted = wantedKinds('How far through its delivery plan is the harbour strategy?');
    expect(wanted.has('measure')).toBe(false);
    expect(wanted.has('amount')).toBe(true);
    expect(wantedKinds('How far along is the slipway repair?').has('amount')).toBe(true);
  });

  it('sees a number with its unit of length, area or time as the answer', () => {
    expect(shownKinds('Works include resurfacing 120 m of the towpath.').has('measure')).toBe(true);
    expect(shownKinds('The route runs for 3.5km beside the canal.').has('measure')).toBe(true);
    expect(shownKinds('Some four hectares of meadow are to be sown.').has('measure')).toBe(true);
    expect(shownKinds('The closure is expected to last six weeks.').has('measure')).toBe(true);
    expect(shownKinds('Members noted the towpath works on 4 May 2023.').has('measure')).toBe(false);
    const wanted = wantedKinds('How long a cycle lane is planned for Mill Street?');
    expect(kindBonus('A cycle lane of 450 metres is planned along Mill Street.', wanted)).toBeGreaterThan(
      kindBonus('A cycle lane is planned along Mill Street.', wanted),
    );
  });
});

describe('kindBonus', () => {
  it('credits a month alone as saying when, but not a month with its year', () => {
    const wanted = wantedKinds('when are the mooring fees set?');
    expect(kindBonus('The fees would be set at the board meeting in November.', wanted)).toBeGreaterThan(0);
    expect(kindBonus('The fees were last raised in January 2029.', wanted)).toBe(0);
    expect(kindBonus('The fees were discussed at length.', wanted)).toBe(0);
  });

  it('credits a line for each kind asked for that it shows, up to a cap', () => {
    const wanted = wantedKinds('Who chaired the meeting and who was absent?');
    expect(kindBonus('Apologies: Cllr. P. Walsh', wanted)).toBeGreaterThan(0);
    expect(kindBonus('The meeting opened with a prayer.', wanted)).toBe(0);
    expect(kindBonus('Anything', new Set())).toBe(0);
    expect(
      kindBonus('Mr J Smith (Chairman) agreed £5m on 4 May 2024 at 10am', wantedKinds('who, how much, when?')),
    ).toBe(0.6);
  });
});

describe('isProcedure', () => {
  it('recognises the approval of earlier minutes in several styles', () => {
    expect(
      isProcedure('RESOLVED that the minutes of the meeting held on 9 May 2024 be approved as a correct record.'),
    ).toBe(true);
    expect(
      isProcedure('The Minutes of the meeting of 17th October 2023 were proposed by Cllr. Daly and adopted.'),
    ).toBe(true);
    expect(isProcedure('Circulated, copy of draft Minutes of Meeting held on 12th November 2015.')).toBe(true);
    expect(isProcedure('Minutes of the regular meeting of March 3 were approved as presented.')).toBe(true);
  });

  it('leaves decisions on the business itself alone', () => {
    expect(isProcedure('RESOLVED that the Cabinet approve the transfer of the service.')).toBe(false);
    expect(isProcedure('It was agreed to buy a defibrillator for the village hall.')).toBe(false);
  });
});
