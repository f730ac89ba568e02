import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import { analyzeQuestion } from '../../search/analyze-question.js';
import { asksDiscussionNotRecorded } from './record-not-held.js';

// The papers of 4 March 2031 are the pack sent out before the sitting; those of 6 May 2031 its minutes.
const agenda = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  kind: 'agenda',
  text: '5. Moorings',
});
const report = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-03-04',
  kind: 'report',
  text: 'The moorings review proposes new fees.',
});
const minutes = testChunk({
  committee: 'Harbour Board',
  meetingDate: '2031-05-06',
  kind: 'minutes',
  text: 'Members asked about moorings fees.',
});
const store = {
  meetingChunks: async (day: string) => ({ '2031-03-04': [agenda, report], '2031-05-06': [minutes] })[day] ?? [],
};
const now = new Date('2031-09-01T12:00:00Z');
const notRecorded = (question: string) =>
  asksDiscussionNotRecorded(analyzeQuestion(question, { now, committees: [] }), store, undefined);

describe('asksDiscussionNotRecorded', () => {
  it('finds what members said at a sitting whose papers are only its agenda and reports not held', async () => {
    expect(await notRecorded('What did members ask about the moorings review at the 4 March 2031 meeting?')).toBe(true);
    expect(await notRecorded('how did the moorings item go on 4 March 2031?')).toBe(true);
  });

  it('keeps open a sitting whose minutes are held, and questions about what the reports say', async () => {
    expect(await notRecorded('What did members ask about moorings at the 6 May 2031 meeting?')).toBe(false);
    expect(await notRecorded('What does the moorings review for the 4 March 2031 meeting propose?')).toBe(false);
  });
});
