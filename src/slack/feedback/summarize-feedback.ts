import type { FeedbackVote } from './feedback-records.js';

export interface FeedbackSummary {
  total: number;
  up: number;
  down: number;
  /** Newest first. */
  recentDown: FeedbackVote[];
}

/** Counts votes and picks the latest 👎 with their questions, for whoever tunes the answers. */
export function summarizeFeedback(votes: FeedbackVote[], recentCount = 10): FeedbackSummary {
  const down = votes.filter((vote) => vote.vote === 'down');
  return {
    total: votes.length,
    up: votes.length - down.length,
    down: down.length,
    recentDown: [...down].sort((a, b) => b.at.localeCompare(a.at)).slice(0, recentCount),
  };
}
