import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/core/lines.js';
import { findPartStarts } from './find-part-starts.js';

const startsOf = (rows: string[]) => findPartStarts(toLines(rows.join('\n')));

describe('findPartStarts', () => {
  it('recognises an agenda by its "Date and Time" line and minutes by their "Present" line', () => {
    const starts = startsOf([
      'IMPROVING LIVES SELECT COMMISSION',
      'Date and Time:- Tuesday 5 December 2023 at 10.00 a.m.',
      'AGENDA',
      '1. Apologies',
      'IMPROVING LIVES SELECT COMMISSION',
      'Tuesday 31 October 2023',
      'Present:- Councillor Pitchley (in the Chair).',
    ]);
    expect(starts).toEqual([
      // The date above "AGENDA" dates the agenda (the frontsheet's heading block).
      {
        kind: 'agenda',
        lineIndex: 0,
        committee: 'Improving Lives Select Commission',
        meetingDate: '2023-12-05',
        explicit: true,
      },
      { kind: 'minutes', lineIndex: 4, committee: 'Improving Lives Select Commission', meetingDate: '2023-10-31' },
    ]);
  });

  it('dates minutes from the header only, not from dates after "Present"', () => {
    const [start] = startsOf([
      'IMPROVING LIVES SELECT COMMISSION',
      'Present:- Councillor A (in the Chair) on 5 March 2024.',
    ]);
    expect(start).toMatchObject({ kind: 'minutes', meetingDate: undefined });
  });

  it('starts minutes that lost their committee heading at the dated line above "Present:"', () => {
    const [start] = startsOf([
      'Intro text.',
      'Minutes of the Planning Committee held on 3 March 2025',
      'PRESENT: Councillor Khan',
    ]);
    expect(start).toMatchObject({ kind: 'minutes', meetingDate: '2025-03-03' });
  });

  it('starts a report at its "Public Report" cover and a work programme at its heading', () => {
    const starts = startsOf([
      'end of minutes',
      'Public Report',
      'Improving Lives Select Commission',
      '---',
      'Committee Name and Date of Committee Meeting',
      'Improving Lives Select Commission – 05 December 2023',
      '**Appendix 1: Improving Lives Select Commission –Summary Work Programme 2023/24**',
    ]);
    expect(starts).toEqual([
      { kind: 'report', lineIndex: 1 },
      { kind: 'work-programme', lineIndex: 6 },
    ]);
  });

  it('does not treat an agenda item about the work programme as a work programme', () => {
    expect(startsOf(['10. Work Programme (Pages 37 - 38)', 'To consider the Work Programme.'])).toEqual([]);
  });
});
