import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { asksAmendmentText, selectAmendmentChanges } from './amendment-changes.js';

// One minute item of invented full-council minutes: a motion, then an amendment restating it with one line changed.
const item = [
  `5) Mrs Okonjo proposed, and Mr Tandy seconded the motion that
“Council is asked to:
(1) Note the report on the library service
(2) Agree the closure of the rural branches from April”`,
  `9) Mr Ferris proposed and Ms Gale seconded the following amendment to the motion set out in paragraph 5:
“Council is asked to:
(1) Note the report on the library service
(2) Ask the Cabinet to delay the branch closures by one year”
10) The Chairman put the amendment to the vote and it was lost.`,
].map((text, ordinal) => testChunk({ text, ordinal, minute: '77', minuteTitle: 'Library Service' }));

describe('selectAmendmentChanges', () => {
  it("quotes what the named member's amendment changed, not the lines it restates from the motion", () => {
    expect(asksAmendmentText('what amendment did Mr Ferris move on the library service?')).toBe(true);
    const quoted = (selectAmendmentChanges(item, 'what amendment did Mr Ferris move on the library service?') ?? [])
      .map(({ segment }) => segment.text)
      .join(' ');
    expect(quoted).toContain('Mr Ferris proposed');
    expect(quoted).toContain('delay the branch closures by one year');
    expect(quoted).not.toContain('Note the report');
    expect(quoted).not.toContain('to the vote');
  });

  it('finds no amendment for a member who brought none, and leaves questions about the vote alone', () => {
    expect(selectAmendmentChanges(item, 'what amendment did Mrs Okonjo move on the library service?')).toEqual([]);
    expect(selectAmendmentChanges(item, 'what did the amendment on the library service propose?')).toBeUndefined();
    expect(asksAmendmentText('was the amendment Mr Ferris moved carried?')).toBe(false);
  });
});
