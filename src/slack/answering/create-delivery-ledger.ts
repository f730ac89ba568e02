export interface DeliveryLedger {
  /** True the first time any of these keys is seen; every key is then remembered. */
  claim(...keys: string[]): boolean;
}

/**
 * Remembers recent deliveries so a Slack retry (same event_id) or the app_mention + message pair for one
 * message (same channel and ts) produce one answer. Bounded: the oldest keys are forgotten first.
 */
export function createDeliveryLedger(options: { capacity: number }): DeliveryLedger {
  const seen = new Set<string>();
  return {
    claim(...keys) {
      if (keys.some((key) => seen.has(key))) return false;
      for (const key of keys) seen.add(key);
      for (const oldest of seen) {
        if (seen.size <= options.capacity) break;
        seen.delete(oldest);
      }
      return true;
    },
  };
}
