import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/paper.js';
import { onlyPart } from '../../test/support/parse-corpus-paper.js';
import { parseDocument } from './parse-document.js';

// Invented papers of kinds first met in test/fixtures/held-out-layouts-10: a panel's hearing under a long title in
// capitals, a scrutiny committee's business referenced by year in sentence case.
function parse(text: string): ParsedDocument {
  return parseDocument({ source: 'paper.txt', text, sha256: createHash('sha256').update(text).digest('hex') });
}

describe('a hearing titled in long capitals over "Minutes of the meeting held …"', () => {
  it('reads the title block as the minutes heading, not an undated paper of its own', () => {
    const minutes = onlyPart(
      parse(
        [
          'WESTERLEIGH AND MOSSDALE FIRE AUTHORITY APPOINTMENTS PANEL',
          '',
          'PRE-APPOINTMENT HEARING: PROPOSED APPOINTMENT OF THE CHIEF FIRE OFFICER AND CHIEF EXECUTIVE',
          '',
          'Minutes of the meeting held at Beacon House, Westerleigh on Tuesday 6 March 2040 at 11.00 am',
          '',
          'Members present: Councillor Agatha Brynmor (Chair), Councillor Ivo Lestrange',
          '',
          'WAP/40/01 Declarations of interest',
          'None.',
          '',
          'WAP/40/02 Questions to the candidate',
          'Councillor Lestrange asked about on-call crewing.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes).toMatchObject({ start: 0, meetingDate: '2040-03-06' });
  });
});

describe('a scrutiny committee whose referenced items carry sentence-case titles', () => {
  it('reads a long sentence-case title after a dated reference as an item heading', () => {
    const minutes = onlyPart(
      parse(
        [
          'HARROWDEAN COUNTY COUNCIL',
          '',
          'ADULT SOCIAL CARE SCRUTINY COMMITTEE',
          '',
          'Minutes of the meeting held on Wednesday 4 April 2040 at 10.00 am',
          '',
          'Present: Councillor Tobit Quenby (Chair), Councillor Ysolde Marchbank',
          '',
          'ASC/40/11 Apologies',
          'None.',
          '',
          'ASC/40/12 Proposed transfer of the respite beds at Fernleigh House to the Oakmoor care village',
          'The Director described the move of eight beds.',
          'RESOLVED: That the transfer be opposed.',
          '',
          'ASC/40/13 Date of next meeting',
          'Wednesday 6 June 2040.',
        ].join('\n'),
      ),
      'minutes',
    );
    expect(minutes.minutes?.items.map((item) => item.number)).toEqual(['ASC/40/11', 'ASC/40/12', 'ASC/40/13']);
    expect(minutes.minutes?.items[1]?.resolutions[0]?.text).toBe('That the transfer be opposed.');
  });
});

describe("a council's response to a petition", () => {
  it('is dated by the day the response was issued, not the day the petition came in', () => {
    const response = onlyPart(
      parse(
        [
          'ALDERCOMBE BOROUGH COUNCIL',
          '',
          'PETITION RESPONSE',
          '',
          'Petition: "Keep the Fallowmere ferry running"',
          'Date received: 9 January 2040',
          'Date of response: 21 February 2040',
          '',
          'The council will fund the ferry until the end of the summer timetable while a trust is formed to run it.',
        ].join('\n'),
      ),
      'other',
    );
    expect(response.meetingDate).toBe('2040-02-21');
  });
});

describe('a register of decisions exported as a tab-separated table', () => {
  const document = parse(
    [
      'FARTHINGALE DISTRICT COUNCIL',
      '',
      'Register of Delegated and Executive Decisions',
      '',
      'Ref\tDate of decision\tDecision maker\tSubject\tDecision',
      'RD/40/01\t4 June 2040\tCabinet Member for Parks\tBowling green lease\tTo grant a ten-year lease to the Larkhill Bowls Club',
      'RD/40/02\t19 June 2040\tCabinet\tMarket canopy repairs\tTo spend £48,000 on repairs to the market canopy',
      '',
      'None of the decisions above was called in.',
    ].join('\n'),
  );

  it('reads each row as a decision dated by its own date cell, taken by its decision maker', () => {
    const rows = document.parts.filter((part) => part.meetingDate !== null);
    expect(rows.map(({ meetingDate, committee, title }) => ({ meetingDate, committee, title }))).toEqual([
      { meetingDate: '2040-06-04', committee: 'Cabinet Member for Parks', title: 'Bowling green lease' },
      { meetingDate: '2040-06-19', committee: 'Cabinet', title: 'Market canopy repairs' },
    ]);
  });

  it("keeps the register's own heading under the council", () => {
    expect(document.parts[0]).toMatchObject({ committee: 'Farthingale District Council', meetingDate: null });
  });
});
