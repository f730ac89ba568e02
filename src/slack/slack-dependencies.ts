import type { AnswerQuestion } from '../answer/answer.js';
import type { SourcesSummary } from '../meeting-papers/describe-sources.js';
import type { SearchFilters } from '../store/index-store.js';
import type { WatchStore } from '../watches/watch-store.js';
import type { FeedbackStore } from './feedback/create-feedback-store.js';

/** Renders one `/minutes` feature as markdown; `filters` carries the channel's scoping. */
export type WriteBrief = (request: { meeting: string; filters: SearchFilters }) => Promise<string>;
export type WriteDigest = (request: { since?: string; filters: SearchFilters }) => Promise<string>;
export type ListActions = (request: { topic?: string; filters: SearchFilters }) => Promise<string>;

/** Everything the Slack face needs from the rest of Quorum; Slack code only formats and sends. */
export interface SlackDependencies {
  answerQuestion: AnswerQuestion;
  /** What the index holds, as far as the filters (a channel's scoping) may see. */
  describeSources: (filters: SearchFilters) => Promise<SourcesSummary>;
  feedbackStore: FeedbackStore;
  /** Optional features: when absent, their `/minutes` subcommand says plainly it is not built yet. */
  brief?: WriteBrief;
  digest?: WriteDigest;
  actions?: ListActions;
  /** Topic watches (`/minutes watch`); absent, the subcommands say they are not built yet. */
  watchStore?: WatchStore;
}
