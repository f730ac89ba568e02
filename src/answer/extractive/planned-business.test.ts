import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { monthOfPlannedBusiness, plannedBusiness } from './planned-business.js';

const programme = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  kind: 'work-programme',
  text: '4 March 2031 · Mooring fees\n14 May 2031 · Moorings review · Dredging contract\n2 July 2031 · Slipway repairs\n03-Sep-31',
});
const minutes = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  text: 'The chair said the dredging contract would come back on 14 May 2031.',
});
const agenda = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  kind: 'agenda',
  text: 'The next meeting of the Harbour Board will be held on 14 May 2031 at the Pilot House.',
});
const may = { since: '2031-05-14', until: '2031-05-14', anchor: '2031-05-14' };

describe('plannedBusiness', () => {
  it('reads the business a plan lists for the day asked, not its other sittings', () => {
    const lines = plannedBusiness(may, [
      { chunk: minutes, score: 1 },
      { chunk: agenda, score: 0.8 },
      { chunk: programme, score: 0.5 },
    ]);
    expect(lines.map((line) => line.text)).toEqual(['14 May 2031 · Moorings review · Dredging contract']);
    expect(lines[0]!.passageIndex).toBe(2);
  });

  it("reads an agenda's line naming the day when no work programme does", () => {
    const lines = plannedBusiness(may, [{ chunk: agenda, score: 1 }]);
    expect(lines.map((line) => line.passageIndex)).toEqual([0]);
  });

  it('finds nothing when no plan names the day, or names it on an empty row', () => {
    expect(plannedBusiness({ since: '2031-09-03', until: '2031-09-03' }, [{ chunk: programme, score: 1 }])).toEqual([]);
    expect(plannedBusiness({ since: '2031-09-01', until: '2031-09-01' }, [{ chunk: programme, score: 1 }])).toEqual([]);
  });
});

describe('monthOfPlannedBusiness', () => {
  const read = (question: string) =>
    monthOfPlannedBusiness(
      analyzeQuestion(question, { now: new Date('2031-01-10T00:00:00Z'), committees: ['Harbour Board'] }),
    );

  it("reads the month whose sitting's business the question asks, and the programme's row for it answers", () => {
    const range = read('which topics are lined up for the harbour board in may 2031');
    expect(range).toMatchObject({ since: '2031-05-01', until: '2031-05-31' });
    const lines = plannedBusiness(range!, [{ chunk: programme, score: 1 }]);
    expect(lines.map((line) => line.text)).toEqual(['14 May 2031 · Moorings review · Dredging contract']);
  });

  it('leaves a topic asked in a month, a named day and a whole year to the other rules', () => {
    expect(read('what was said about dredging in May 2031?')).toBeUndefined();
    expect(read("what's on the agenda on 14 May 2031?")).toBeUndefined();
    expect(read("what's on the agenda in 2031?")).toBeUndefined();
  });
});
