import { describe, expect, it } from 'vitest';
import { omitsReplyAsked } from './reply-not-given.js';

describe('omitsReplyAsked', () => {
  it('finds a reply asked of lines that hold only the request or a reply still awaited', () => {
    const request = ['It was agreed that a letter be sent to the Harbour Trust asking for the slipway to be cleared.'];
    expect(omitsReplyAsked('what did the harbour trust reply about the slipway?', request)).toBe(true);
    const awaited = ['The Clerk was still awaiting a response from the Harbour Trust regarding the slipway.'];
    expect(omitsReplyAsked('what has the harbour trust responded on the slipway', awaited)).toBe(true);
    expect(omitsReplyAsked('what was their response on the slipway?', awaited)).toBe(true);
  });

  it('accepts a reply the lines tell', () => {
    const asked = 'what did the harbour trust reply about the slipway?';
    expect(omitsReplyAsked(asked, ['The Harbour Trust had advised that the slipway would be cleared in May.'])).toBe(
      false,
    );
    expect(omitsReplyAsked(asked, ['REPLY: The slipway is programmed for clearance in May 2031.'])).toBe(false);
  });

  it('leaves whether a reply came, and a deadline to reply, alone', () => {
    const none = ['No reply had been received from the Harbour Trust.'];
    expect(omitsReplyAsked('did we ever hear back from the harbour trust?', none)).toBe(false);
    expect(omitsReplyAsked('has the harbour trust responded yet?', none)).toBe(false);
    expect(omitsReplyAsked('whats the deadline to reply to the trust', ['Consultation - Response before 9 May'])).toBe(
      false,
    );
  });

  it('leaves other questions alone', () => {
    expect(omitsReplyAsked('what did the parish ask the trust about the slipway?', ['A letter be sent asking.'])).toBe(
      false,
    );
  });

  it('reads "what reply did … give" as a reply asked, and a line holding off until one comes as none', () => {
    const held = [
      'That the Committee refers the ferry timetable to the Transport Minister.',
      'That the operator be asked not to change the timetable until the Minister has responded.',
    ];
    expect(omitsReplyAsked('what reply did the Transport Minister give on the ferry timetable?', held)).toBe(true);
    expect(
      omitsReplyAsked('what response did the operator get on the timetable', ['Pending a reply, no change.']),
    ).toBe(true);
    expect(
      omitsReplyAsked('what reply did the Transport Minister give on the ferry timetable?', [
        'The Minister replied that the timetable would stand.',
      ]),
    ).toBe(false);
  });
});
