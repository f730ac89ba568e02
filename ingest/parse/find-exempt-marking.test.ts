import { describe, expect, it } from 'vitest';
import { findExemptMarking } from './find-exempt-marking.js';

// Cover wordings seen on English, Welsh, Scottish and Irish papers, and the ones that must not count.
const exempt = [
  'Classification: Exempt',
  'Classification: Restricted',
  'Classification:\nCONFIDENTIAL',
  'NOT FOR PUBLICATION by virtue of Paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972',
  'Exempt from the Press and Public: Yes',
  'Exempt from the Press and Public? Y',
  '**Exempt from the Press and Public**\n\nYes – appendix 2 is exempt under paragraph 3',
  'Exempt from the Press and Public\tPartially',
  'This report contains exempt information as defined in paragraph 3 of Schedule 12A',
  'Exempt information by virtue of paragraph 1 of Part 1 of Schedule 12A of the Local Government Act 1972',
  'Appendix 1 is exempt under Paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972',
  'Is the report, or any of its appendices, confidential or exempt? Yes',
  'PRIVATE AND CONFIDENTIAL',
  'Part 2',
  'Private report',
  'Key decision: No\nExempt: Yes',
  'Exempt information: Yes – paragraph 3',
  'Part II – Exempt',
  'Open or exempt: Exempt',
];
const publicPapers = [
  'Classification: Unrestricted',
  'Classification: Public',
  'Exempt from the Press and Public: No',
  'Exempt from the Press and Public\n\nNo',
  'Is the report, or any of its appendices, confidential or exempt? No',
  'Wards affected: All\nExempt: No',
  'Confidential: No',
  'Part I',
  'Part 1 (Public)',
  'For publication [Do not include information which is exempt from publication under schedule 12a of the Local Government Act 1972]',
];
const unmarked = [
  'MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 January 2025.',
  'Summary: This report provides the Cabinet with the Commissioning Plan for approval.',
  'The Committee discussed the confidentiality of the consultation responses.',
];

describe('findExemptMarking', () => {
  it.each(exempt)('reads "%s" as exempt', (cover) => expect(findExemptMarking(cover)).toBe(true));
  it.each(publicPapers)('reads "%s" as public', (cover) => expect(findExemptMarking(cover)).toBe(false));
  it.each(unmarked)('finds no marking in "%s"', (cover) => expect(findExemptMarking(cover)).toBeNull());
});
