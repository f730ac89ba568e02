import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { judgeEvidence } from './enough-evidence.js';

const chunk = (text: string) =>
  ({ text, committee: 'Cabinet', headingPath: ['Cabinet', '2025-01-30'], meetingDate: null }) as unknown as Chunk;
const analyze = (question: string) => analyzeQuestion(question, { now: new Date('2025-03-01') });
const weigh = () => 1;

describe('judgeEvidence', () => {
  it('answers when one passage holds enough of the topic', () => {
    const judgement = judgeEvidence(
      analyze('What was agreed about the airport expansion?'),
      [chunk('The airport expansion was approved.')],
      weigh,
      0.5,
    );
    expect(judgement).toMatchObject({ answer: true, strongest: 1 });
  });

  it('does not answer from words spread over passages that no one passage holds together', () => {
    const analysis = analyze('Is the council looking at bringing in a tourist tax as part of devolution?');
    const chunks = [chunk('Tourist numbers rose.'), chunk('Devolution was debated.')];
    expect(judgeEvidence(analysis, chunks, weigh, 0.5).answer).toBe(false);
  });

  it('answers what a titled person said about a topic only from a passage holding both the person and the topic', () => {
    const analysis = analyze('What did Cllr Pellow say about the library opening hours?');
    const hisOtherWords = chunk('Cllr Pellow said the harbour wall repairs were overdue.');
    const othersOnTopic = chunk('Cllr Yates said the library opening hours should be extended.');
    expect(judgeEvidence(analysis, [hisOtherWords, othersOnTopic], weigh, 0.5).answer).toBe(false);
    const his = chunk('Cllr Pellow said the library opening hours were too short for working parents.');
    expect(judgeEvidence(analysis, [hisOtherWords, his], weigh, 0.5).answer).toBe(true);
  });

  it('reads "adoption" in a question as a topic, not as asking whether something was adopted', () => {
    const analysis = analyze('Is there a deadline for the regional adoption hub business case?');
    const passage = chunk('The regional adoption hub business case would be finished by June 2031.');
    expect(judgeEvidence(analysis, [passage], weigh, 0.5).answer).toBe(true);
  });

  it('answers what a titled person typed in lower case said only from a passage holding both them and the topic', () => {
    const analysis = analyze('what did cllr quenby say about the skate ramp lighting?');
    const others = chunk('Cllr Rossiter said the skate ramp lighting should switch off at nine.');
    expect(judgeEvidence(analysis, [others], weigh, 0.5).answer).toBe(false);
    const hers = chunk('Cllr Quenby said the skate ramp lighting deterred vandals.');
    expect(judgeEvidence(analysis, [others, hers], weigh, 0.5).answer).toBe(true);
  });

  it('asked whether a body approved something, answers only from a passage recording a decision on it', () => {
    const analysis = analyze('Did the panel approve shutting the canal boathouse?');
    const mentioned = chunk('Members raised the shutting of the canal boathouse at weekends.');
    const decidedOther = chunk('Resolved: that the annual boathouse report be noted.');
    expect(judgeEvidence(analysis, [mentioned, decidedOther], weigh, 0.5).answer).toBe(false);
    const decided = chunk('Resolved: that shutting the canal boathouse be approved.');
    expect(judgeEvidence(analysis, [mentioned, decided], weigh, 0.5).answer).toBe(true);
  });

  it('asked when a body approved something, does not answer from a member suggesting it', () => {
    const analysis = analyze('When did the committee approve making the Quayside Road one-way?');
    const suggested = chunk('Cllr Moran suggested making the Quayside Road one-way to reduce speeds.');
    expect(judgeEvidence(analysis, [suggested], weigh, 0.5).answer).toBe(false);
    const decided = chunk('It was agreed that the Quayside Road be made one-way from June.');
    expect(judgeEvidence(analysis, [suggested, decided], weigh, 0.5).answer).toBe(true);
  });

  it('reads a recorded vote as the record of a decision', () => {
    const analysis = analyze('Did Mr Ferris vote for the amendment on the branch closures?');
    const vote = chunk(
      'The Chairman put the amendment on the branch closures to the vote: For (19) Mr Ferris, Ms Gale Against (31) Mr Dunn Amendment lost.',
    );
    expect(judgeEvidence(analysis, [vote], weigh, 0.5).answer).toBe(true);
  });

  it('reads a decision verb after a preposition as the topic, not as asking whether it was decided', () => {
    const analysis = analyze('Are there any staffing implications from approving the orchard tenancy?');
    const passage = chunk('There are no staffing implications for the orchard tenancy.');
    expect(judgeEvidence(analysis, [passage], weigh, 0.5).answer).toBe(true);
  });

  it('asked whether a decision still to come will be taken in private, answers from the plan that lists it', () => {
    const analysis = analyze('Is shutting the canal boathouse going to be decided in private?');
    const planned = chunk('Decision: Shutting the canal boathouse\nDecision maker: Cabinet\nPrivate: Yes');
    expect(judgeEvidence(analysis, [planned], weigh, 0.5).answer).toBe(true);
  });

  it('asked how much was spent, does not answer from passages that print no sum of money', () => {
    const analysis = analyze('How much did the trust spend on locum porters in 2019?');
    const noSum = chunk('The trust relied on locum porters during 2019, with 12 vacancies open.');
    expect(judgeEvidence(analysis, [noSum], weigh, 0.5).answer).toBe(false);
    const sum = chunk('The trust spent £48,000 on locum porters.');
    expect(judgeEvidence(analysis, [noSum, sum], weigh, 0.5).answer).toBe(true);
    const inWords = chunk('Locum porters cost the trust forty thousand pounds.');
    expect(judgeEvidence(analysis, [inWords], weigh, 0.5).answer).toBe(true);
  });

  it('asked how much a parish paid a supplier, answers from a payments row printing pence and no currency sign', () => {
    const analysis = analyze('How much did the parish pay Hedgerow Ltd for verge trimming?');
    const row = chunk('Payments: Hedgerow Ltd – verge trimming 212.40; Clerk’s expenses 6.15');
    expect(judgeEvidence(analysis, [row], weigh, 0.5).answer).toBe(true);
  });

  it('does not answer when a name the question types is printed in none of the passages', () => {
    const analysis = analyze('Anything agreed at cabinet about Manston airport?');
    const judgement = judgeEvidence(analysis, [chunk('The airport consultation was noted.')], weigh, 0.5);
    expect(judgement.answer).toBe(false);
  });

  it('answers when a name the passages lack is printed elsewhere in their own minute item', () => {
    const analysis = analyze("Was the Greens' amendment on the ferry timetable carried?");
    const passages = [chunk('The amendment on the ferry timetable was put to the vote and carried.')];
    expect(judgeEvidence(analysis, passages, weigh, 0.5).answer).toBe(false);
    expect(judgeEvidence(analysis, passages, weigh, 0.5, () => false, new Set(analysis.namedStems)).answer).toBe(true);
  });

  it('does not answer about a several-word owner ("the county cricket club\'s") from a passage naming part of it', () => {
    const analysis = analyze("Was the county cricket club's lease renewed?");
    const pitch = chunk('The cricket pitch lease at the park was renewed for the summer.');
    expect(judgeEvidence(analysis, [pitch], weigh, 0.5).answer).toBe(false);
    const club = chunk("The county cricket club's lease was renewed for ten years.");
    expect(judgeEvidence(analysis, [club], weigh, 0.5).answer).toBe(true);
  });

  it("does not count a name typed from the body's own name as covering the topic", () => {
    // Not named whole, the body is not recognised: its name's words stay topic words, printed on all its papers.
    const analysis = analyze('Was a Thornbury paddling pool backed by the parish members?');
    const minutes = {
      ...chunk('The members of Upper Thornbury Parish Council thanked the litter pickers.'),
      committee: 'Upper Thornbury Parish Council',
    } as Chunk;
    expect(judgeEvidence(analysis, [minutes], weigh, 0.5).answer).toBe(false);
    const pool = {
      ...chunk('The members backed the paddling pool for Thornbury.'),
      committee: 'Upper Thornbury Parish Council',
    } as Chunk;
    expect(judgeEvidence(analysis, [pool], weigh, 0.5).answer).toBe(true);
  });

  it("does not hold the body's own name, however rarely printed, against its passage on the topic", () => {
    const analysis = analyze('What precept did the Hollinmere fire authority set for a Band D home?');
    const authority = (text: string) =>
      ({
        ...chunk(text),
        committee: 'Hollinmere Fire and Rescue Authority',
        headingPath: ['Hollinmere Fire and Rescue Authority', '2026-02-12'],
      }) as Chunk;
    // The name is printed on one paper only: its words weigh more than the topic's.
    const rare = (stem: string) => (['hollinmer', 'fire', 'author'].includes(stem) ? 4 : 1);
    // The paper's first passage prints the name ("HOLLINMERE FIRE AND RESCUE AUTHORITY").
    const judge = (passage: Chunk) => judgeEvidence(analysis, [passage], rare, 0.5, undefined, new Set(['hollinmer']));
    expect(judge(authority('RESOLVED: That a Band D precept of £88.10 for each home be set.')).answer).toBe(true);
    expect(judge(authority('The Authority noted the breathing apparatus replacement programme.')).answer).toBe(false);
  });

  it("counts the body's own name when the question asks who chaired or attended that body", () => {
    // Not named whole ("Dunmorlie Council" for "Dunmorlie Burgh Council"), the body's word stays in the topic:
    // asked who chaired it, that body is the subject, and its Present line printing the name answers.
    const analysis = analyze('Who chaired the Dunmorlie council meeting?');
    const present = {
      ...chunk('DUNMORLIE BURGH COUNCIL\nPresent: Provost Ewan Tait, Councillors Kerr and Moffat.'),
      committee: 'Dunmorlie Burgh Council',
    } as Chunk;
    expect(analysis.intent).toBe('attendance');
    expect(judgeEvidence(analysis, [present], (stem) => (stem === 'chair' ? 1 : 3), 0.5).answer).toBe(true);
  });

  it('gives how the question is asked no weight ("summarise the discussion")', () => {
    const analysis = analyze('Summarise the discussion and views on fostering');
    expect(analysis.stems).toEqual(['foster']);
    expect(judgeEvidence(analysis, [chunk('Fostering recruitment rose.')], weigh, 0.5).answer).toBe(true);
  });

  it("does not answer a question about one committee from another committee's papers", () => {
    const analysis = analyzeQuestion('Summarise the views on wind turbines in Little Bardfield', {
      now: new Date('2025-03-01'),
      committees: ['Little Bardfield Parish Council', 'Cabinet'],
    });
    const elsewhere = { ...chunk('Wind turbines were debated.'), committee: 'Cabinet' } as Chunk;
    const there = { ...elsewhere, committee: 'Little Bardfield Parish Council' } as Chunk;
    expect(judgeEvidence(analysis, [elsewhere], weigh, 0.5).answer).toBe(false);
    expect(judgeEvidence(analysis, [there], weigh, 0.5).answer).toBe(true);
  });

  it("answers from a paper headed by the named council's name though its passages are filed under a committee", () => {
    const analysis = analyzeQuestion('What is the bulky waste fee in Brackwater?', {
      now: new Date('2025-03-01'),
      committees: ['Brackwater Borough Council', 'Cabinet Member for Waste'],
    });
    const decision = { ...chunk('Decision: the bulky waste fee rises to £30.'), committee: 'Cabinet Member for Waste' };
    const head = { ...chunk('BRACKWATER BOROUGH COUNCIL\nRECORD OF DECISION'), committee: 'Cabinet Member for Waste' };
    expect(judgeEvidence(analysis, [decision as Chunk], weigh, 0.5).answer).toBe(false);
    expect(
      judgeEvidence(analysis, [decision as Chunk], weigh, 0.5, () => false, new Set(), [head as Chunk]).answer,
    ).toBe(true);
  });

  it("answers from another body's passage that names the body on its own, not inside a longer name", () => {
    const analysis = analyzeQuestion('When will the Harbour Board decide on the wind turbines?', {
      now: new Date('2025-03-01'),
      committees: ['Harbour Board', 'Cabinet'],
    });
    const referred = chunk('The wind turbines report goes to the Harbour Board on 4 June for a decision.');
    const longerName = chunk('The Eastport Harbour Board staff noted the wind turbines report and its decision.');
    expect(judgeEvidence(analysis, [referred], weigh, 0.5).answer).toBe(true);
    const opening = chunk('The Harbour Board will take its decision on the wind turbines in June.');
    expect(judgeEvidence(analysis, [opening], weigh, 0.5).answer).toBe(true);
    expect(judgeEvidence(analysis, [longerName], weigh, 0.5).answer).toBe(false);
  });

  it('asks less of one passage for a long question, only from a passage holding its heaviest word', () => {
    const analysis = analyze(
      'What did the leader think about the funding of libraries when talking about opening hours, volunteers, staff and closures?',
    );
    expect(analysis.stems).toHaveLength(8);
    // Each passage holds 4 of the 9 weight: under the bar of a short question, over a long one's.
    const heavy = (stem: string) => (stem === 'librari' ? 2 : 1);
    const libraries = chunk('The leader said funding for libraries would rise.');
    expect(judgeEvidence(analysis, [libraries], heavy, 0.5).answer).toBe(true);
    const withoutLibraries = chunk('The leader said opening hours and volunteers would rise.');
    expect(judgeEvidence(analysis, [withoutLibraries], heavy, 0.5).answer).toBe(false);
  });

  it('keeps the full bar for a long question holding a word the index has never seen', () => {
    const analysis = analyze(
      'What did the leader think about the funding of libraries when talking about opening hours, volunteers and zeppelins?',
    );
    const libraries = chunk('The leader said funding for libraries would rise.');
    const unseen = (stem: string) => stem === 'zeppelin';
    expect(judgeEvidence(analysis, [libraries], weigh, 0.5, unseen).answer).toBe(false);
  });

  it('does not answer "who is the clerk" from passages printing the office without a name', () => {
    const analysis = analyze('Who is the Brackenford parish clerk?');
    const unsigned = chunk('Brackenford Parish Council. The meeting closed at 9.40pm.\n\nParish Clerk');
    const signed = chunk('Brackenford Parish Council. Present: Cllr P Okonedo (Chairman), Mrs L Varga (Clerk).');
    expect(judgeEvidence(analysis, [unsigned], weigh, 0.5).answer).toBe(false);
    expect(judgeEvidence(analysis, [signed], weigh, 0.5).answer).toBe(true);
  });

  it('does not answer who held an office in a year from a paper of another year naming the holder', () => {
    const analysis = analyze('Who was elected mayor of Brackenford in 2019?');
    const later = chunk('Brackenford Town Council. RESOLVED: That Cllr Ivo Tarrant be elected Town Mayor for 2022/23.');
    expect(judgeEvidence(analysis, [{ ...later, meetingDate: '2022-05-09' }], weigh, 0.5).answer).toBe(false);
    const then = chunk('Brackenford Town Council. RESOLVED: That Cllr Ivo Tarrant be elected Town Mayor for 2019/20.');
    expect(judgeEvidence(analysis, [{ ...then, meetingDate: '2019-05-13' }], weigh, 0.5).answer).toBe(true);
  });

  it('does not date an office by a year another paper tells of something else in the holder’s words', () => {
    const analysis = analyze('Who was the Marrowby parish clerk in 2018?');
    const spoken = chunk(
      'Marrowby Parish Council. Odile Fenwick, Clerk (00:02:10): Thank you. The hall roof was last mended in 2018, so it needs a survey.',
    );
    expect(judgeEvidence(analysis, [{ ...spoken, meetingDate: '2023-04-11' }], weigh, 0.5).answer).toBe(false);
    const appointed = chunk(
      'Marrowby Parish Council. The roof needs a survey. RESOLVED: That Odile Fenwick be appointed Parish Clerk from 1 June 2018.',
    );
    expect(judgeEvidence(analysis, [{ ...appointed, meetingDate: '2023-04-11' }], weigh, 0.5).answer).toBe(true);
  });

  it('does not answer what another council decided from a passage naming that council in passing', () => {
    const analysis = analyze('What did Thornmere District Council decide about the cycling plan?');
    const passing = chunk(
      'Leaders from Thornmere District Council sat on the group. RESOLVED to adopt the cycling plan.',
    );
    expect(judgeEvidence(analysis, [passing], weigh, 0.5).answer).toBe(false);
  });

  it('does not answer about a council typed in lower case from another council’s passages that never print it', () => {
    const analysis = analyze('who is the chief executive of thornmere district council?');
    const westhold = {
      ...chunk('Chief executives of councils will meet the minister at a webinar.'),
      authority: 'Westhold County Council',
    } as Chunk;
    expect(judgeEvidence(analysis, [westhold], weigh, 0.5).answer).toBe(false);
    const thornmere = { ...westhold, authority: 'Thornmere District Council' } as Chunk;
    expect(judgeEvidence(analysis, [thornmere], weigh, 0.5).answer).toBe(true);
  });

  it('does not answer about a council whose place no paper in the index prints', () => {
    const analysis = analyze('what did farholt county council say about its cycling plan?');
    const ours = chunk('The cycling plan was adopted after consultation with schools.');
    const unseen = (stem: string) => stem.startsWith('farholt');
    expect(judgeEvidence(analysis, [ours], weigh, 0.5, unseen).answer).toBe(false);
    expect(judgeEvidence(analysis, [ours], weigh, 0.5, () => false).answer).toBe(true);
  });

  it("does not answer what another council's cabinet decided from our council's passages listing its place", () => {
    const analysis = analyze("what did thornmere district council's cabinet decide about the cycling plan?");
    const westhold = {
      ...chunk('Cycling budgets elsewhere: Thornmere, 4%; Ashby, 2%. RESOLVED to adopt the cycling plan.'),
      authority: 'Westhold County Council',
    } as Chunk;
    expect(judgeEvidence(analysis, [westhold], weigh, 0.5).answer).toBe(false);
    const own = { ...westhold, authority: 'Thornmere District Council' } as Chunk;
    expect(judgeEvidence(analysis, [own], weigh, 0.5).answer).toBe(true);
  });
  it('does not answer what a committee named by several words said from passages that never print it', () => {
    const analysis = analyze('what did the audit and governance committee say about the ferry timetable review?');
    const report = chunk('The ferry timetable review was endorsed. RESOLVED to adopt the ferry timetable review.');
    expect(judgeEvidence(analysis, [report], weigh, 0.5).answer).toBe(false);
    const referred = chunk(
      'The Audit and Governance Committee found the ferry timetable review sound. RESOLVED to adopt the ferry timetable review.',
    );
    expect(judgeEvidence(analysis, [referred], weigh, 0.5).answer).toBe(true);
  });

  it('does not answer a topic of one compound from passages printing only one half of it each', () => {
    const analysis = analyze('lantern levies?');
    const levy = chunk('The levy on kite flying was set at two pounds.');
    const lanterns = chunk('The lantern parade will start at the quay.');
    expect(judgeEvidence(analysis, [levy, lanterns], weigh, 0.5).answer).toBe(false);
    const both = chunk('The lantern levy was set at two pounds.');
    expect(judgeEvidence(analysis, [levy, both], weigh, 0.5).answer).toBe(true);
  });
  it("does not answer what a council's cabinet resolved from another council's passage on the topic", () => {
    const analysis = analyzeQuestion('what did the Quillinford cabinet resolve on the ice rink roof?', {
      now: new Date('2025-03-01'),
      committees: ['Cabinet', 'Leisure Committee'],
      authorities: ['Quillinford Borough Council', 'Pennard City Council'],
    });
    const ours = {
      ...chunk('RESOLVED: that the bus shelter grants be awarded to nine parishes.'),
      authority: 'Quillinford Borough Council',
    } as Chunk;
    const theirs = {
      ...chunk('The ice rink roof repairs were costed at £210,000.'),
      committee: 'Leisure Committee',
      authority: 'Pennard City Council',
    } as Chunk;
    expect(judgeEvidence(analysis, [ours, theirs], weigh, 0.5).answer).toBe(false);
    const oursOnIt = { ...ours, text: 'RESOLVED: that the ice rink roof be replaced in the summer.' } as Chunk;
    expect(judgeEvidence(analysis, [oursOnIt, theirs], weigh, 0.5).answer).toBe(true);
    // A cabinet printed without its council may be the same council's as the passage on the topic.
    const unknown = { ...ours, authority: undefined } as Chunk;
    expect(judgeEvidence(analysis, [unknown, theirs], weigh, 0.5).answer).toBe(true);
    // Asked when it next meets, its own notice of the next sitting answers, whatever the words left of the question.
    const nextSitting = analyzeQuestion("when is the Quillinford cabinet's next meeting, pc?", {
      now: new Date('2025-03-01'),
      committees: ['Cabinet', 'Leisure Committee'],
      authorities: ['Quillinford Borough Council', 'Pennard City Council'],
    });
    const notice = { ...ours, text: 'The next meeting will be held on 4 June.' } as Chunk;
    const theirsPc = { ...theirs, text: 'Raised again at the next PC meeting.' } as Chunk;
    expect(judgeEvidence(nextSitting, [notice, theirsPc], weigh, 0.5).answer).toBe(true);
  });
});
