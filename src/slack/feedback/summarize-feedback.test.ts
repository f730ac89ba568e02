import { describe, expect, it } from 'vitest';
import type { FeedbackVote } from './feedback-records.js';
import { summarizeFeedback } from './summarize-feedback.js';

const vote = (at: string, direction: 'up' | 'down', question = 'q'): FeedbackVote => ({
  answerId: at,
  vote: direction,
  question,
  answer: 'a',
  citations: [],
  abstained: false,
  user: 'U1',
  channel: 'C1',
  at,
});

describe('summarizeFeedback', () => {
  it('counts votes and lists the newest 👎 first', () => {
    const summary = summarizeFeedback(
      [
        vote('2024-01-01', 'down', 'old'),
        vote('2024-01-02', 'up'),
        vote('2024-01-03', 'down', 'new'),
        vote('2024-01-04', 'down', 'newest'),
      ],
      2,
    );
    expect([summary.total, summary.up, summary.down]).toEqual([4, 1, 3]);
    expect(summary.recentDown.map((item) => item.question)).toEqual(['newest', 'new']);
  });
});
