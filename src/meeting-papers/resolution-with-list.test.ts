import { describe, expect, it } from 'vitest';
import { resolutionWithList } from './resolution-with-list.js';

const minute = `3. RESOLVED that Cabinet agree to:

A) Note the forecast overspend of £23.3m.
b) Agree the capital budget
changes.

89. Next item
`;
const resolved = 'that Cabinet agree to:';
const resolution = { text: resolved, start: minute.indexOf(resolved), end: minute.indexOf(resolved) + resolved.length };

describe('resolutionWithList', () => {
  it('takes the list a resolution introduces, wrapped entries joined, up to the next item', () => {
    const expanded = resolutionWithList(minute, resolution, minute.indexOf('89.'));
    expect(expanded.text).toBe(
      'that Cabinet agree to: A) Note the forecast overspend of £23.3m; b) Agree the capital budget changes.',
    );
    expect(minute.slice(expanded.start, expanded.end)).toBe(
      'that Cabinet agree to:\n\nA) Note the forecast overspend of £23.3m.\nb) Agree the capital budget\nchanges.',
    );
  });

  it('leaves a complete resolution alone', () => {
    const text = 'RESOLVED that the report be noted.\n\na) Something else';
    const complete = { text: 'that the report be noted.', start: 9, end: 34 };
    expect(resolutionWithList(text, complete, text.length)).toEqual(complete);
  });
});
