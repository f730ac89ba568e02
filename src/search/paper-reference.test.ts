import { describe, expect, it } from 'vitest';
import { findPaperReference, holdsReference, namesPartItself } from './paper-reference.js';

describe('paper references', () => {
  it('reads the part of a paper a question points to', () => {
    expect(findPaperReference("what's in appendix d of the dredging report?")).toEqual({ label: 'appendix', id: 'd' });
    expect(findPaperReference('what does Annex 2 cover?')).toEqual({ label: 'appendix', id: '2' });
    expect(findPaperReference('what does paragraph 5.3 of the plan say?')).toEqual({ label: 'paragraph', id: '5.3' });
    expect(findPaperReference('what is on page 14 of the pack?')).toEqual({ label: 'page', id: '14' });
    expect(findPaperReference('what did section a of the survey ask?')).toBeUndefined();
    expect(findPaperReference('how much is the harbour grant?')).toBeUndefined();
  });

  it('reads an appendix numbered in words as its figure', () => {
    expect(findPaperReference('what does appendix two of the harbour report show?')).toEqual({
      label: 'appendix',
      id: '2',
    });
    expect(findPaperReference('what is on page two of the pack?')).toBeUndefined();
  });

  it('sees an appendix named in words or in a list of appendices', () => {
    const third = { label: 'appendix', id: '3' } as const;
    expect(holdsReference('Appendix Three: Berth Fees 2031/32', third)).toBe(true);
    expect(holdsReference('Appendices 2 and 3 set out the berth fees.', third)).toBe(true);
    expect(holdsReference('Annexes 1, 2 & 3 are attached.', third)).toBe(true);
    expect(holdsReference('Appendix 1 sets out 3 options.', third)).toBe(false);
    expect(holdsReference('Appendix 3.1 lists the berths.', third)).toBe(false);
  });

  it('sees a line naming the part or opening on its number, not another part', () => {
    const appendix = { label: 'appendix', id: 'd' } as const;
    expect(holdsReference('The costed options are at Appendix D.', appendix)).toBe(true);
    expect(holdsReference('The costed options are at Appendix E.', appendix)).toBe(false);
    const paragraph = { label: 'paragraph', id: '5.3' } as const;
    expect(holdsReference('5.3 The slipway will be resurfaced.', paragraph)).toBe(true);
    expect(holdsReference('as paragraph 5.3 explains', paragraph)).toBe(true);
    expect(holdsReference('5.31 The slipway will be resurfaced.', paragraph)).toBe(false);
  });

  it('tells a question asking what a part is from one asking what is in it', () => {
    expect(findPaperReference("what's annex 3 of the lighthouse survey")).toEqual({
      label: 'appendix',
      id: '3',
      titleAsked: true,
    });
    expect(findPaperReference('what is the appendix c to the ferry timetable review')?.titleAsked).toBe(true);
    expect(findPaperReference("what's in annex 3 of the lighthouse survey")?.titleAsked).toBeUndefined();
  });

  it('tells a line speaking of an appendix from one pointing the reader to it', () => {
    const appendix = { label: 'appendix', id: '3', titleAsked: true } as const;
    expect(namesPartItself('Appendices attached: Appendix 3 Lantern Repair Schedule', appendix)).toBe(true);
    expect(namesPartItself('Appendix 3 sets out the lantern repairs by quarter.', appendix)).toBe(true);
    expect(namesPartItself('The lantern repairs are behind schedule (see Appendix 3).', appendix)).toBe(false);
    expect(namesPartItself('The costs are as set out in Appendix 3.', appendix)).toBe(false);
  });
});
