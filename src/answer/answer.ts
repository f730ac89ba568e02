import type { Chunk } from '../papers/chunk.js';
import type { PartKind } from '../papers/paper.js';
import type { SearchFilters } from '../store/index-store.js';

export interface Citation {
  n: number;
  committee: string;
  /** Date of the meeting the passage belongs to (minutes in a later pack keep the earlier date). */
  meetingDate: string | null;
  partKind: PartKind;
  minute?: string;
  title: string;
  heading: string;
  /** Verbatim from the cited passage. */
  quote: string;
  source: string;
  start: number;
  end: number;
  line: number;
}

export interface RetrievedPassage {
  chunk: Chunk;
  score: number;
}

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

export interface RetrieveRequest {
  question: string;
  filters?: SearchFilters;
  /** How many passages to return; the retriever picks a sensible default. */
  limit?: number;
}

/** Hybrid retrieval: BM25 and vectors fused, filters applied inside the search. */
export type RetrievePassages = (request: RetrieveRequest) => Promise<RetrievedPassage[]>;
