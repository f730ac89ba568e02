import { expect } from 'vitest';

/** The value, asserted present: a test fails with `what` named instead of reading a property of undefined. */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  expect(value, what).toBeDefined();
  expect(value, what).not.toBeNull();
  return value as T;
}
