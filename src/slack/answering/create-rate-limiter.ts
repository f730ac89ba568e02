export interface RateLimiter {
  /** Counts one use by `key`; false when the key has used its allowance in the window. */
  tryTake(key: string): boolean;
}

/** Sliding-window limit per key (a Slack user), kept in memory. */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const uses = new Map<string, number[]>();
  return {
    tryTake(key) {
      const cutoff = now() - options.windowMs;
      const recent = (uses.get(key) ?? []).filter((time) => time > cutoff);
      if (recent.length >= options.limit) {
        uses.set(key, recent);
        return false;
      }
      recent.push(now());
      uses.set(key, recent);
      // Forget idle users so the map cannot grow without bound.
      if (uses.size > 10_000) {
        for (const [otherKey, times] of uses) if (times.every((time) => time <= cutoff)) uses.delete(otherKey);
      }
      return true;
    },
  };
}
