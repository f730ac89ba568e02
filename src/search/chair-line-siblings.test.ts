import { describe, expect, it } from 'vitest';
import { makePaper } from '../../test/support/make-paper.js';
import { analyzeQuestion } from './analyze-question.js';
import { asksForChair, withChairLineSiblings } from './chair-line-siblings.js';
import type { RetrievedPassage } from './retrieval.js';

// The chair is named only in the opening item ("… presided"), which shares no word with "who chaired".
const opening = makePaper(
  'lakeshore.txt',
  [
    'Town of Lakeshore',
    'Committee of the Whole',
    'Minutes',
    '',
    'Date: Tuesday, March 11, 2025',
    '',
    'Present: Councillor N. Adeyemi, Councillor O. Brandt, Councillor P. Castillo',
    'Regrets: Mayor Q. Duval',
    '',
    '1. Call to Order',
    'Councillor Adeyemi presided while the Mayor was away and opened the meeting at 6:00 p.m.',
    '',
    '2. Boat Launch Fees',
    'Moved by Councillor Brandt',
    'Seconded by Councillor Castillo',
    'That the seasonal boat launch pass be set at $60.',
    'Carried',
  ].join('\n'),
);
const chunks = opening.chunks;
const attendance = chunks.find((chunk) => chunk.section === 'Attendance')!;
const callToOrder = chunks.find((chunk) => /presided/.test(chunk.text))!;
const fees = chunks.find((chunk) => /boat launch pass/.test(chunk.text))!;
const lookup = async (ids: string[]) => chunks.filter((chunk) => ids.includes(chunk.id));

describe("the line naming a meeting's chair", () => {
  it('joins a "who chaired" ranking under the attendance passage that names no chair', async () => {
    const ranked: RetrievedPassage[] = [
      { chunk: attendance, score: 2 },
      { chunk: fees, score: 1 },
    ];
    const result = await withChairLineSiblings(ranked, lookup, { includeExempt: false, committee: undefined });
    expect(result.map((passage) => passage.chunk.id)).toEqual([attendance.id, callToOrder.id, fees.id]);
  });

  it('ranks first when the question names that body', async () => {
    const ranked: RetrievedPassage[] = [
      { chunk: fees, score: 3 },
      { chunk: attendance, score: 1 },
    ];
    const result = await withChairLineSiblings(ranked, lookup, {
      includeExempt: false,
      committee: 'Committee of the Whole',
    });
    expect(result[1]?.chunk.id).toBe(callToOrder.id);
    expect(result[1]?.score).toBeGreaterThan(2.9);
  });

  it("lifts the named body's own attendance list when it names the chair itself", async () => {
    const marked = makePaper(
      'ardcullen.txt',
      [
        'Minutes of the Meeting of the Ardcullen Municipal District held on Tuesday 6th May 2025',
        '',
        'MEMBERS PRESENT:',
        'Cllr. Eimear Nolan (Cathaoirleach), Cllr. Ruairi Teehan',
        '',
        'Item 1: Road Works',
        'The road works programme was noted.',
      ].join('\n'),
    ).chunks.find((chunk) => chunk.section === 'Attendance')!;
    const ranked: RetrievedPassage[] = [
      { chunk: attendance, score: 2 },
      { chunk: marked, score: 0.5 },
    ];
    const result = await withChairLineSiblings(ranked, lookup, {
      includeExempt: false,
      committee: 'Ardcullen Municipal District',
    });
    expect(result.find((passage) => passage.chunk.id === marked.id)?.score).toBe(2);
  });

  it('is looked for only when the question asks who chaired or presided', () => {
    const now = new Date('2025-06-01');
    expect(asksForChair(analyzeQuestion('Who chaired the Committee of the Whole?', { now }))).toBe(true);
    expect(asksForChair(analyzeQuestion('Who presided at the March meeting?', { now }))).toBe(true);
    expect(asksForChair(analyzeQuestion('Which members gave apologies for the March sitting?', { now }))).toBe(false);
  });
});
