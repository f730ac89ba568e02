import { describe, expect, it } from 'vitest';
import { onePassage } from '../../../test/support/one-passage.js';
import { withFieldBlockOutcome } from './field-block-outcome.js';

const text = [
  '6. Planning',
  'Applicant: Mr & Mrs P Orrell',
  'Ref. No: 31/00412/F',
  'Location: Mill House, Carter Lane, Fenby',
  'Details: Single storey rear extension',
  'No objection',
  '7. Finance',
  'Payments: £120 to the hall',
].join('\n\n');
const { candidates, line } = onePassage(text);

describe('withFieldBlockOutcome', () => {
  it("adds the council's word that closes an application's block of fields", () => {
    const chosen = { segments: [line('Location: Mill House, Carter Lane, Fenby')], candidates };
    expect(withFieldBlockOutcome(chosen).segments.map((segment) => segment.text)).toEqual([
      'Location: Mill House, Carter Lane, Fenby',
      'No objection',
    ]);
  });

  it('adds nothing after a field whose block closes on something else', () => {
    const chosen = { segments: [line('Payments: £120 to the hall')], candidates };
    expect(withFieldBlockOutcome(chosen).segments).toHaveLength(1);
    const heading = { segments: [line('Details: Single storey rear extension'), line('No objection')], candidates };
    expect(withFieldBlockOutcome(heading).segments).toHaveLength(2);
    // Read as one sentence with the field above it, the closing word is chosen already.
    const joined = { segments: [line('Details: Single storey rear extension\n\nNo objection')], candidates };
    expect(withFieldBlockOutcome(joined).segments).toHaveLength(1);
  });
});
