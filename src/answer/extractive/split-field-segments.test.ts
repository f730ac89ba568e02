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
