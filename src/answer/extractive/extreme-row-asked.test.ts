import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { splitSegments } from '../../core/sentences.js';
import { withExtremeRowAsked } from './extreme-row-asked.js';

const summary = testChunk({
  ordinal: 3,
  text: 'Since the befriending scheme began in May 2030 there have been 410 referrals, 96 of them completing it.',
});
const tabTable = testChunk({
  ordinal: 4,
  text: [
    '<b>Befriending scheme referrals (Kestrel Vale)</b>\t\t\t',
    '\tReferrals\tReferrals matched\tCompleted',
    'Q4 2030-31\t61\t20\t3',
    'Q1 2031-32\t47\t18\t12',
    'Q2 2031-32\t52\t25\t14',
    '<b>Total</b>\t<b>160</b>\t<b>63</b>\t<b>29</b>',
  ].join('\n'),
});
const pipeTable = testChunk({
  ordinal: 5,
  text: [
    'Potholes reported by ward, January to March 2032.',
    '| Ward | Potholes reported | Repaired within 28 days |',
    '|---|---|---|',
    '| Eastfold | 140 | 96 |',
    '| Millbank | 88 | 80 |',
    '| Total | 228 | 176 |',
  ].join('\n'),
});
const chosenFrom = (chunk: typeof summary) => ({
  segments: [{ ...splitSegments(chunk.text)[0]!, passageIndex: 0, score: 2, signal: 1 }],
  candidates: [{ passage: { chunk, score: 1 }, coverage: 0.9 }],
});
const texts = (read: ReturnType<typeof withExtremeRowAsked>) => read?.segments.map((segment) => segment.text);

describe('withExtremeRowAsked', () => {
  it("quotes the row with the highest or lowest figure of the column the question names, not the table's total", () => {
    const found = [
      { chunk: summary, score: 1 },
      { chunk: tabTable, score: 0.8 },
    ];
    expect(
      texts(withExtremeRowAsked(chosenFrom(summary), 'which quarter had the most befriending completions?', found)),
    ).toEqual([
      'Q2 2031-32 — Referrals: 52; Referrals matched: 25; Completed: 14 (the highest Completed of the 3 rows)',
    ]);
    expect(
      texts(withExtremeRowAsked(chosenFrom(summary), 'which quarter had the fewest befriending referrals?', found)),
    ).toEqual([
      'Q1 2031-32 — Referrals: 47; Referrals matched: 18; Completed: 12 (the lowest Referrals of the 3 rows)',
    ]);
  });

  it('says what a row is when the first column names it', () => {
    const read = withExtremeRowAsked(
      chosenFrom(pipeTable),
      'which ward had the fewest potholes repaired within 28 days?',
      [],
    );
    expect(texts(read)).toEqual([
      'Ward: Millbank — Potholes reported: 88; Repaired within 28 days: 80 (the lowest Repaired within 28 days of the 2 rows)',
    ]);
  });

  it('says the papers do not rank the rows by a measure no one column names', () => {
    const course = testChunk({
      text: ['| Month | Started course | Completed course |', '| May | 12 | 9 |', '| June | 15 | 7 |'].join('\n'),
    });
    expect(
      withExtremeRowAsked(chosenFrom(course), 'which month had the most people leave the course?', []),
    ).toBeUndefined();
  });

  it('says the papers do not rank the rows by a measure no column names', () => {
    expect(
      withExtremeRowAsked(chosenFrom(pipeTable), 'which ward had the most flooding complaints?', []),
    ).toBeUndefined();
    expect(
      withExtremeRowAsked(chosenFrom(tabTable), 'which quarter had the most befriending drop-outs?', []),
    ).toBeUndefined();
  });

  it('leaves a question asking no highest or lowest row, or lines with no table of figures, alone', () => {
    const chosen = chosenFrom(summary);
    expect(withExtremeRowAsked(chosen, 'how many befriending referrals have there been?', [])).toBe(chosen);
    expect(withExtremeRowAsked(chosen, 'which scheme had the most referrals?', [])).toBe(chosen);
    expect(
      withExtremeRowAsked(chosen, 'what share of referrals completed at least one session?', [
        { chunk: tabTable, score: 1 },
      ]),
    ).toBe(chosen);
  });
});
