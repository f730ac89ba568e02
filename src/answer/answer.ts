import type { Citation } from '../core/citation.js';
import type { RetrievedPassage } from '../search/retrieval.js';
import type { SearchFilters } from '../store/index-store.js';

export interface ConversationTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AnswerRequest {
  question: string;
  filters?: SearchFilters;
  history?: ConversationTurn[];
}

export interface Answer {
  /** Markdown with [n] markers that refer to `citations`. */
  text: string;
  citations: Citation[];
  abstained: boolean;
  passages: RetrievedPassage[];
}

export type AnswerQuestion = (request: AnswerRequest) => Promise<Answer>;
