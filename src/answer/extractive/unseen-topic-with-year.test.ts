import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../../test/support/use-corpus-quorum.js';

// Invented cabinet minutes: the year is printed on every passage, a lido nowhere.
const cabinetMinutes = [
  'TARNSIDE DISTRICT COUNCIL',
  '',
  'MINUTES of a meeting of the CABINET held on Wednesday, 8 April 2026',
  '',
  'PRESENT: Councillor Iona Brisk (Chair), Councillor Felix Orme, Councillor Gwen Saltash',
  '',
  'CAB/26/014 Allotment Rents',
  '',
  'RESOLVED: That allotment rents rise to £52 a plot from 1 October 2026.',
  '',
  'CAB/26/015 Market Hall Lease',
  '',
  'RESOLVED: That the market hall lease be renewed for ten years from 2026.',
].join('\n');

describe('a question whose only topic word the papers never print, with a year', () => {
  const quorum = useInventedPapersQuorum({ 'tarnside-cabinet.md': cabinetMinutes });

  it('abstains: the year says when, and matching it is no evidence on the topic', async () => {
    const answer = await quorum().answerQuestion({
      question: 'what did Tarnside cabinet decide about the lido in 2026?',
    });
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });

  it('still answers a topic the papers hold, asked with the year', async () => {
    const answer = await quorum().answerQuestion({
      question: 'what did Tarnside cabinet decide about allotment rents in 2026?',
    });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('£52 a plot');
  });
});
