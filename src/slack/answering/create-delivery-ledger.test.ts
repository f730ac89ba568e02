import { describe, expect, it } from 'vitest';
import { createDeliveryLedger } from './create-delivery-ledger.js';

describe('createDeliveryLedger', () => {
  it('claims a delivery once, by any of its keys', () => {
    const ledger = createDeliveryLedger({ capacity: 10 });
    expect(ledger.claim('event:E1', 'message:C1:1.1')).toBe(true);
    expect(ledger.claim('event:E1', 'message:C1:1.1')).toBe(false);
    expect(ledger.claim('event:E2', 'message:C1:1.1')).toBe(false);
    expect(ledger.claim('event:E3', 'message:C1:2.1')).toBe(true);
  });

  it('forgets the oldest keys beyond its capacity', () => {
    const ledger = createDeliveryLedger({ capacity: 2 });
    ledger.claim('a');
    ledger.claim('b');
    ledger.claim('c');
    expect(ledger.claim('a')).toBe(true);
    expect(ledger.claim('c')).toBe(false);
  });
});
