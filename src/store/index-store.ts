import type { Chunk } from '../papers/chunk.js';
import type { ParsedDocument, Part, PartKind } from '../papers/paper.js';

export interface IndexManifest {
  schemaVersion: number;
  embedder: string;
  dimensions: number;
  createdAt: string;
}

export interface SearchFilters {
  /** Inclusive ISO dates on the meeting a passage belongs to. */
  since?: string;
  until?: string;
  committees?: string[];
  kinds?: PartKind[];
  /** Papers exempt from the press and public are excluded unless this is true. */
  includeExempt?: boolean;
}

export interface ScoredChunk {
  chunk: Chunk;
  score: number;
}

export interface DocumentRecord {
  source: string;
  sha256: string;
  /** ISO timestamp of the ingest that stored the current version. */
  ingestedAt: string;
  chunkCount: number;
  parts: Part[];
}

export interface StoredPart {
  source: string;
  ingestedAt: string;
  partIndex: number;
  part: Part;
}

/**
 * The index behind ingestion and answering. The SQLite + hnswlib store is the embedded default;
 * a PostgreSQL + pgvector store would implement the same interface.
 */
export interface IndexStore {
  readonly manifest: IndexManifest;
  getDocument(source: string): DocumentRecord | undefined;
  listDocuments(): DocumentRecord[];
  /** Replaces the document and all its chunks atomically; vectors align with chunks. */
  putDocument(document: ParsedDocument, chunks: Chunk[], vectors: number[][], ingestedAt: string): void;
  removeDocument(source: string): void;
  getDocumentText(source: string): string | undefined;
  listParts(): StoredPart[];
  getChunk(id: string): Chunk | undefined;
  /** Chunks of one document, in order. */
  listChunks(source: string): Chunk[];
  /** Chunks of every paper belonging to one meeting date, in document order, filters applied. */
  meetingChunks(meetingDate: string, filters?: SearchFilters): Chunk[];
  chunkCount(): number;
  /** The most recent meeting on or before the given ISO date: what "the last meeting" means. */
  latestMeetingDate(onOrBefore: string): string | undefined;
  /** Committees with at least one indexed chunk. */
  committees(): string[];
  /** How many chunks contain each (Porter-stemmed) term: the IDF behind evidence scoring. */
  documentFrequencies(stems: string[]): Map<string, number>;
  searchText(query: string, limit: number, filters?: SearchFilters): ScoredChunk[];
  searchVector(vector: number[], limit: number, filters?: SearchFilters): ScoredChunk[];
  close(): void;
}
