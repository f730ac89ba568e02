import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { parseReportSheet } from './parse-report.js';

const sheet = (rows: string[]) => parseReportSheet(toLines(rows.join('\n\n')));

describe('parseReportSheet', () => {
  it('reads label-over-value sheets and strips contact details from the author', () => {
    const { detail, committeeLine } = sheet([
      'Committee Name and Date of Committee Meeting',
      'Improving Lives Select Commission – 17 September 2024',
      'Report Title',
      'Ofsted Focused Visit',
      'Report Author(s)',
      'Monica Green',
      '01709 822271 or monica.green@rotherham.gov.uk',
      'Exempt from the Press and Public',
      'No',
      'Ofsted Focused Visit to Rotherham',
    ]);
    expect(committeeLine).toBe('Improving Lives Select Commission – 17 September 2024');
    expect(detail).toMatchObject({ title: 'Ofsted Focused Visit', author: 'Monica Green', exempt: false });
  });

  it('stops at the exemption answer so the report body is not read as part of the sheet', () => {
    const lines = toLines(['Report Title', 'A', 'Exempt from the Press and Public', 'No', '1. Background'].join('\n'));
    expect(parseReportSheet(lines).lastLineIndex).toBe(3);
  });

  it('reads an exempt report as exempt, and an unclear answer as unknown', () => {
    expect(
      sheet(['Exempt from the Press and Public', 'Yes – Appendix 2 is exempt under paragraph 3']).detail.exempt,
    ).toBe(true);
    expect(sheet(['Exempt from the Press and Public', 'Partially']).detail.exempt).toBeNull();
    expect(sheet(['Report Title', 'No sheet answer']).detail.exempt).toBeNull();
  });

  it('reads values written on the label line, as tables and colons have them', () => {
    const { detail } = parseReportSheet(
      toLines(
        [
          'Report Title: Budget: an update',
          'Report Author(s)\tJo Bloggs',
          'Exempt from the Press and Public:\tYes',
          'Body text that must not be read as a field',
        ].join('\n'),
      ),
    );
    expect(detail).toMatchObject({ title: 'Budget: an update', author: 'Jo Bloggs', exempt: true });
  });

  it('ignores the question mark that ends a label on its own line', () => {
    const { detail } = sheet([
      '**Is this a Key Decision and has it been included on the Forward Plan?**',
      'No',
      '**Report Title**',
      'T',
    ]);
    expect(detail.title).toBe('T');
  });
});
