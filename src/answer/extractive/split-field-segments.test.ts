import { describe, expect, it } from 'vitest';
import { splitFieldSegments } from './split-field-segments.js';

const sheet = [
  '**Report Title**',
  '',
  'Fostering Update',
  '',
  '**Report Author(s)**',
  '',
  'Jo Bloggs  ',
  '[jo.bloggs@example.gov.uk](mailto:jo.bloggs@example.gov.uk)',
  '',
  'Exempt from the Press and Public',
  '',
  'No',
].join('\n');

describe('splitFieldSegments', () => {
  it("starts a field at each of a decision record's own labels, known to the cover sheet labels or not", () => {
    const record = [
      'Decision maker: Cabinet Member for Parks',
      'Decision:',
      '1. To close the Linden Road bowling green from 1 May.',
      'Reasons for the decision:',
      'Two members remain and the green costs £18,000 a year.',
      'Call-in deadline: 5.00 pm on 9 April.',
    ].join('\n');
    expect(splitFieldSegments(record).map((field) => field.text.split('\n')[0])).toEqual([
      'Decision maker: Cabinet Member for Parks',
      'Decision:',
      'Reasons for the decision:',
      'Call-in deadline: 5.00 pm on 9 April.',
    ]);
  });

  it('keeps each summary sheet label with its value, verbatim', () => {
    const fields = splitFieldSegments(sheet);
    expect(fields.map((field) => field.text.replace(/\s+/g, ' '))).toEqual([
      '**Report Title** Fostering Update',
      '**Report Author(s)** Jo Bloggs [jo.bloggs@example.gov.uk](mailto:jo.bloggs@example.gov.uk)',
      'Exempt from the Press and Public No',
    ]);
    for (const field of fields) expect(sheet.slice(field.start, field.end)).toBe(field.text);
  });
});

describe('splitFieldSegments after the sheet', () => {
  it('keeps a numbered recommendation with the label printed over it', () => {
    const text =
      '**Recommendations**\n\n1. That the panel notes the harbour dredging plan.\n\n**Background Papers**\n\nNone';
    expect(splitFieldSegments(text).map((field) => field.text.replace(/\s+/g, ' '))).toEqual([
      '**Recommendations** 1. That the panel notes the harbour dredging plan.',
      '**Background Papers** None',
    ]);
  });

  it('ends the last field where the report’s first numbered section starts', () => {
    const text = 'Title: Allotment Rents Review\n\n1. Purpose of the report\n\n1.1 To set rents for 2027/28.';
    expect(splitFieldSegments(text).map((field) => field.text)).toEqual([
      'Title: Allotment Rents Review',
      '1. Purpose of the report',
      '1.1 To set rents for 2027/28.',
    ]);
  });
});
