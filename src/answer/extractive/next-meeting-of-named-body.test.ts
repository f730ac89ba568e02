import { describe, expect, it } from 'vitest';
import { useInventedPapersQuorum } from '../../../test/support/use-corpus-quorum.js';

// Invented board minutes whose title line prints the trust's place name, as the question types it.
const boardMinutes = [
  'Kelderby Community Health NHS Trust',
  '',
  'Minutes of the Public Board Meeting held on Wednesday 14 October 2026',
  '',
  'Present: Dame Ottilie Brand (Chair), Marcus Febland (Chief Executive), Ruth Ngata (Director of Finance).',
  '',
  'Minute 2026/41 Estates Strategy',
  '',
  'The Board approved the sale of the former Copse Lane clinic.',
  '',
  'Minute 2026/42 Date of Next Meeting',
  '',
  'The next public Board meeting will be held on Wednesday 9 December 2026.',
].join('\n');

describe('when is the next meeting of a body the question names by place', () => {
  const quorum = useInventedPapersQuorum({ 'kelderby-board.md': boardMinutes });

  it('answers from the announcement, not from the title line that prints the name', async () => {
    const answer = await quorum().answerQuestion({ question: "when is Kelderby's next public board meeting?" });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('9 December 2026');
    expect(answer.citations[0]).toMatchObject({ meetingDate: '2026-10-14', minute: '2026/42' });
  });
});
