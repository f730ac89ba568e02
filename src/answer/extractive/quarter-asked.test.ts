import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { splitSegments } from '../../core/sentences.js';
import { askedQuarter, printsQuarter, withQuarterAsked } from './quarter-asked.js';

const summary = testChunk({
  ordinal: 3,
  text: 'Since the befriending scheme began in May 2030 there have been 410 referrals, 96 of them completing it.',
});
const table = testChunk({
  ordinal: 4,
  text: [
    '<b>Befriending scheme referrals (Kestrel Vale)</b>',
    '\tReferrals\tMatched\tCompleted',
    'Q4 2030-31\t61\t20\t3',
    'Q1 2031-32\t47\t18\t12',
    'Q2 2031-32\t52\t25\t14',
  ].join('\n'),
});
const totalLine = splitSegments(summary.text)[0]!;
const chosen = {
  segments: [{ ...totalLine, passageIndex: 0, score: 2, signal: 1 }],
  candidates: [{ passage: { chunk: summary, score: 1 }, coverage: 0.9 }],
};
const found = [
  { chunk: summary, score: 1 },
  { chunk: table, score: 0.8 },
];

describe('askedQuarter / printsQuarter', () => {
  it('reads a quarter and its financial year as typed or printed', () => {
    expect(askedQuarter('how many were matched in q1 2031-32')).toEqual({ number: 1, year: 2031 });
    expect(askedQuarter('completions in Quarter 2 of 31/32?')).toEqual({ number: 2, year: 2031 });
    expect(askedQuarter('how many referrals last year')).toBeUndefined();
    expect(printsQuarter('Q1 2031-32\t47\t18\t12', { number: 1, year: 2031 })).toBe(true);
    expect(printsQuarter('Q1 2030-31\t47\t18\t12', { number: 1, year: 2031 })).toBe(false);
    // A figure after a tab is the row's, not the quarter's year.
    expect(printsQuarter('Q3\t44\t6', { number: 3, year: 2031 })).toBe(true);
  });
});

describe('withQuarterAsked', () => {
  it("quotes the asked quarter's row, read with its columns, instead of the running total", () => {
    const read = withQuarterAsked(chosen, 'how many befriending referrals were there in q1 2031-32', found)!;
    expect(read.segments.map((segment) => segment.text)).toEqual([
      'Q1 2031-32 — Referrals: 47; Matched: 18; Completed: 12',
    ]);
    expect(read.candidates[read.segments[0]!.passageIndex]!.passage.chunk).toBe(table);
  });

  it('says the papers do not give a quarter no line prints', () => {
    expect(withQuarterAsked(chosen, 'how many befriending referrals were there in q3 2031-32', found)).toBeUndefined();
  });

  it('leaves the lines of an item titled by the quarter asked alone', () => {
    const monitoring = testChunk({
      minuteTitle: 'Revenue Budget Monitoring – Quarter 1',
      text: ['Service\tBudget\tForecast\tVariance', 'Waste\t6,420\t6,985\t565', 'Total\t18,320\t19,457\t1,137'].join(
        '\n',
      ),
    });
    const total = splitSegments(monitoring.text)[2]!;
    const quotedTotal = {
      segments: [{ ...total, passageIndex: 0, score: 2, signal: 1 }],
      candidates: [{ passage: { chunk: monitoring, score: 1 }, coverage: 0.9 }],
    };
    expect(withQuarterAsked(quotedTotal, 'what was the forecast overspend at quarter 1?', [])).toBe(quotedTotal);
  });

  it('leaves a question naming no quarter, or lines printing the one asked, alone', () => {
    expect(withQuarterAsked(chosen, 'how many befriending referrals have there been', found)).toBe(chosen);
    const quoted = { ...chosen, segments: [{ ...chosen.segments[0]!, text: 'In Q2 2031-32 there were 52.' }] };
    expect(withQuarterAsked(quoted, 'referrals in q2 2031-32?', found)).toBe(quoted);
  });
});
