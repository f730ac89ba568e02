import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './create-rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows `limit` uses per key in a sliding window', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => time });
    expect([limiter.tryTake('U1'), limiter.tryTake('U1'), limiter.tryTake('U1')]).toEqual([true, true, false]);
    expect(limiter.tryTake('U2')).toBe(true);
    time = 59_999;
    expect(limiter.tryTake('U1')).toBe(false);
    time = 60_001;
    expect(limiter.tryTake('U1')).toBe(true);
  });
});
