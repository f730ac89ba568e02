import { describe, expect, it } from 'vitest';
import { promisesReturn, recordsAsk } from './records-ask.js';

describe('recordsAsk', () => {
  it('keeps the undertakings and requests a narrative records, in every style', () => {
    for (const sentence of [
      'The Clerk will write to the drainage board.',
      'The Chair asked the Clerk to investigate and report back.',
      'ACTION: TG to obtain a second quote for the bus shelter.',
      'Staff were directed to return with a revised parking fee schedule.',
      'Council directed the Town Manager to negotiate a licence with the rowing club.',
      'The Chief Executive to write to the Minister for Housing.',
      'The Director of Services would arrange a site meeting with the residents.',
      'Mr. Darcy replied that the lighting review would be brought to the July meeting.',
      'The Committee requested a further report on the culvert.',
      'Members asked for regular footbridge repair updates.',
      'REPLY: The Area Engineer is examining the junction and a report will be issued shortly.',
      'Still not happy with the strimming - the Chairman and Clerk will again inspect.',
      'Could the allotments be discussed again - this will be put on the Agenda for the next meeting.',
      'Cllr. Farrell welcomed the scheme but asked that the Clerk be asked to circulate the plans.',
    ]) {
      expect(recordsAsk(sentence), sentence).toBe(true);
    }
  });

  it('passes over narrative that asks nothing of anyone', () => {
    for (const sentence of [
      'The Clerk had tried to investigate the matter.',
      'Action: Motion by Councilmember Reyes, second by Councilmember Holt, to approve the minutes.',
      'Members were directed to the appendix for the figures.',
      'The Treasurer presented the accounts for the year.',
      'The Chairman and Clerk met a representative from GBM to inspect the goalposts.',
      'The water board had provided an update to say that it was reviewing the scheme and a further update would be issued in due course.',
      'Cllr. Farrell welcomed the scheme but asked that more benches be provided at the harbour.',
    ]) {
      expect(recordsAsk(sentence), sentence).toBe(false);
    }
  });

  it("keeps a markdown task list's items, ticked or not, beside a Resolved block too", () => {
    for (const sentence of [
      '- [ ] Jo Marsh to send the survey to residents by 5 May',
      '* [x] Sam Orr to chase the contractor',
    ]) {
      expect(recordsAsk(sentence), sentence).toBe(true);
      expect(promisesReturn(sentence), sentence).toBe(true);
    }
    expect(recordsAsk('- Jo Marsh gave an update on the survey.')).toBe(false);
  });
});
