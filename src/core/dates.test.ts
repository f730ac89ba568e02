import { describe, expect, it } from 'vitest';
import {
  findDates,
  findFirstDate,
  formatMeetingDate,
  formatShortDate,
  monthName,
  readDate,
  spellOutMonths,
  toIso,
  toIsoDay,
} from './dates.js';

const isoDates = (text: string): string[] => findDates(text).map((date) => date.iso);

describe('findDates', () => {
  it('reads British long dates with ordinals, commas, "of" and superscripts', () => {
    expect(isoDates('Tuesday 5 December 2023')).toEqual(['2023-12-05']);
    expect(isoDates('15th January, 2019')).toEqual(['2019-01-15']);
    expect(isoDates('the 3rd of march 2024')).toEqual(['2024-03-03']);
    expect(isoDates('held on 4<sup>th</sup> December, 2018')).toEqual(['2018-12-04']);
    expect(isoDates('4TH DECEMBER 2018')).toEqual(['2018-12-04']);
  });

  it('reads the formal "the 3rd day of May" a town clerk writes', () => {
    expect(isoDates('on Monday the 2nd day of August 2027 at 7 p.m.')).toEqual(['2027-08-02']);
    expect(isoDates('from the 21st Day of March, 2028')).toEqual(['2028-03-21']);
  });

  it('reads a superscript ordinal printed apart from its day or read by OCR as marks', () => {
    expect(isoDates('ON TUESDAY, 7 TH OCTOBER, 2025, AT 10.00 A.M.')).toEqual(['2025-10-07']);
    expect(isoDates('on Tuesday, 10"" March, 2026 at 10.00 a.m.')).toEqual(['2026-03-10']);
    expect(isoDates('held on 21* July, 2026, and on 15” September, 2026')).toEqual(['2026-07-21', '2026-09-15']);
    expect(isoDates("ON THURSDAY, 11™ DECEMBER, 2025 and 12'' January, 2026")).toEqual(['2025-12-11', '2026-01-12']);
    expect(isoDates('a 12" main laid in March 2026')).toEqual([]);
  });

  it('reads a month-first date only with its ordinal', () => {
    expect(isoDates('next meeting: October 3rd 2012 @7.30pm')).toEqual(['2012-10-03']);
    expect(isoDates('HELD ON MAY 21ST, 2012')).toEqual(['2012-05-21']);
    expect(isoDates('March 4 2025')).toEqual([]);
  });

  it('reads short and numeric dates day first', () => {
    expect(isoDates('03-Dec-24 and 18-Jun-2024')).toEqual(['2024-12-03', '2024-06-18']);
    expect(isoDates('08/11/23, 24/11/2023')).toEqual(['2023-11-08', '2023-11-24']);
  });

  it('rejects impossible dates and things that only look like dates', () => {
    expect(isoDates('31 February 2024, 31/09/23, 2022-2027, 2019/20, Q3 2021-22, 12 Monkeys 2020')).toEqual([]);
    expect(isoDates('December 2023')).toEqual([]);
  });

  it('returns dates in text order with offsets that slice back to them', () => {
    const text = 'from 24/11/23 to 5 December 2023';
    const dates = findDates(text);
    expect(dates.map((date) => date.iso)).toEqual(['2023-11-24', '2023-12-05']);
    expect(dates.map((date) => text.slice(date.index, date.index + date.length))).toEqual([
      '24/11/23',
      '5 December 2023',
    ]);
    expect(findFirstDate(text)?.iso).toBe('2023-11-24');
    expect(findFirstDate('no date here')).toBeUndefined();
  });
});

describe('toIso and monthName', () => {
  it('validates calendar dates including leap years', () => {
    expect(toIso(2024, 2, 29)).toBe('2024-02-29');
    expect(toIso(2023, 2, 29)).toBeUndefined();
    expect(toIso(2023, 13, 1)).toBeUndefined();
    expect(toIso(1850, 1, 1)).toBeUndefined();
  });

  it('spells months with a capital', () => {
    expect(monthName(12)).toBe('December');
  });
});

describe('formatMeetingDate', () => {
  it('writes an ISO date the British way, whatever the local time zone', () => {
    expect(formatMeetingDate('2023-10-31')).toBe('31 October 2023');
    expect(formatMeetingDate('2024-03-05')).toBe('5 March 2024');
  });

  it('says when a paper is undated rather than guess', () => {
    expect(formatMeetingDate(null)).toBe('undated paper');
  });
});

describe('formatShortDate', () => {
  it('writes the short form used in citation lines, and "undated" for anything else', () => {
    expect(formatShortDate('2023-10-31')).toBe('31 Oct 2023');
    expect(formatShortDate('2023-13-01')).toBe('undated');
    expect(formatShortDate(undefined)).toBe('undated');
  });
});

describe('readDate', () => {
  const now = new Date('2024-09-11T12:00:00Z');

  it('reads ISO and British dates', () => {
    expect(readDate('2024-09-01', now)?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(readDate('1 September 2024', now)?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(readDate('01/09/2024', now)?.toISOString()).toBe('2024-09-01T00:00:00.000Z');
  });

  it('reads plain words relative to now', () => {
    expect(toIsoDay(readDate('yesterday', now) as Date)).toBe('2024-09-10');
    expect(toIsoDay(readDate('last Monday', now) as Date)).toBe('2024-09-09');
  });

  it('refuses impossible and unreadable dates', () => {
    expect(readDate('2024-02-31', now)).toBeUndefined();
    expect(readDate('31 February 2024', now)).toBeUndefined();
    expect(readDate('whenever', now)).toBeUndefined();
  });
});

describe('spellOutMonths', () => {
  it('writes out a month cut short beside a day, either way round', () => {
    expect(spellOutMonths('who spoke at the 14 Feb board?')).toBe('who spoke at the 14 February board?');
    expect(spellOutMonths('the 3rd of Sept. meeting')).toBe('the 3rd of September. meeting');
    expect(spellOutMonths('minutes of Oct 21')).toBe('minutes of October 21');
  });

  it('writes out a month cut short beside a year', () => {
    expect(spellOutMonths('what came up in feb 2021')).toBe('what came up in February 2021');
    expect(spellOutMonths('the Sept. 2024 board')).toBe('the September 2024 board');
  });

  it('writes out a day typed in numbers, day first, with a two- or four-digit year', () => {
    expect(spellOutMonths('what did the panel agree on 7/4/31?')).toBe('what did the panel agree on 7 April 2031?');
    expect(spellOutMonths('the 12/11/2029 board')).toBe('the 12 November 2029 board');
  });

  it('leaves numbers that are no calendar day and a financial year as typed', () => {
    expect(spellOutMonths('held on 31/2/31')).toBe('held on 31/2/31');
    expect(spellOutMonths('the 2031/32 budget')).toBe('the 2031/32 budget');
  });

  it('leaves a short month with no day or year beside it, a full month and a clock time alone', () => {
    expect(spellOutMonths('what did Jan Novak say?')).toBe('what did Jan Novak say?');
    expect(spellOutMonths('the 2026 Jun budget')).toBe('the 2026 Jun budget');
    expect(spellOutMonths('held on 14 February')).toBe('held on 14 February');
    expect(spellOutMonths('starting dec 9:30')).toBe('starting dec 9:30');
  });
});
