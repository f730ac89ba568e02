import { describe, expect, it } from 'vitest';
import { blankRunningLines } from './blank-running-lines.js';

describe('blankRunningLines', () => {
  const text = [
    'HALLOWMERE HARBOUR BOARD',
    '',
    '4. DREDGING PROGRAMME',
    '',
    'The Harbour Master reported on the silt survey.',
    '',
    'Hallowmere Harbour Board - 3 June 2031',
    'Page 2',
    '',
    'RESOLVED: That dredging of the inner basin begin in September.',
    '',
    'Hallowmere Harbour Board - 3 June 2031',
    'Page 3',
    '',
    '5. MOORING FEES',
  ].join('\n');

  it('blanks page numbers and the running header beside them, keeping every line in its place', () => {
    const lines = blankRunningLines(text).split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[6]).toBe('');
    expect(lines[7]).toBe('');
    expect(lines[11]).toBe('');
    expect(lines[12]).toBe('');
    expect(lines[9]).toBe('RESOLVED: That dredging of the inner basin begin in September.');
    expect(lines[0]).toBe('HALLOWMERE HARBOUR BOARD');
  });

  it('keeps a line beside a page number that the paper prints only once', () => {
    const once = 'Summary of the silt survey\nPage 2\nThe survey found two shoals.';
    expect(blankRunningLines(once)).toBe('Summary of the silt survey\n\nThe survey found two shoals.');
  });

  it('leaves a paper without page numbers as it is', () => {
    expect(blankRunningLines('Minutes\n\nPresent: Councillor Ashby')).toBe('Minutes\n\nPresent: Councillor Ashby');
  });
});
