import { describe, expect, it } from 'vitest';
import { quotesOnlyInvitedApologies } from './apologies-only-invited.js';

describe('quotesOnlyInvitedApologies', () => {
  const invitation = ['To receive the apologies of any Member who is unable to attend the meeting.'];

  it('finds who sent apologies answered only by the agenda item inviting them', () => {
    expect(quotesOnlyInvitedApologies('who gave apologies at the 4 march harbour board?', invitation)).toBe(true);
    expect(
      quotesOnlyInvitedApologies("who couldn't make the march meeting", ['Item 1: To note apologies for absence.']),
    ).toBe(true);
  });

  it('keeps lines that record who was away, and questions about something else', () => {
    expect(
      quotesOnlyInvitedApologies('who gave apologies at the 4 march harbour board?', [
        'Apologies were received from Councillors Ames and Hart.',
      ]),
    ).toBe(false);
    expect(quotesOnlyInvitedApologies('what is item 1 on the agenda?', invitation)).toBe(false);
  });
});
