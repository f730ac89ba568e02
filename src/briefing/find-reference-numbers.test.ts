import { describe, expect, it } from 'vitest';
import { findReferenceNumbers } from './find-reference-numbers.js';

describe('findReferenceNumbers', () => {
  it('reads a decision number in an agenda title and a labelled one on a cover sheet', () => {
    expect(findReferenceNumbers('7. 24/00109 - Transfer of the Youth Service')).toEqual(['24/00109']);
    expect(findReferenceNumbers('Decision No: CAB-2023-045\nClassification: Unrestricted')).toEqual(['CAB-2023-045']);
  });

  it('does not take a date or a page range for a reference', () => {
    expect(findReferenceNumbers('Published 30/01/2025 (Pages 11 - 24); budget 2025/26, 2024/2025 and 2024-25')).toEqual(
      [],
    );
  });
});
