import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { intentBonus, isLinkOrTag, isMemberVote, isVoteNames, recordsDecision } from './segment-signals.js';

describe('intentBonus', () => {
  it("asked who could not come, takes the apologies line, not the chair's or those present", () => {
    const analysis = analyzeQuestion("who couldn't make the ferry board on 3 May 2031?", {
      now: new Date('2031-06-01'),
    });
    const line = (text: string) => intentBonus(text, undefined, analysis);
    expect(line('Apologies for absence were received from Councillors Tarrant and Oduya.')).toBe(0.5);
    expect(line('Present:- Councillor Ribeiro (in the Chair); Councillors Hale and Mossop.')).toBe(0);
  });

  it("does not take a paragraph's number for a figure beside the thing counted", () => {
    const analysis = analyzeQuestion('How many play areas were refurbished last year?', {
      now: new Date('2025-06-01'),
    });
    const numbered = intentBonus('3.1 Play areas are inspected by the parks team each month.', undefined, analysis);
    const counted = intentBonus('Last year 14 play areas were refurbished.', undefined, analysis);
    expect(numbered).toBe(0);
    expect(counted).toBeGreaterThan(numbered);
  });

  it('takes a figure printed with a plus beside the thing counted for a count, not a year', () => {
    const analysis = analyzeQuestion('How many volunteer wardens are there on the heath?', {
      now: new Date('2031-06-01'),
    });
    const plus = intentBonus('There are currently 2000+ volunteer wardens on the heath.', undefined, analysis);
    const year = intentBonus('In 2000 volunteer wardens first patrolled the heath.', undefined, analysis);
    expect(plus).toBeGreaterThan(0.6);
    expect(year).toBe(0);
  });

  it('takes a financial year, a season or a quarter for the "when" asked, but not a strategy named by its years', () => {
    const analysis = analyzeQuestion('When will the lifeguard training be run?', { now: new Date('2031-06-01') });
    const period = (text: string) => intentBonus(text, undefined, analysis);
    expect(period('Lifeguard training would be arranged in the 2032/33 financial year.')).toBeGreaterThan(0);
    expect(period('The new pool is due to open by summer 2032.')).toBeGreaterThan(0);
    expect(period('Lifeguard numbers are set out in the Leisure Strategy 2030-2035.')).toBe(0);
    expect(period('In 2029-2030 only 4 lifeguards left the service.')).toBe(0);
  });

  it('takes a sitting held online for the place asked', () => {
    const analysis = analyzeQuestion('Where is the harbour users forum being held?', { now: new Date('2031-06-01') });
    const place = (text: string) => intentBonus(text, undefined, analysis);
    expect(place('The forum would take place virtually over Microsoft Teams.')).toBeGreaterThan(0);
    expect(place('The forum would be held via Zoom on 3 March.')).toBeGreaterThan(0);
    expect(place('The forum would take place on Tuesday.')).toBe(0);
  });
});

describe('isVoteNames', () => {
  it('reads the names of a vote, also a roll call printed on one line', () => {
    expect(isVoteNames('Against: Cr Ohlsen')).toBe(true);
    expect(isVoteNames('ROLL CALL: Ayes: Castellanos, Dunmore. Noes: Abara, Brink. Absent: None.')).toBe(true);
    expect(isVoteNames('Roll call vote: Noes: Brink')).toBe(true);
    expect(isVoteNames('ROLL CALL')).toBe(false);
    expect(isVoteNames('Present: Council Members Abara and Brink')).toBe(false);
  });

  it('reads a recorded vote that prints the count with the side', () => {
    expect(isVoteNames('For (9): Councillors Quill, Rowntree and Umber.')).toBe(true);
    expect(isVoteNames('Against the motion (3): Councillors Sayer and Wragg.')).toBe(true);
    expect(isVoteNames('For the reasons set out in the report (4): the scheme is deferred')).toBe(false);
  });
});

describe('recordsDecision', () => {
  it('reads a decision a clerk records in running prose, and not the matter it decides', () => {
    expect(recordsDecision('It was agreed that the lower quotation be accepted.')).toBe(true);
    expect(recordsDecision('Members unanimously resolved to write to the operator.')).toBe(true);
    expect(recordsDecision('The Council decided that the hall fees would stay as they are.')).toBe(true);
    expect(recordsDecision('Three quotations had been agreed with the suppliers last year.')).toBe(false);
    expect(recordsDecision('Locations approved by the engineer were: Church Lane and the green.')).toBe(false);
  });

  it('reads a US agenda system\'s "A motion was made by …, seconded by …" and its outcome as the decision', () => {
    expect(
      recordsDecision(
        'A motion was made by Councilmember Obuya, seconded by Councilmember Kerrigan, that this appointment be approved. The motion carried by the following vote:',
      ),
    ).toBe(true);
    expect(recordsDecision('A motion was made to defer the item, but no councilmember seconded it.')).toBe(false);
  });

  it("reads a US resolution's enacting clause as its decision, and not the recitals before it", () => {
    expect(
      recordsDecision(
        'NOW, THEREFORE, BE IT RESOLVED by the Town Council of the Town of Birch Hollow that the plan is adopted.',
      ),
    ).toBe(true);
    expect(recordsDecision('BE IT FURTHER RESOLVED that the City Manager report back in twelve months.')).toBe(true);
    expect(recordsDecision('WHEREAS, the Parking Advisory Board recommended metered parking; and')).toBe(false);
  });

  it('reads a vote counted in prose as the decision, and not a count of other things for and against', () => {
    expect(recordsDecision('Members voted on the proposal: 2 in favour, 3 against. The transfer was not agreed.')).toBe(
      true,
    );
    expect(recordsDecision('Upon a vote, 7 voted in favour and 1 against.')).toBe(true);
    expect(recordsDecision('and there voted two in favour, four against')).toBe(true);
    expect(recordsDecision('The motion was carried by 9 votes to 4.')).toBe(true);
    expect(recordsDecision('Of the 40 responses, 12 were in favour of the scheme.')).toBe(false);
    expect(recordsDecision('The case for and against a 20 mph limit was set out in 3 sections.')).toBe(false);
  });

  it('reads what became of a proposition as the decision, adopted without a vote or put and carried', () => {
    expect(
      recordsDecision(
        'Councillor Coulthard proposed that the Council adopt the Dark Skies Policy. After discussion the proposition was ADOPTED without a vote.',
      ),
    ).toBe(true);
    expect(recordsDecision('The proposal was put to the meeting and carried.')).toBe(true);
    expect(recordsDecision('Councillor Coulthard proposed that the Council adopt the Dark Skies Policy.')).toBe(false);
  });

  it('reads a decision told after a lead-in inside a one-paragraph item', () => {
    expect(
      recordsDecision('14. Mill pond. The two quotes were considered and it was resolved to accept the lower one.'),
    ).toBe(true);
    expect(recordsDecision('After discussion it was agreed that the bench be moved to the green.')).toBe(true);
    expect(recordsDecision('Members asked for a report on the mill pond quotes.')).toBe(false);
  });

  it("reads a parish clerk's shorthand for a motion carried, and not a proposal still open", () => {
    expect(recordsDecision('To accept the lower quote for the shelter glass. Prop. PO 2nd DR All agreed.')).toBe(true);
    expect(recordsDecision('Cllr Hale proposed that the sign be repainted, all Councillors agreed.')).toBe(true);
    expect(recordsDecision('Prop KT, sec. MJ, carried.')).toBe(true);
    expect(recordsDecision('Cllr Hale proposed repainting the sign; the 2nd quote will be sought first.')).toBe(false);
  });

  it('reads a motion wrapped over lines, blank lines between, as one sentence', () => {
    expect(
      recordsDecision(
        'Councillor Ash proposed that the seats be ordered. This was seconded by Councillor Birch and\n\nagreed.',
      ),
    ).toBe(true);
  });

  it('reads a decision under the paragraph number the minutes give it', () => {
    expect(recordsDecision('3. RESOLVED that the Panel note the quarterly update.')).toBe(true);
    expect(recordsDecision('(b) Members unanimously agreed to defer the tree survey until the spring.')).toBe(true);
    expect(recordsDecision('2.1 Resolved: the grant to the youth club be renewed.')).toBe(true);
    expect(recordsDecision('3. The Panel received the quarterly update.')).toBe(false);
  });

  it("reads a decision notice's Decision field, its value beside the label or below it, and not the taker's label", () => {
    expect(recordsDecision('Decision: To close the paddling pool once the season closes.')).toBe(true);
    expect(recordsDecision('Decision:\nTo close the paddling pool once the season closes.')).toBe(true);
    expect(recordsDecision('Decision taken by: Portfolio Holder for Leisure')).toBe(false);
    expect(recordsDecision('Decision:')).toBe(false);
  });
});

describe('isMemberVote', () => {
  it("reads one member's roll-call vote on its own line", () => {
    expect(isMemberVote('Commissioner Okonkwo-Reyes – Nay')).toBe(true);
    expect(isMemberVote('Trustee Vilmar: Aye')).toBe(true);
    expect(isMemberVote('Quillfeather - abstained')).toBe(true);
  });

  it("reads a division's side naming the members who voted that way", () => {
    expect(isMemberVote('Against: Cr Quillfeather')).toBe(true);
    expect(isMemberVote('For: Crs Vilmar, Okonkwo-Reyes and Tamsett')).toBe(true);
    expect(isMemberVote('Against: Nil')).toBe(false);
  });

  it('leaves prose and questions answered no alone', () => {
    expect(
      isMemberVote('Commissioner Okonkwo-Reyes asked whether the lease could be extended; the answer was no'),
    ).toBe(false);
    expect(isMemberVote('The ferry contract was discussed.')).toBe(false);
  });
});

describe('isLinkOrTag', () => {
  it("finds a line that only links to a paper, tags it or carries a page export's fields", () => {
    expect(isLinkOrTag('[Original file](https://www.example.gov/documents/minutes-12-march-2031.pdf)')).toBe(true);
    expect(isLinkOrTag('https://www.example.gov/documents/minutes.pdf')).toBe(true);
    expect(isLinkOrTag('"village-pump"')).toBe(true);
    expect(isLinkOrTag('  - "villages"')).toBe(true);
    expect(isLinkOrTag('--- title: "Fenmoor Parish Council Minutes" date: "2031-08-15" categories:')).toBe(true);
  });

  it('leaves lines that say something alone', () => {
    expect(isLinkOrTag('The clerk will send the [survey](https://example.gov/survey) to every household.')).toBe(false);
    expect(isLinkOrTag('Agreed.')).toBe(false);
    expect(isLinkOrTag('Part-time weight-limit')).toBe(false);
  });
});
