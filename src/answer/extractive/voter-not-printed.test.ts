import { describe, expect, it } from 'vitest';
import { asksForVoterNotPrinted } from './voter-not-printed.js';

const minutes = [
  'Apologies: Councillors Quennell and Vance',
  'A recorded vote was taken on the harbour dues motion:',
  'Councillor | For | Against | Abstain',
  'Ostrander | X | |',
  'Pemberton | | X |',
  'The motion was CARRIED (1 for, 1 against, casting vote of the chair).',
].join('\n');

describe('asksForVoterNotPrinted', () => {
  it("holds a member's vote unanswered when no quoted line names the member", () => {
    expect(asksForVoterNotPrinted('how did Councillor Tregarth vote on the harbour dues?', [minutes])).toBe(true);
  });

  it('holds it unanswered when the member is named only among the apologies', () => {
    expect(asksForVoterNotPrinted('how did Cllr Quennell vote on the harbour dues?', [minutes])).toBe(true);
  });

  it('holds it unanswered when the member is named only after "reported apologies from"', () => {
    const reported = minutes.replace(
      'Apologies: Councillors Quennell and Vance',
      'The Democratic Services Manager reported apologies from Mr Quennell and Mrs Vance.',
    );
    expect(asksForVoterNotPrinted('how did Mr Quennell vote on the harbour dues?', [reported])).toBe(true);
    expect(asksForVoterNotPrinted('how did Mr Pemberton vote on the harbour dues?', [reported])).toBe(false);
  });

  it('reads "did the member vote for or against" as asking that member\'s vote', () => {
    expect(asksForVoterNotPrinted('did Councillor Tregarth vote for or against the harbour dues?', [minutes])).toBe(
      true,
    );
    expect(asksForVoterNotPrinted('did Councillor Pemberton vote against the harbour dues?', [minutes])).toBe(false);
  });

  it('lets a quoted line naming the member answer, and leaves other questions about votes alone', () => {
    expect(asksForVoterNotPrinted('how did Councillor Pemberton vote on the harbour dues?', [minutes])).toBe(false);
    expect(asksForVoterNotPrinted('how did members vote on the harbour dues?', [minutes])).toBe(false);
    expect(asksForVoterNotPrinted('how did the vote on the harbour dues go?', [minutes])).toBe(false);
  });

  it("reads a US board member's office as the title of the member asked about", () => {
    const rollCall = [
      'Motion to approve the levee easement.',
      'Ayes: Marchetti, Oyelaran',
      'Nays: None',
      'Absent: Kowalczyk',
    ].join('\n');
    expect(asksForVoterNotPrinted('how did Supervisor Kowalczyk vote on the levee easement?', [rollCall])).toBe(true);
    expect(asksForVoterNotPrinted('how did Supervisor Oyelaran vote on the levee easement?', [rollCall])).toBe(false);
  });
});
