import { describe, expect, it } from 'vitest';
import { titleCase } from '../../src/core/committee-names.js';
import { findCommitteeHeading, findCommitteeName } from './find-committee.js';

describe('findCommitteeHeading', () => {
  it('reads an upper-case committee heading and what follows it', () => {
    expect(findCommitteeHeading('IMPROVING LIVES SELECT COMMISSION 15th January, 2019')).toEqual({
      name: 'Improving Lives Select Commission',
      rest: '15th January, 2019',
    });
    expect(findCommitteeHeading('HEALTH AND WELLBEING BOARD')?.name).toBe('Health and Wellbeing Board');
  });

  it('reads a body named by whom it is made of whole', () => {
    expect(findCommitteeHeading('BOARD OF DIRECTORS – MEETING HELD IN PUBLIC')).toEqual({
      name: 'Board of Directors',
      rest: '– MEETING HELD IN PUBLIC',
    });
    expect(findCommitteeName('Severnside Council of Governors – 3 May 2035')).toBe('Severnside Council of Governors');
  });

  it("reads a bilingual heading's body in the language the parser knows, and an assembly named at its end", () => {
    expect(findCommitteeHeading('ASSEMBLÉE PAROISSIALE / PARISH ASSEMBLY')?.name).toBe('Parish Assembly');
    expect(findCommitteeHeading('PWYLLGOR CYNLLUNIO / PLANNING COMMITTEE')?.name).toBe('Planning Committee');
    expect(findCommitteeHeading('PLANNING COMMITTEE / 5 MARCH 2036')).toEqual({
      name: 'Planning Committee',
      rest: '/ 5 MARCH 2036',
    });
    expect(findCommitteeHeading('ASSEMBLY ROOMS, MARKET STREET')).toBeUndefined();
    expect(findCommitteeHeading('THE ASSEMBLY ROOMS / YR YSTAFELLOEDD')).toBeUndefined();
  });

  it('ignores committees named in running text and minute headings about them', () => {
    expect(findCommitteeHeading('The Improving Lives Select Commission noted the report.')).toBeUndefined();
    expect(findCommitteeHeading('Improving Lives Select Commission – 05 December 2023')).toBeUndefined();
  });
});

describe('findCommitteeName', () => {
  it('reads a mixed-case committee name from a report summary sheet', () => {
    expect(findCommitteeName('Improving Lives Select Commission – 05 December 2023')).toBe(
      'Improving Lives Select Commission',
    );
  });

  it('returns nothing when no body word is present', () => {
    expect(findCommitteeName('Town Hall, Moorgate Street')).toBeUndefined();
  });
});

describe('titleCase', () => {
  it('keeps small words low and capitalises hyphenated parts', () => {
    expect(titleCase('OVERVIEW  AND SCRUTINY MANAGEMENT BOARD')).toBe('Overview and Scrutiny Management Board');
    expect(titleCase('SUB-COMMITTEE OF THE CABINET')).toBe('Sub-Committee of the Cabinet');
    expect(titleCase('LICENSING COMMITTEE (HEARINGS PANEL)')).toBe('Licensing Committee (Hearings Panel)');
  });

  it('keeps a bracketed acronym of the words before it in capitals, but not a bracketed word', () => {
    expect(titleCase('ADOPTION OF THE INTEGRATED WASTE MANAGEMENT PLAN (IWMP)')).toBe(
      'Adoption of the Integrated Waste Management Plan (IWMP)',
    );
    expect(titleCase('REVIEW OF THE DEPARTMENT OF TOURISM (DOT) GRANT')).toBe(
      'Review of the Department of Tourism (DOT) Grant',
    );
    expect(titleCase('OVERVIEW AND SCRUTINY COMMITTEE (CALL-IN)')).toBe('Overview and Scrutiny Committee (Call-In)');
    expect(titleCase('HARBOUR BOARD (PART TWO)')).toBe('Harbour Board (Part Two)');
  });
});
