import { describe, expect, it } from 'vitest';
import { findDateRange, findYearlessDay } from './find-date-range.js';

const now = new Date('2025-03-01T12:00:00Z');

describe('findDateRange', () => {
  it('reads "in 2024" as the calendar year', () => {
    expect(findDateRange('What did the commission hear about fostering in 2024?', now)).toEqual({
      since: '2024-01-01',
      until: '2024-12-31',
      anchor: undefined,
    });
  });

  it('reads a season of a year as its three months, and Christmas as late December', () => {
    expect(findDateRange('What is planned for the lido in autumn 2029?', now)).toMatchObject({
      since: '2029-09-01',
      until: '2029-11-30',
    });
    expect(findDateRange('What did the board hear in winter 2027?', now)).toMatchObject({
      since: '2027-12-01',
      until: '2028-02-29',
    });
    expect(findDateRange('Which sitting of the panel was before Christmas 2027?', now)).toEqual({
      until: '2027-12-24',
      anchor: undefined,
    });
  });

  it('reads "early", "mid" and "late" a year as that third of it', () => {
    expect(findDateRange('Who chaired the lido trust in late 2031?', now)).toMatchObject({
      since: '2031-09-01',
      until: '2031-12-31',
    });
    expect(findDateRange('What came of the ferry review in early 2030?', now)).toMatchObject({
      since: '2030-01-01',
      until: '2030-04-30',
    });
    expect(findDateRange('Any news on the quay mid-2029?', now)).toMatchObject({
      since: '2029-05-01',
      until: '2029-08-31',
    });
  });

  it('reads "last October" as the most recent October before now', () => {
    expect(findDateRange('What came up about youth work last October?', now)).toMatchObject({
      since: '2024-10-01',
      until: '2024-10-31',
    });
    // In October itself, "last October" is a year back.
    expect(findDateRange('What came up last October?', new Date('2024-10-15T00:00:00Z'))).toMatchObject({
      since: '2023-10-01',
      until: '2023-10-31',
    });
  });

  it('reads "since March 2023" as an open range from the first of the month', () => {
    expect(findDateRange('What has changed for care leavers since March 2023?', now)).toEqual({
      since: '2023-03-01',
      anchor: undefined,
    });
  });

  it('reads "before 2020" as an open range up to the end of that year', () => {
    expect(findDateRange('What was said about adoption before 2020?', now)).toEqual({
      until: '2020-12-31',
      anchor: undefined,
    });
  });

  it('reads "from" or "before" of the topic ("transfers from hospital") as no bound on the day named', () => {
    expect(findDateRange('How did the transfers from hospital item go at the 3 December 2024 meeting?', now)).toEqual({
      since: '2024-12-03',
      until: '2024-12-03',
      anchor: '2024-12-03',
    });
    expect(findDateRange('What did the board hear before the vote on lido fees in 2020?', now)).toEqual({
      since: '2020-01-01',
      until: '2020-12-31',
      anchor: undefined,
    });
    // The bound word a few words before the time still bounds it.
    expect(findDateRange('When did the panel meet after its January 2024 session?', now)).toEqual({
      since: '2024-01-01',
      anchor: undefined,
    });
    expect(findDateRange('What has been done since the start of 2023?', now)).toEqual({
      since: '2023-01-01',
      anchor: undefined,
    });
  });

  it('anchors a named day such as "on 5 December 2023"', () => {
    expect(findDateRange('Who chaired the meeting on 5 December 2023?', now)).toEqual({
      since: '2023-12-05',
      until: '2023-12-05',
      anchor: '2023-12-05',
    });
  });

  it('marks "the last meeting" for the index to resolve', () => {
    expect(findDateRange('What was agreed at the last meeting?', now)).toEqual({ latest: true });
    expect(findDateRange('Who sent apologies to the most recent meeting?', now)).toEqual({ latest: true });
    // The last meeting before a day is bounded by that day, not the latest on record.
    expect(findDateRange('What was on the agenda at the last meeting before Christmas 2023?', now)).toEqual({
      until: '2023-12-24',
    });
  });

  it('does not read a financial year as a year filter', () => {
    expect(findDateRange('How many referrals were there in 2022-2023?', now)).toBeUndefined();
    expect(findDateRange('What was the outturn for 2023/24?', now)).toBeUndefined();
  });

  it('finds no range in a question without a time', () => {
    expect(findDateRange('What is the foster carer recruitment programme?', now)).toBeUndefined();
  });

  it('reads a day named without its year, and leaves a dated day to findDateRange', () => {
    expect(findYearlessDay('Which reports go to the board on 12 March?')).toEqual({ month: 3, day: 12 });
    expect(findYearlessDay('the meeting of March 3rd')).toEqual({ month: 3, day: 3 });
    expect(findYearlessDay('What happened on 12 March 2025?')).toBeUndefined();
    expect(findYearlessDay('What happened in January?')).toBeUndefined();
    expect(findDateRange('Which reports go to the board on 12 March?', now)).toBeUndefined();
  });
});

describe("findDateRange on an event's date", () => {
  it('leaves a date that says when an inspection or visit happened to the event, not a sitting', () => {
    expect(findDateRange('What came of the library audit in June 2022?', now)).toBeUndefined();
    expect(findDateRange('how did the Ofsted visit of 4 February 2021 go', now)).toBeUndefined();
  });

  it("keeps the date a sitting's when the question names a body that met", () => {
    expect(findDateRange('What did the panel hear about the library audit in June 2022?', now)).toMatchObject({
      since: '2022-06-01',
      until: '2022-06-30',
    });
    expect(findDateRange('What did members say about the library in June 2022?', now)).toMatchObject({
      since: '2022-06-01',
    });
  });
});
