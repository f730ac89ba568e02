import { LRUCache } from 'lru-cache';

export interface DeliveryLedger {
  /** True the first time any of these keys is seen; every key is then remembered. */
  claim(...keys: string[]): boolean;
}

/**
 * Remembers recent deliveries so a Slack retry (same event_id) or the app_mention + message pair for one
 * message (same channel and ts) produce one answer. Bounded: the least recently seen keys are forgotten first.
 */
export function createDeliveryLedger(options: { capacity: number }): DeliveryLedger {
  const seen = new LRUCache<string, true>({ max: options.capacity });
  return {
    claim(...keys) {
      if (keys.some((key) => seen.has(key))) return false;
      for (const key of keys) seen.set(key, true);
      return true;
    },
  };
}
