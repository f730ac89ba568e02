import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { answerFromTurns } from './answer-from-turns.js';
import { asksWhoGaveEvidence, introducesWitnesses } from './witness-introduction.js';

const said = [
  'The Chair: Good afternoon, everyone, this is the fourth meeting of the Rural Affairs Committee this year. We are joined this afternoon by Wilma Ostrowski, head of operations at Upland Water, and by Professor Ken Abara of Glenbridge University. Thank you both for coming.',
  '',
  'Tomasz Reyes: Ms Ostrowski, how many farms lost their water supply in the drought?',
  '',
  'Wilma Ostrowski: Some 140 farms were on bowsers for at least a week in August, most of them on the western hills.',
].join('\n');
const chunk = {
  id: 'w1',
  source: 'evidence.txt',
  kind: 'transcript',
  committee: 'Rural Affairs Committee',
  meetingDate: '2025-09-09',
  headingPath: ['Rural Affairs Committee', '2025-09-09'],
  partTitle: 'Transcript',
  text: said,
  start: 0,
  end: said.length,
  line: 1,
} as unknown as Chunk;
const passage = { chunk, score: 1 };

describe('witness introductions', () => {
  it('answers who gave evidence with the chair’s introduction of the witnesses, not their evidence', async () => {
    const question = analyzeQuestion('Who gave evidence on the drought?', {
      now: new Date('2025-10-01'),
    });
    const answer = (await answerFromTurns([{ passage, coverage: 1 }], question, () => 1, [passage]))!;
    expect(answer.text).toContain('Wilma Ostrowski, head of operations at Upland Water');
    expect(answer.text).toContain('Professor Ken Abara');
    expect(answer.text).not.toContain('140 farms');
  });

  it('reads the questions and sentences that name witnesses, and not a welcome to the meeting', () => {
    expect(asksWhoGaveEvidence('Which witnesses appeared before the panel?')).toBe(true);
    expect(asksWhoGaveEvidence('Who did the committee hear from on bus fares?')).toBe(true);
    expect(asksWhoGaveEvidence('What evidence was given on bus fares?')).toBe(false);
    expect(asksWhoGaveEvidence('What did witnesses say about bus fares?')).toBe(false);
    expect(introducesWitnesses('Welcome to the second meeting of the Harbour Committee in 2025.')).toBe(false);
    expect(introducesWitnesses('I welcome to the meeting Dr Ines Varga, chief engineer.')).toBe(true);
    expect(
      introducesWitnesses('Our witnesses this morning are Ola Brandt, from the port authority, and Sam Ide.'),
    ).toBe(true);
  });
});
