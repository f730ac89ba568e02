import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { findMotions } from './find-motions.js';

const motionsIn = (text: string) => findMotions(text, toLines(text)).map((motion) => motion.text);

describe('findMotions', () => {
  it('reads a US agenda system\'s "A motion was made by …, seconded by …" up to its vote', () => {
    expect(
      motionsIn(
        [
          'A motion was made by Councilmember Kerrigan, seconded by Councilmember Obuya, that this item be',
          'postponed to the October 9, 2035 meeting. The motion carried by the following vote:',
          'Aye: 5 - Quintero, Lindqvist, Obuya, Kerrigan and Venkataraman',
          'Nay: 1 - Fenwright',
        ].join('\n'),
      ),
    ).toEqual([
      'A motion was made by Councilmember Kerrigan, seconded by Councilmember Obuya, that this item be postponed to the October 9, 2035 meeting. The motion carried by the following vote: Aye: 5 - Quintero, Lindqvist, Obuya, Kerrigan and Venkataraman Nay: 1 - Fenwright',
    ]);
  });

  it('reads a proposition no one seconded, put to the vote a sentence later, as a motion up to its outcome', () => {
    expect(
      motionsIn(
        [
          'The Constable proposed that the Vestry Rate for 2043 be fixed at 2.15 pence per quarter. The Treasurer',
          'presented the estimates.',
          '',
          'After debate the proposition was put to the Vestry and ADOPTED, 28 voting in favour and 4 against.',
          '',
          'Mr. Quérée proposed a vote of thanks to the retiring Treasurer.',
          '',
          'The Vestry then discussed the churchyard wall.',
        ].join('\n'),
      ),
    ).toEqual([
      'The Constable proposed that the Vestry Rate for 2043 be fixed at 2.15 pence per quarter. The Treasurer presented the estimates. After debate the proposition was put to the Vestry and ADOPTED, 28 voting in favour and 4 against.',
    ]);
  });

  it('reads a proposition adopted without a vote a sentence later as a motion up to its outcome', () => {
    expect(
      motionsIn(
        [
          'Councillor Coulthard proposed that the Council adopt the Dark Skies Policy for its own car parks. After',
          'discussion the proposition was ADOPTED without a vote.',
          '',
          'The Town Clerk reported on the bus shelter.',
        ].join('\n'),
      ),
    ).toEqual([
      'Councillor Coulthard proposed that the Council adopt the Dark Skies Policy for its own car parks. After discussion the proposition was ADOPTED without a vote.',
    ]);
  });

  it('joins a proposal, its seconder and an outcome set apart by spaces, as parish minutes print them', () => {
    expect(
      motionsIn(
        'Cllr Mrs Lintern proposed acceptance of the Minutes seconded by Cllr Hand.    **Unanimously Agreed**\n\nMatters arising were noted.',
      ),
    ).toEqual(['Cllr Mrs Lintern proposed acceptance of the Minutes seconded by Cllr Hand. Unanimously Agreed']);
  });

  it('reads "A division was called for" and the names under it as the vote, so the motion ends on its outcome', () => {
    expect(
      motionsIn(
        [
          'MOTION',
          'Moved: Cr Halloran',
          'Seconded: Cr Ibbotson',
          'That Council builds a skate park at Totara Reserve at a cost of $420,000.',
          'A division was called for, voting on which was as follows:',
          'For: Crs Halloran, Ibbotson',
          'Against: Crs Mare, Nyberg, Otway',
          'LOST 2/3',
        ].join('\n'),
      ),
    ).toEqual([
      'MOTION Moved: Cr Halloran Seconded: Cr Ibbotson That Council builds a skate park at Totara Reserve at a cost of $420,000. A division was called for, voting on which was as follows: For: Crs Halloran, Ibbotson Against: Crs Mare, Nyberg, Otway LOST 2/3',
    ]);
  });

  it('starts at the motion, not at the sentence announcing it', () => {
    expect(
      motionsIn(
        'Following considerable discussion, the following was proposed.\n\n**Cllr Mrs Clements proposed that the clerk obtains three quotes for the bus shelter, seconded by Cllr Mrs Hull.**',
      ),
    ).toEqual([
      'Cllr Mrs Clements proposed that the clerk obtains three quotes for the bus shelter, seconded by Cllr Mrs Hull.',
    ]);
  });

  it('reads "On a motion by …" with a vote printed line by line below it', () => {
    expect(
      motionsIn(
        'On a motion by Commissioner Ortiz, seconded by Commissioner Lee, the Board approved the budget amendment.\nAyes: Ortiz, Lee, Park\nNays: None\nMotion carried.\n\nThe Board then heard public comment.',
      ),
    ).toEqual([
      'On a motion by Commissioner Ortiz, seconded by Commissioner Lee, the Board approved the budget amendment. Ayes: Ortiz, Lee, Park Nays: None Motion carried.',
    ]);
  });

  it('reads a US action line, "Motion by …, second by …, to …", with its roll call and result', () => {
    expect(
      motionsIn(
        'Staff presented the bids.\nAction: Motion by Councilmember Ruiz, second by Vice Mayor Tan, to award the contract to Delta Pumps Inc.\nAyes: Ruiz, Tan, Ober\nNoes: None\nMotion passed 3-0.\n',
      ),
    ).toEqual([
      'Action: Motion by Councilmember Ruiz, second by Vice Mayor Tan, to award the contract to Delta Pumps Inc. Ayes: Ruiz, Tan, Ober Noes: None Motion passed 3-0.',
    ]);
  });

  it('takes from a run of unpunctuated list lines only the line that proposes', () => {
    const text =
      'J Smith - Application for clerk - discussed in Members Matters with the councillors present at the meeting\n\nRural Community Council - Subscription May 2005 - Subscription Proposed Cllr M. Peake, seconded Cllr L. Peake';
    expect(motionsIn(text)).toEqual([
      'Rural Community Council - Subscription May 2005 - Subscription Proposed Cllr M. Peake, seconded Cllr L. Peake',
    ]);
  });

  it('finds none in a narrative that mentions a proposal without a seconder', () => {
    expect(
      motionsIn(
        'The Clerk reported that the proposed footpath diversion had been published. Members noted the report.',
      ),
    ).toEqual([]);
  });

  it('gives offsets that slice back to the start and end of each motion', () => {
    const text =
      'Intro line.\n\nMOTION: Trustee Ng moved, seconded by Trustee Cole, to adopt the policy.\nMotion failed 2-3.';
    const [motion] = findMotions(text, toLines(text));
    expect(text.slice(motion!.start, motion!.end)).toBe(
      'MOTION: Trustee Ng moved, seconded by Trustee Cole, to adopt the policy.\nMotion failed 2-3.',
    );
  });

  it('keeps a Canadian "AND THAT …" clause with the motion it goes on from, to its outcome', () => {
    const text = [
      'Moved by: Councillor Ferris',
      'Seconded by: Deputy Reeve Marchand',
      'THAT Council award the tender to Norland Paving Inc.;',
      'AND THAT the Reeve be authorized to sign the contract.',
      'CARRIED',
    ].join('\n');
    expect(motionsIn(text)).toEqual([
      'Moved by: Councillor Ferris Seconded by: Deputy Reeve Marchand THAT Council award the tender to Norland Paving Inc.; AND THAT the Reeve be authorized to sign the contract. CARRIED',
    ]);
  });
});
