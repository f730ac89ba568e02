import { describe, expect, it } from 'vitest';
import { namesMeeting } from './names-meeting.js';

describe('namesMeeting', () => {
  it('reads a date typed against the body as one sitting of it', () => {
    expect(namesMeeting('What did the October 2031 Executive resolve on the harbour?', 'Executive')).toBe(true);
    expect(namesMeeting('what did the executive on 4 october agree about moorings', 'Executive')).toBe(true);
    expect(namesMeeting('Who spoke at the Harbour Board in June?', 'Harbour Board')).toBe(true);
    expect(namesMeeting('what was settled on dredging when the harbour board met in june 2031', undefined)).toBe(true);
    expect(namesMeeting('what did members say after the panel sat on 4 may', undefined)).toBe(true);
  });

  it("reads the body typed by its name's initials", () => {
    const board = 'Harbour Safety Advisory Board';
    expect(namesMeeting('who chaired the harbour sab in may 2031', board)).toBe(true);
    expect(namesMeeting('who chaired the tarrow spc in october', 'Tarrow Ferries Strategic Policy Committee')).toBe(
      true,
    );
    expect(namesMeeting('what is the sab budget for 2031', board)).toBe(false);
  });

  it('reads what a body decided in a month as what its sittings of that month decided', () => {
    expect(namesMeeting('what did the harbour board decide about dredging fees in march 2031?', 'Harbour Board')).toBe(
      true,
    );
    expect(namesMeeting('What did the Executive agree on moorings on 4 October?', 'Executive')).toBe(true);
    expect(namesMeeting('What did the Executive decide about the budget for 2031?', 'Executive')).toBe(false);
  });

  it('reads "meeting" as naming one, with or without a body', () => {
    expect(namesMeeting('What was agreed at the 4 October meeting?', undefined)).toBe(true);
  });

  it('reads a date typed against a body the index does not hold as its sitting', () => {
    expect(namesMeeting('who chaired the lighthouse panel in june 2031', undefined)).toBe(true);
  });

  it('does not read a date that dates the subject as a sitting', () => {
    expect(namesMeeting('What was the June 2031 council tax rise?', undefined)).toBe(false);
    expect(namesMeeting('What did the Executive say about the October 2031 deadline?', 'Executive')).toBe(false);
    expect(namesMeeting('What is the harbour budget for October?', undefined)).toBe(false);
  });
});
