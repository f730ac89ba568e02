import { describe, expect, it } from 'vitest';
import { dueRuns } from './due-runs.js';

const weekdaysAtEight = '0 8 * * 1-5';
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('dueRuns', () => {
  it('lists the weekday 08:00 London runs missed between the last run and now, in order', () => {
    // Friday 30 August 2024 after its run, to Tuesday 3 September after its run: Monday and Tuesday (BST, UTC+1).
    expect(
      iso(
        dueRuns(new Date('2024-08-30T07:00:05Z'), new Date('2024-09-03T09:00:00Z'), weekdaysAtEight, 'Europe/London'),
      ),
    ).toEqual(['2024-09-02T07:00:00.000Z', '2024-09-03T07:00:00.000Z']);
  });

  it('follows the timezone across the change from summer time', () => {
    expect(
      iso(
        dueRuns(new Date('2024-10-25T12:00:00Z'), new Date('2024-10-28T12:00:00Z'), weekdaysAtEight, 'Europe/London'),
      ),
    ).toEqual(['2024-10-28T08:00:00.000Z']);
  });

  it('is empty before the next run, and counts a run due exactly now', () => {
    expect(
      dueRuns(new Date('2024-09-02T07:00:00Z'), new Date('2024-09-03T06:59:59Z'), weekdaysAtEight, 'Europe/London'),
    ).toEqual([]);
    expect(
      iso(
        dueRuns(new Date('2024-09-02T07:00:00Z'), new Date('2024-09-03T07:00:00Z'), weekdaysAtEight, 'Europe/London'),
      ),
    ).toEqual(['2024-09-03T07:00:00.000Z']);
  });

  it('never lists the last run itself again', () => {
    expect(
      dueRuns(new Date('2024-09-02T07:00:00Z'), new Date('2024-09-02T07:30:00Z'), weekdaysAtEight, 'Europe/London'),
    ).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(
      dueRuns(new Date('2024-01-01T00:00:00Z'), new Date('2024-12-31T00:00:00Z'), '* * * * *', 'UTC', 5),
    ).toHaveLength(5);
  });
});
