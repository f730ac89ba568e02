import { describe, expect, it } from 'vitest';
import { handsOver } from './hands-over.js';

describe('handsOver', () => {
  it('recognises a witness passing the question to someone beside them', () => {
    expect(
      handsOver('I think the Minister for Inland Waterways will be able to respond to the lock-keeper question.'),
    ).toBe(true);
    expect(handsOver('Perhaps it might be helpful if Dr Ilse Varga could say something on that.')).toBe(true);
    expect(handsOver("I'll ask my official to answer that one.")).toBe(true);
    expect(handsOver('Maybe Petrik Lorne would like to come in.')).toBe(true);
  });

  it('leaves the speaker answering for themselves', () => {
    expect(handsOver('We will respond to the consultation on mooring fees in the spring.')).toBe(false);
    expect(handsOver('I can answer that: the lock reopens next month.')).toBe(false);
    expect(handsOver('The canal trust will publish its survey next month.')).toBe(false);
  });
});
