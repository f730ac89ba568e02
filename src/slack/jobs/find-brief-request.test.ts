import { describe, expect, it } from 'vitest';
import { findBriefRequest } from './find-brief-request.js';

describe('findBriefRequest', () => {
  it('reads the meeting from the ways people ask for a briefing', () => {
    expect(findBriefRequest('brief me on the 17 September 2024 meeting')).toBe('the 17 September 2024 meeting');
    expect(findBriefRequest('Brief on 2023-12-05?')).toBe('2023-12-05');
    expect(findBriefRequest('briefing for next')).toBe('next');
    expect(findBriefRequest('please brief me for the upcoming meeting.')).toBe('the upcoming meeting');
  });

  it('leaves questions that only mention briefings to the answerer', () => {
    expect(findBriefRequest('what was the briefing on domestic abuse about?')).toBeUndefined();
    expect(findBriefRequest('who was briefed on SEND in 2024?')).toBeUndefined();
    expect(findBriefRequest('brief me on')).toBeUndefined();
  });
});
