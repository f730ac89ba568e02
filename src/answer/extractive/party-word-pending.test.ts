import { describe, expect, it } from 'vitest';
import {
  awaitsApprovalAsked,
  awaitsBodyAcceptance,
  awaitsBodyDecision,
  awaitsPartyWord,
} from './party-word-pending.js';

const bodies = ['Quillbrook Parish Council'];

describe('awaitsPartyWord', () => {
  it('finds a party named only as who is still to give its word', () => {
    const consult = [
      'Members said the new lanterns left dark patches on the towpath. The Town Engineer said he would consult with the lantern contractor, Fenlight, and report back.',
    ];
    expect(
      awaitsPartyWord('what did fenlight report back about the dark patches on the towpath?', consult, bodies),
    ).toBe(true);
    const once = [
      'Sites for the flashing speed sign were agreed. Once the sign was fitted a notice should go in the newsletter asking for villagers’ views.',
    ];
    expect(awaitsPartyWord('what did villagers say about the flashing speed sign?', once, bodies)).toBe(true);
    const later = ['The Harbour Trust would decide on the slipway repairs at its spring meeting.'];
    expect(awaitsPartyWord('what did the harbour trust decide about the slipway repairs?', later, bodies)).toBe(true);
    const addressed = ['A report on the slipway is to be sent to the Harbour Trust in due course.'];
    expect(awaitsPartyWord('what has the harbour trust said about the slipway?', addressed, bodies)).toBe(true);
  });

  it('matches the party by its words, not by stems shared with other words', () => {
    const other = [
      'The Government’s grant for the quay was confirmed. The quay plans were due to be presented to the Governance and Standards Panel on 14th May.',
    ];
    expect(awaitsPartyWord('what did governance and standards say about the quay plans?', other, bodies)).toBe(true);
    const plans = ['The plans for the marsh path were noted and would go to the Planning Inspectorate on 3rd June.'];
    expect(awaitsPartyWord('what did the planning inspectorate say about the marsh path?', plans, bodies)).toBe(true);
  });

  it('accepts a party whose word the passage tells', () => {
    const told = [
      'The Harbour Trust had replied that the slipway repairs would start in May. The Clerk would write to the Harbour Trust to thank them.',
    ];
    expect(awaitsPartyWord('what did the harbour trust reply about the slipway?', told, bodies)).toBe(false);
    const source = ['In response to villagers’ concerns about speeding, a flashing sign was bought.'];
    expect(awaitsPartyWord('what did villagers say about speeding?', source, bodies)).toBe(false);
    const wish = ['Villagers would like the sign moved nearer the school.'];
    expect(awaitsPartyWord('what did villagers say about the sign?', wish, bodies)).toBe(false);
    const agreed = ['The bin store would move, as agreed with Fenlight on site.'];
    expect(awaitsPartyWord('what did fenlight agree about the bin store?', agreed, bodies)).toBe(false);
  });

  it('leaves a party the passage never names, the sitting and the paper’s own body alone', () => {
    const unnamed = ['It was reported that the slipway repairs would start in May.'];
    expect(awaitsPartyWord('what did the harbour trust report about the slipway?', unnamed, bodies)).toBe(false);
    const sitting = ['The Committee would consider the slipway at its next meeting.'];
    expect(awaitsPartyWord('what did the committee decide about the slipway?', sitting, bodies)).toBe(false);
    const own = ['Quillbrook Parish Council would write to the Harbour Trust.'];
    expect(awaitsPartyWord('what did quillbrook parish council say about the slipway?', own, bodies)).toBe(false);
  });

  it('leaves questions that ask for no party’s word alone', () => {
    const later = ['The Harbour Trust would decide on the slipway repairs at its spring meeting.'];
    expect(awaitsPartyWord('when will the slipway repairs be decided?', later, bodies)).toBe(false);
  });
});

describe('awaitsBodyDecision', () => {
  it('finds a body named only as who is still to decide, or not named in another body’s papers', () => {
    const later = [
      'Work on the ferry timetable continued; a fuller update would be brought back to the Board in due course.',
    ];
    expect(
      awaitsBodyDecision('what did the harbour board decide about the ferry timetable?', later, ['Harbour Board']),
    ).toBe(true);
    const elsewhere = ['The review panel heard that the ferry timetable had been cut twice since the spring.'];
    expect(
      awaitsBodyDecision('has the board agreed to restore the ferry timetable?', elsewhere, ['Scrutiny Panel']),
    ).toBe(true);
  });

  it('leaves a body named otherwise, or the body whose papers they are, alone', () => {
    const named = ['The Board noted the ferry timetable and asked for the winter sailings to be kept.'];
    expect(awaitsBodyDecision('what did the board decide about the ferry timetable?', named, ['Harbour Board'])).toBe(
      false,
    );
    const own = ['The ferry timetable was discussed at length.'];
    expect(awaitsBodyDecision('what did the board decide about the ferry timetable?', own, ['Harbour Board'])).toBe(
      false,
    );
    expect(
      awaitsBodyDecision('what did the harbour trust say about the ferry timetable?', own, ['Scrutiny Panel']),
    ).toBe(false);
  });
});

describe('awaitsBodyAcceptance', () => {
  const promised = [
    'The Moorings Review recommendations were presented to Cabinet on 3 May 2033. Cabinet agreed to respond to the recommendations by July 2033.',
  ];

  it('finds a body asked what it accepted that the lines name only as promising its word', () => {
    expect(awaitsBodyAcceptance('which moorings review recommendations did cabinet accept', promised)).toBe(true);
    expect(awaitsBodyAcceptance('has the cabinet accepted the moorings review', promised)).toBe(true);
  });

  it('accepts a body that gave its word, and leaves a body the lines do not name alone', () => {
    const given = ['Cabinet accepted recommendations 1 and 3 of the Moorings Review on 5 July 2033.'];
    expect(awaitsBodyAcceptance('which moorings review recommendations did cabinet accept', given)).toBe(false);
    const unnamed = ['The panel approved the Moorings Review and forwarded it.'];
    expect(awaitsBodyAcceptance('which moorings review recommendations did cabinet accept', unnamed)).toBe(false);
    expect(awaitsBodyAcceptance('what is in the moorings review', promised)).toBe(false);
    expect(awaitsBodyAcceptance('has cabinet decided anything on moorings yet', promised)).toBe(false);
  });
});

describe('awaitsApprovalAsked', () => {
  const toCome = [
    'The Harbour Board presented the revised business case.',
    'It was anticipated that the business case would be completed by April and then submitted for ratification.',
  ];

  it('finds the date of an approval asked where the lines only say it is still to come', () => {
    expect(awaitsApprovalAsked('when did the board ratify the revised business case?', toCome)).toBe(true);
    expect(
      awaitsApprovalAsked('when was the mooring strategy approved?', ['The strategy is to be approved in May.']),
    ).toBe(true);
  });

  it('leaves an approval printed as done, lines naming none, and other questions alone', () => {
    const done = ['The mooring strategy was approved by the board in March 2031.'];
    expect(awaitsApprovalAsked('when was the mooring strategy approved?', done)).toBe(false);
    expect(awaitsApprovalAsked('when was the mooring strategy approved?', ['The strategy covers 2031-2035.'])).toBe(
      false,
    );
    expect(awaitsApprovalAsked('what happens to the revised business case?', toCome)).toBe(false);
  });
});
