import { describe, expect, it } from 'vitest';
import { asksForOfficer, omitsOfficerAsked } from './officer-not-named.js';

describe('omitsOfficerAsked', () => {
  const row = ['Harbour lighting survey · Awaiting Date'];

  it('reads a person asked for by the office they hold for an item or report', () => {
    expect(asksForOfficer('who is the lead officer for the harbour lighting survey')).toBe(true);
    expect(asksForOfficer("who's the author of the quay repairs report?")).toBe(true);
    expect(asksForOfficer('who wrote the report on quay repairs')).toBe(true);
    expect(asksForOfficer('who gave apologies to the quay repairs meeting?')).toBe(false);
    expect(asksForOfficer('who delivers the quay repairs training?')).toBe(false);
    expect(asksForOfficer('what does the lead officer recommend?')).toBe(false);
  });

  it('finds an officer asked for answered by lines that name nobody', () => {
    expect(omitsOfficerAsked('who is the lead officer for the harbour lighting survey', row)).toBe(true);
    expect(
      omitsOfficerAsked('who wrote the report on quay repairs', ['Report Title Quay Repairs Programme Update']),
    ).toBe(true);
  });

  it('finds who brought an item asked for answered by its agenda line naming nobody, and accepts one naming a post', () => {
    const asked = 'who gave the verbal update on the harbour users forum in march?';
    expect(asksForOfficer(asked)).toBe(true);
    expect(asksForOfficer('who presented the quay repairs item?')).toBe(true);
    expect(omitsOfficerAsked(asked, ['To consider any updates from the Harbour Users Forum.'])).toBe(true);
    expect(
      omitsOfficerAsked(asked, ['To receive a verbal update from the Vice-Chair on the Harbour Users Forum.']),
    ).toBe(false);
  });

  it('accepts a line naming a person by post, honorific or contact details', () => {
    const lead = 'who is the lead officer for the harbour lighting survey';
    expect(omitsOfficerAsked(lead, ['Tamsin Orrell, Head of Harbour Services'])).toBe(false);
    expect(omitsOfficerAsked(lead, ['Presented by Dr Okafor.'])).toBe(false);
    expect(omitsOfficerAsked(lead, ['Tamsin Orrell 01632 960 412 or tamsin.orrell@harbour.example'])).toBe(false);
    expect(omitsOfficerAsked('when is the harbour lighting survey due?', row)).toBe(false);
  });

  it("asked for a report's writer or contact officer, finds a line naming only who presented it no answer", () => {
    const presented = ['Mrs Pellow, Cabinet Member for Harbours, introduced the report on quay repairs.'];
    expect(omitsOfficerAsked('who is the contact officer for the quay repairs report?', presented)).toBe(true);
    expect(omitsOfficerAsked("who's the author of the quay repairs report?", presented)).toBe(true);
    expect(
      omitsOfficerAsked('who is the contact officer for the quay repairs report?', ['Contact Officer: Ravi Penn']),
    ).toBe(false);
    expect(omitsOfficerAsked('who wrote the quay repairs report', ['Author: Ravi Penn, Harbour Engineer'])).toBe(false);
    expect(omitsOfficerAsked('who wrote the quay repairs report', ['From: Ravi Penn, Harbour Engineer'])).toBe(false);
    expect(omitsOfficerAsked('who is the lead officer for the quay repairs report?', presented)).toBe(false);
  });

  it('finds who runs or answers for a thing answered by lines that name nobody', () => {
    expect(asksForOfficer("who's responsible for the Kestle ferry maintenance contract")).toBe(true);
    expect(asksForOfficer('who ran the lantern parade planning workshop in spring')).toBe(true);
    const held = ['A planning workshop was held with members, who gave their views. It was well attended.'];
    expect(omitsOfficerAsked('who ran the lantern parade planning workshop in spring', held)).toBe(true);
    expect(
      omitsOfficerAsked("who's responsible for the Kestle ferry maintenance contract", [
        'The Cabinet Member had visited the Kestle ferry slipway with staff.',
      ]),
    ).toBe(true);
  });

  it('accepts a line naming who runs it by name, post or body', () => {
    const ran = 'who ran the lantern parade planning workshop in spring';
    expect(omitsOfficerAsked(ran, ['The workshop was run by the Brackwater Arts Trust.'])).toBe(false);
    expect(omitsOfficerAsked(ran, ['Cllr Pellow led the workshop with members.'])).toBe(false);
    expect(omitsOfficerAsked(ran, ['The Events Manager ran the workshop.'])).toBe(false);
    expect(omitsOfficerAsked(ran, ['The workshop was run by the local partnership.'])).toBe(true);
  });

  it('accepts a line naming who runs it by first name and surname, without honorific or post', () => {
    const runs = "who's responsible for running the empty homes scheme?";
    expect(omitsOfficerAsked(runs, ['Jo Penhallow, who managed the scheme, presented at the forum.'])).toBe(false);
    expect(omitsOfficerAsked(runs, ['The scheme was praised by Harbour Lane, which hosted the forum.'])).toBe(true);
  });
});
