import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { asksWhatThePublicAsked, isPublicQuestionsItem, publicQuestionsPassages } from './public-questions.js';

function passage(text: string, overrides: Partial<Chunk>): RetrievedPassage {
  return { chunk: testChunk({ text, ...overrides }), score: 1 };
}

const survey = passage('Pupils were asked which questions the survey should drop.', {
  minute: '12',
  minuteTitle: 'Youth Wellbeing Survey',
  meetingDate: '2025-03-04',
});
const asked = passage('A resident asked when the skate park lights would be mended.', {
  minute: '3',
  minuteTitle: 'Public Question Time',
  meetingDate: '2025-02-04',
});
const nobody = passage('Nobody in the gallery had a question this month.', {
  minute: '3',
  minuteTitle: 'Public Question Time',
  meetingDate: '2025-03-04',
  source: 'march.md',
});
const agenda = passage('To take questions put by residents.', {
  kind: 'agenda',
  minuteTitle: 'Questions by the Public',
  meetingDate: '2025-04-01',
});

describe('public questions', () => {
  it('reads questions about what the public asked, and the standing items that hold it', () => {
    expect(asksWhatThePublicAsked('What questions did the public ask?')).toBe(true);
    expect(asksWhatThePublicAsked('What did residents raise at the March meeting?')).toBe(true);
    expect(asksWhatThePublicAsked('What questions were asked about the survey?')).toBe(false);
    expect(isPublicQuestionsItem('Questions by the Public and Press')).toBe(true);
    expect(isPublicQuestionsItem('To Receive from the Public Any Information or Reports')).toBe(true);
    expect(isPublicQuestionsItem('Use of social media and invitation for public contributions')).toBe(false);
  });

  it('answers from the item where the public spoke, not a passage where someone asked something', async () => {
    const found = await publicQuestionsPassages(
      [survey, nobody, agenda, asked],
      async () => [],
      'What did the public ask?',
    );
    expect(found).toEqual([asked]);
  });

  it('finds the item by its title when the first retrieval missed it, and keeps a meeting where nobody asked', async () => {
    const searched: string[] = [];
    const found = await publicQuestionsPassages(
      [survey],
      async (question) => {
        searched.push(question);
        return [nobody];
      },
      'What questions did the public ask?',
    );
    expect(found).toEqual([nobody]);
    expect(searched[0]).toMatch(/^public question time/);
  });
});
