import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/core/dates.js';
import { shiftDates } from './shift-dates.js';

describe('shiftDates', () => {
  it('moves long dates, keeping ordinals, padding and capitals', () => {
    expect(shiftDates('held on 5 December 2023.', 7)).toBe('held on 12 December 2023.');
    expect(shiftDates('on 15th January, 2019 at', 7)).toBe('on 22nd January, 2019 at');
    expect(shiftDates('4TH DECEMBER 2018', 28)).toBe('1ST JANUARY 2019');
    expect(shiftDates('05 December 2023', 1)).toBe('06 December 2023');
    expect(shiftDates('the 3rd of march 2024', 10)).toBe('the 13th of march 2024');
    expect(shiftDates('From 1<sup>st</sup> October 2022', 1)).toBe('From 2<sup>nd</sup> October 2022');
    expect(shiftDates('on 30 May 2024', 1)).toBe('on 31 May 2024');
    expect(shiftDates('on 31 May 2024', 1)).toBe('on 1 June 2024');
  });

  it('moves short and numeric dates, keeping two-digit years', () => {
    expect(shiftDates('Date: 03-Dec-24', 30)).toBe('Date: 02-Jan-25');
    expect(shiftDates('08/11/23 and 24/11/2023', 7)).toBe('15/11/23 and 01/12/2023');
  });

  it('moves the weekday written before a date with it', () => {
    expect(shiftDates('Tuesday 31 October 2023', 7)).toBe('Tuesday 7 November 2023');
    expect(shiftDates('TUESDAY, 31 October 2023', 1)).toBe('WEDNESDAY, 1 November 2023');
    expect(shiftDates('Monday 24th January 2022', -2)).toBe('Saturday 22nd January 2022');
  });

  it('leaves text that is not a valid date alone', () => {
    const text = 'Report 2023-2024, item 31/09/23, 12 Monkeys 2020, page 3/4';
    expect(shiftDates(text, 7)).toBe(text);
  });

  it('shifts every date of a real paper by the same amount and nothing else', () => {
    const corpus = join(import.meta.dirname, '../../corpus');
    for (const file of readdirSync(corpus).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const shifted = shiftDates(text, 7 * 52);
      const before = findDates(text);
      const after = findDates(shifted);
      expect(after.map((date) => date.iso)).toEqual(before.map((date) => addDays(date.iso, 7 * 52)));
      expect(withoutDates(shifted)).toBe(withoutDates(text));
    }
  });
});

function withoutDates(text: string): string {
  return findDates(text)
    .reverse()
    .reduce((rest, date) => rest.slice(0, date.index) + rest.slice(date.index + date.length), text);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}
