import { describe, expect, it } from 'vitest';
import { askedDetails, givesDetail } from './asked-detail.js';

describe('askedDetails', () => {
  it('reads the example, promise, reason or time a question asks for', () => {
    expect(askedDetails('What example did the harbourmaster give of silting at the marina?')).toEqual(['example']);
    expect(askedDetails('What did the ports minister promise on dredging?')).toEqual(['promise']);
    expect(askedDetails('What assurance was given about the slipway?')).toEqual(['promise']);
    expect(askedDetails('How did the engineer explain the late repairs to the lock gates?')).toEqual(['reason']);
    expect(askedDetails('What timescale was set for reopening the towpath?')).toEqual(['time']);
    expect(askedDetails('By when will the ferry ramp be rebuilt?')).toEqual(['time']);
    expect(askedDetails('What did the boatmen say about mooring fees?')).toEqual([]);
  });

  it('reads a concern asked for, not the words of a topic that names one', () => {
    expect(askedDetails('What concerns were raised about the lock keepers?')).toEqual(['concern']);
    expect(askedDetails('what was the harbourmaster worried about')).toEqual(['concern']);
    expect(askedDetails('What were the boatmen’s worries over the new fees?')).toEqual(['concern']);
    // "Marinas causing concern" names the marinas asked about, not a worry asked for.
    expect(askedDetails('How are marinas causing concern supported?')).toEqual([]);
  });
});

describe('givesDetail', () => {
  it('finds the sentence that holds the detail, not one that only shares the topic', () => {
    expect(givesDetail('For instance, the east basin lost a metre of depth in a year.', ['example'])).toBe(1);
    expect(givesDetail('Silting at the marina is a long-standing problem.', ['example'])).toBe(0);
    expect(givesDetail("We'll write to the committee once the survey is back.", ['promise'])).toBe(1);
    expect(givesDetail('The reason why the gates failed is the frost last winter.', ['reason'])).toBe(1);
    // A reason given in passing is as often the opening context.
    expect(givesDetail('We know, because boaters tell us, that the lock is slow.', ['reason'])).toBe(0);
    expect(givesDetail('The towpath should reopen in September.', ['time'])).toBe(1);
    expect(givesDetail('Boaters may use the towpath.', ['time'])).toBe(0);
    expect(givesDetail('We are particularly worried about the lock keepers.', ['concern'])).toBe(1);
    expect(givesDetail('The lock keepers met us in April.', ['concern'])).toBe(0);
  });
});
