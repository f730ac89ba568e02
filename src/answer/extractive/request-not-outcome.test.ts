import { describe, expect, it } from 'vitest';
import { asksOutcomeNotRequest, reportsRequestMade } from './request-not-outcome.js';

describe('reportsRequestMade', () => {
  it('reads what a petition, deputation or letter asks for', () => {
    expect(reportsRequestMade('The petition asks the council to keep the ferry running.')).toBe(true);
    expect(reportsRequestMade('A deputation from the allotment society called on the board to delay the sale.')).toBe(
      true,
    );
  });

  it('does not read the council asking its officers so', () => {
    expect(reportsRequestMade('Members asked officers to report back in June.')).toBe(false);
    expect(reportsRequestMade('The council will keep the ferry running.')).toBe(false);
  });
});

describe('asksOutcomeNotRequest', () => {
  it('holds for whether something is done, not for what was asked', () => {
    expect(asksOutcomeNotRequest('will the ferry stop running in winter?', false)).toBe(true);
    expect(asksOutcomeNotRequest('what does the ferry petition ask for?', false)).toBe(false);
    expect(asksOutcomeNotRequest('how many signatures did the petition collect?', false)).toBe(false);
  });
});
