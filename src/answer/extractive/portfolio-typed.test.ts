import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { portfoliosTyped, portfolioTypedAbsent } from './portfolio-typed.js';

const replies = {
  text: 'Reply from Councillor Ines Ward, Cabinet Member for Waste and Recycling\nThe depot reopens in May.',
} as unknown as Chunk;

describe('portfolioTypedAbsent', () => {
  it('reads the first word of the portfolio an office is named by', () => {
    expect(portfoliosTyped('what did the Cabinet Member for Libraries say about opening hours?')).toEqual([
      'libraries',
    ]);
    expect(portfoliosTyped('did the portfolio holder for the environment reply?')).toEqual(['environment']);
    expect(portfoliosTyped('what did the cabinet say about the depot?')).toEqual([]);
  });

  it('holds an office asked about absent from passages where only other portfolios answer', () => {
    expect(portfolioTypedAbsent('what did the Cabinet Member for Libraries say about the depot?', [replies])).toBe(
      true,
    );
    expect(portfolioTypedAbsent('what did the cabinet member for waste say about the depot?', [replies])).toBe(false);
    expect(portfolioTypedAbsent('what did the cabinet say about the depot?', [replies])).toBe(false);
  });

  it("takes an office named bare, beside no other portfolio, for the item's own holder", () => {
    const visit = { text: 'The Cabinet Member had toured the Brackenfold hostel.' } as unknown as Chunk;
    expect(portfolioTypedAbsent('which hostel did the cabinet member for CLS tour?', [visit])).toBe(false);
    const both = {
      text: 'The Cabinet Member had toured the hostel with the Cabinet Member for Waste and Recycling.',
    } as unknown as Chunk;
    expect(portfolioTypedAbsent('which hostel did the cabinet member for CLS tour?', [both])).toBe(true);
  });
});
