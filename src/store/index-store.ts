import type { Chunk } from '../core/chunk.js';
import type { Part, PartKind } from '../core/paper.js';
import type { PreparedDocument } from './prepare-document.js';

export interface IndexManifest {
  schemaVersion: number;
  embedder: string;
  dimensions: number;
  createdAt: string;
  /** The text analyser its stems were built with (analyzerVersion); 1 when the index predates the record. */
  analyzerVersion: number;
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
  /** Where the paper is published, when it came from a council site (kept on its parts). */
  url?: string;
}

export interface StoredPart {
  source: string;
  ingestedAt: string;
  partIndex: number;
  part: Part;
}

/** Milliseconds an embedded store spent writing since it opened: fullText is part of sql, vector is the graph's. */
export interface StoreWriteTimings {
  sqlMs: number;
  fullTextMs: number;
  vectorMs: number;
}

export interface GlossaryEntry {
  short: string;
  long: string;
}

/**
 * The index behind ingestion and answering: the embedded SQLite + hnswlib store by default, the
 * PostgreSQL + pgvector store when a database URL is configured. Asynchronous because a database
 * server answers over the network; readers never see a document half written.
 */
export interface IndexStore {
  readonly manifest: IndexManifest;
  getDocument(source: string): Promise<DocumentRecord | undefined>;
  listDocuments(): Promise<DocumentRecord[]>;
  /** Replaces the document, all its chunks and (when it carries them) its glossary entries atomically. */
  putDocument(prepared: PreparedDocument, ingestedAt: string): Promise<void>;
  removeDocument(source: string): Promise<void>;
  getDocumentText(source: string): Promise<string | undefined>;
  listParts(): Promise<StoredPart[]>;
  getChunk(id: string): Promise<Chunk | undefined>;
  /** The chunks of these ids that exist, in one round trip; in no particular order. */
  getChunks(ids: string[]): Promise<Chunk[]>;
  /** Chunks of one document, in order. */
  listChunks(source: string): Promise<Chunk[]>;
  /** Chunks of every paper belonging to one meeting date, in document order, filters applied. */
  meetingChunks(meetingDate: string, filters?: SearchFilters): Promise<Chunk[]>;
  chunkCount(): Promise<number>;
  /**
   * A number that moves on with every write, by this process or another: a reader (a bot replica)
   * compares it to refresh what it derived from the index (committees, glossary, term frequencies).
   */
  generation(): Promise<number>;
  /** The most recent meeting on or before the given ISO date: what "the last meeting" means. */
  latestMeetingDate(onOrBefore: string): Promise<string | undefined>;
  /** Committees with at least one indexed chunk. */
  committees(): Promise<string[]>;
  /** How many chunks contain each (Porter-stemmed, lower-case) term: the IDF behind evidence scoring. */
  documentFrequencies(stems: string[]): Promise<Map<string, number>>;
  /** Chunks holding any of the phrases (each one or more words in order), best match first. */
  searchText(phrases: string[], limit: number, filters?: SearchFilters): Promise<ScoredChunk[]>;
  /**
   * How many chunks searchText would return for the same arguments (at most `limit`), found without
   * ranking them: whether the papers use a phrase at all costs a few rows, not every match scored.
   */
  countText(phrases: string[], limit: number, filters?: SearchFilters): Promise<number>;
  /** Nearest chunks by cosine similarity (score), filters applied inside the search. */
  searchVector(vector: number[], limit: number, filters?: SearchFilters): Promise<ScoredChunk[]>;
  /** Acronyms and their expansions mined from the papers at ingest. */
  glossary(): Promise<GlossaryEntry[]>;
  /** Called once at the end of an ingest run: makes what it wrote durable and visible to readers. */
  flush(): Promise<void>;
  /**
   * Called now and then during a long ingest: makes what it wrote so far survive a crash, leaving
   * the end-of-run work to flush. Only stores that hold written work in memory have one (the
   * embedded store's vector graph); PostgreSQL commits every document as it goes.
   */
  checkpoint?(): Promise<void>;
  close(): Promise<void>;
}
