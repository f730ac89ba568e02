import { describe, expect, it } from 'vitest';
import { summarizeLatencies } from './summarize-latencies.js';

describe('summarizeLatencies', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(summarizeLatencies(values)).toEqual({
      count: 100,
      meanMs: 50.5,
      p50Ms: 50,
      p95Ms: 95,
      p99Ms: 99,
      maxMs: 100,
    });
  });

  it('reports zeros for no values', () => {
    expect(summarizeLatencies([]).p95Ms).toBe(0);
  });
});
