import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { asksAboutProposal, selectProposalVote } from './amendment-vote.js';

const now = new Date('2025-06-01');
const committees = ['Borsetshire County Council'];

// One minute item of invented full-council minutes, cut into passages as the chunker would: the
// debate, two amendments each set out and voted on, then the substantive motion and its resolution.
const item = [
  `41) The Leader of the Green Group, Mr Ferris, spoke about the library service and the closure of rural branches.
42) Mrs Okonjo moved, and Mr Tandy seconded, an amendment:
“Council is asked to (1) note the report (2) ask the Cabinet to keep the mobile library route for outlying villages.”`,
  `43) After discussion the Chairman put the amendment in paragraph 42 to the vote, with this result:
For (12)
Mr Abel, Mrs Bright, Mr Crane
Against (38)
Mr Dunn, Mrs Ellery, Mr Fisk
Amendment lost.
44) Mr Ferris moved, and Ms Gale seconded, an amendment:
“Council is asked to (1) note the report (2) ask the Cabinet to delay the branch closures by one year.”`,
  `45) After discussion the Chairman put the amendment in paragraph 44 to the vote, with this result:
For (19)
Mr Ferris, Ms Gale, Mr Hart
Against (31)
Mr Dunn, Mrs Ellery, Mr Fisk
Abstain (2)
Mr Ives, Mrs Joyce
Amendment lost.
46) The Chairman put the substantive motion to the vote and it was carried.`,
  `RESOLVED that the County Council notes the report and agrees the closure of the rural branches from April.`,
].map((text, ordinal) =>
  testChunk({
    text,
    ordinal,
    minute: '77',
    minuteTitle: 'Library Service',
    section: ordinal === 3 ? 'Resolved' : undefined,
  }),
);

const weigh = () => 1;

describe('selectProposalVote', () => {
  it('reads a recorded vote set out as a markdown table, its result in bold', () => {
    const markdown = [
      testChunk({
        text: [
          'Councillor Gollan moved and Councillor Illing seconded the following amendment:',
          '> Delete everything after "Council resolves to" and insert "ask the Cabinet to study free bus travel."',
          'Following debate, a recorded vote was requested on the amendment.',
          '| Vote on the amendment | Number |',
          '| --- | --- |',
          '| For | 27 |',
          '| Against | 20 |',
          'The amendment was **CARRIED** and became the substantive motion.',
        ].join('\n'),
        minute: '91',
        minuteTitle: 'Notice of Motion – Free Bus Travel',
      }),
    ];
    const analysis = analyzeQuestion('what was the vote on the amendment to the free bus travel motion?', {
      now,
      committees,
    });
    const quoted = (selectProposalVote(markdown, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('| For | 27 |');
    expect(quoted).toContain('**CARRIED**');
  });

  it("quotes the vote on the amendment the question names, with its counts, not the item's resolution", () => {
    const analysis = analyzeQuestion('did the Greens amendment to delay the branch closures get through?', {
      now,
      committees,
    });
    const chosen = selectProposalVote(item, analysis, weigh) ?? [];
    const quoted = chosen.map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('paragraph 44 to the vote');
    expect(quoted).toContain('For (19) … Against (31) … Abstain (2) … Amendment lost.');
    expect(quoted).not.toContain('RESOLVED');
    expect(quoted).not.toContain('Mr Hart');
    expect(chosen.every(({ chunkIndex }) => chunkIndex === 2)).toBe(true);
  });

  it('answers how one member voted with the side naming that member, its names kept', () => {
    const analysis = analyzeQuestion('did Mr Hart vote for or against the amendment to delay the branch closures?', {
      now,
      committees,
    });
    expect(asksAboutProposal(analysis.question)).toBe(true);
    const quoted = (selectProposalVote(item, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('For (19)');
    expect(quoted).toContain('Mr Hart');
    expect(quoted).toContain('Against (31) …');
  });

  // A recorded vote printed as a grid, as a PDF's text layer gives it: a mark under one side a row, the other cells empty.
  const grid = [
    testChunk({
      text: [
        'Mr Oakes moved an amendment that the school transport charge be halved.',
        'The Chair put the amendment to the vote and a recorded vote was taken, as follows:',
        'Member\tFor\tAgainst\tAbstain',
        'Mr O Oakes\tx\t\t',
        'Mrs A Crane\t\tx\t',
        'Mr L Dunn\t\t\tx',
        'The amendment was carried.',
      ].join('\n'),
      minute: '41',
      minuteTitle: 'Motion – School Transport Charges',
    }),
  ];

  it("answers how one member voted in a vote grid with that member's row read under the header", () => {
    const analysis = analyzeQuestion('how did Mrs Crane vote on the amendment about school transport charges?', {
      now,
      committees,
    });
    const quoted = (selectProposalVote(grid, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('Mrs A Crane — Against');
    expect(quoted).toContain('The amendment was carried.');
    expect(quoted).not.toContain('Oakes\t');
    expect(quoted).not.toContain('Dunn');
  });

  // The proposal is brought in the sentence opening the vote, and the question names it by its words, not as a motion.
  it("reads the member's row in a vote grid printed as two groups, each under its own header", () => {
    const groups = [
      testChunk({
        text: [
          'Ms Sallow moved and Mr Hart seconded that the council restore the evening buses. A recorded vote was taken:',
          'Member\tFor\tAgainst\tAbstain',
          'Mr O Oakes\t\tx\t',
          'Mrs A Crane\tx\t\t',
          'Member\tFor\tAgainst\tAbstain',
          'Mrs H Quill\t\t\tx',
          'Ms R Sallow\tx\t\t',
          'For: 2. Against: 1. Abstain: 1. The motion was carried.',
        ].join('\n'),
        minute: '42',
        minuteTitle: 'Motion – Rural Bus Services',
      }),
    ];
    const analysis = analyzeQuestion('how did Mrs Quill vote on restoring the evening buses?', {
      now,
      committees,
    });
    const quoted = (selectProposalVote(groups, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('Mrs H Quill — Abstain');
    expect(quoted).not.toContain('Oakes');
    expect(quoted).not.toContain('Member\t');
  });

  it("leaves a member's vote on an unnamed proposal to the rest of the item when the vote does not name the member", () => {
    const counted = [
      testChunk({
        text: [
          'Supervisor Abbott moved and Supervisor Lind seconded the motion to adopt the rental ordinance.',
          'The Chair put the motion to the vote. Motion carried 3-1.',
        ].join('\n'),
        minute: '4',
        minuteTitle: 'Short-Term Rental Ordinance',
      }),
    ];
    const analysis = analyzeQuestion('how did Supervisor Quill vote on the rental ordinance?', { now, committees });
    expect(asksAboutProposal(analysis.question)).toBe(true);
    expect(selectProposalVote(counted, analysis, weigh)).toBeUndefined();
  });

  it('gives no vote for a member no row of the vote grid names', () => {
    const analysis = analyzeQuestion('how did Mr Ferris vote on the amendment about school transport charges?', {
      now,
      committees,
    });
    expect(selectProposalVote(grid, analysis, weigh)).toEqual([]);
  });

  it('answers who abstained on an amendment with the names of that side only', () => {
    const analysis = analyzeQuestion("who abstained on Mr Ferris's amendment to delay the branch closures?", {
      now,
      committees,
    });
    expect(asksAboutProposal(analysis.question)).toBe(true);
    const quoted = (selectProposalVote(item, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('Abstain (2)');
    expect(quoted).toContain('Mr Ives, Mrs Joyce');
    expect(quoted).toContain('Against (31) …');
  });

  it('gives no vote for a member the recorded vote names on no side', () => {
    // Mr Quill sent apologies, so the result of the vote is not his.
    const analysis = analyzeQuestion('how did Mr Quill vote on the amendment to delay the branch closures?', {
      now,
      committees,
    });
    expect(selectProposalVote(item, analysis, weigh)).toEqual([]);
  });

  it("gives no vote for a member's amendment when that member only seconded one", () => {
    // Mr Tandy seconded Mrs Okonjo's amendment and moved none.
    const seconder = analyzeQuestion("how many voted for Mr Tandy's amendment on the library service?", {
      now,
      committees,
    });
    expect(selectProposalVote(item, seconder, weigh)).toEqual([]);
    const mover = analyzeQuestion("how many voted for Mrs Okonjo's amendment on the library service?", {
      now,
      committees,
    });
    const quoted = (selectProposalVote(item, mover, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('For (12)');
  });

  it('reads a party the question names as the group whose member proposed the amendment', () => {
    // Both amendments are about the library; only the group's member ties the question to the second.
    const analysis = analyzeQuestion("was the Green Group's library amendment carried?", { now, committees });
    const quoted = (selectProposalVote(item, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('For (19)');
  });

  it('answers how members voted on a motion with the recorded vote on the substantive motion, not the lost amendment', () => {
    // An English council's notice of motion: one amendment lost on a show of hands, then a recorded vote.
    const motion = [
      testChunk({
        text: [
          'It was moved by Councillor Quill and seconded by Councillor Rowntree that the Council adopts a tree planting target of 4,000 trees a year.',
          'An amendment was moved by Councillor Sayer and seconded by Councillor Tolland to set the target at 2,500 trees a year. Upon being put to the vote the amendment was LOST.',
          'A recorded vote was requested on the substantive motion and was taken as follows:',
          'For (9): Councillors Quill, Rowntree, Umber, Vance and others.',
          'Against (3): Councillors Sayer, Tolland and Wragg.',
          'The motion was CARRIED.',
        ].join('\n'),
        minute: '12',
        minuteTitle: 'Notice of Motion - Tree Planting',
      }),
    ];
    const analysis = analyzeQuestion('How did councillors vote on the tree planting motion?', { now, committees });
    const quoted = (selectProposalVote(motion, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('substantive motion');
    expect(quoted).toContain('For (9) … Against (3) … The motion was CARRIED.');
    expect(quoted).not.toContain('amendment was LOST');
  });

  it('answers how many voted for the motion with the vote on the motion, though each amendment names the motion too', () => {
    // Three votes on one text: two amendments "to the substantive motion", then the motion itself, its
    // recorded vote running over into the next passage.
    const amended = [
      `6) Mr Abbot proposed and Mrs Beale seconded the following motion: "Council sets a harbour levy of 3p a tonne".
7) Mr Lomax proposed and Ms Pryce seconded the following amendment to the substantive motion on the harbour levy: "reduce the levy to 2p".
8) The Chairman put the amendment set out in paragraph 7 to the vote and the voting was as follows: For (11) Mr Lomax, Ms Pryce, Mr Quint Against (40) Mr Abbot, Mrs Beale, Mr Cray Amendment lost.
9) Mrs Dace proposed and Mr Eames seconded the following amendment to the substantive motion on the harbour levy: "defer the levy a year".
10) The Chairman put the amendment set out in paragraph 9 to the vote and the voting was as follows: For (15) Mrs Dace, Mr Eames, Ms Fell Against (36) Mr Abbot, Mrs Beale, Mr Cray Amendment lost.
11) The Chairman put the substantive motion on the harbour levy to the vote and the voting was as follows: For (33) Mr Abbot, Mrs Beale, Mr Cray, Mr Gant`,
      `Mrs Hale, Mr Ince, Ms Jory, Mr Kemp Against (17) Mr Lomax, Ms Pryce, Mr Quint Abstain (2) Mrs Dace, Mr Eames Motion carried.`,
    ].map((text, ordinal) => testChunk({ text, ordinal, minute: '31', minuteTitle: 'Harbour Levy' }));
    const analysis = analyzeQuestion('how many members voted for the motion on the harbour levy?', { now, committees });
    const quoted = (selectProposalVote(amended, analysis, weigh) ?? []).map(({ segment }) => segment.text).join(' ');
    expect(quoted).toContain('put the substantive motion on the harbour levy to the vote');
    expect(quoted).toContain('For (33) …');
    expect(quoted).toContain('… Against (17) … Abstain (2) … Motion carried.');
    expect(quoted).not.toContain('Mrs Hale');
    expect(quoted).not.toContain('Amendment lost');
  });

  it('finds no vote in an item that records none', () => {
    const analysis = analyzeQuestion('did the amendment on branch closures get through?', { now, committees });
    expect(selectProposalVote(item.slice(3), analysis, weigh)).toBeUndefined();
  });
});

describe('asksAboutProposal', () => {
  it("asks for a proposal's result, not its text or the item's decision", () => {
    expect(asksAboutProposal('was the motion on bus lanes carried?')).toBe(true);
    expect(asksAboutProposal('what did the motion on bus lanes propose?')).toBe(false);
    expect(asksAboutProposal('what was the cabinet decision on bus lanes?')).toBe(false);
    expect(asksAboutProposal('how many councillors voted against the bus lanes amendment?')).toBe(true);
    expect(asksAboutProposal('how many bus lanes did the motion ask for?')).toBe(false);
    expect(asksAboutProposal('how did Mr Tremayne vote on restoring the evening buses?')).toBe(true);
    expect(asksAboutProposal('how many evening buses will be restored?')).toBe(false);
  });
});
