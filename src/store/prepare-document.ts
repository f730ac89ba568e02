import type { Chunk } from '../core/chunk.js';
import { QuorumError } from '../core/errors.js';
import type { ParsedDocument, PartKind } from '../core/paper.js';
import { words } from '../core/tokenize.js';
import { searchableText } from './searchable-text.js';
import { pairsAndStems } from './word-pairs.js';

/** The columns of one chunk row, serialised ahead so the writing thread only binds and inserts. */
export interface PreparedChunk {
  id: string;
  meetingDate: string | null;
  committee: string;
  kind: PartKind;
  exempt: boolean;
  /**
   * The chunk's fields other than those a row holds as columns (id, source, meeting date,
   * committee, kind, exemption): repeated in every chunk's JSON they were a tenth of it (the source
   * path alone is often 100 bytes). A store that keeps the whole chunk as JSON builds it with chunkJson.
   */
  detailsJson: string;
  searchText: string;
  /** The search text's adjacent word pairs as tokens (wordPairs), for stores that index them. */
  searchPairs: string;
  /** The search text's distinct stems (chunkStems): what documentFrequencies counts. */
  stems: string[];
}

/**
 * Everything the store writes for one document. Plain data (strings, numbers and one Float32Array)
 * so an ingest worker can build it and hand it over, the vectors as a transferable buffer.
 */
export interface PreparedDocument {
  source: string;
  sha256: string;
  text: string;
  partsJson: string;
  chunks: PreparedChunk[];
  /** Each chunk's vector in turn, as float32: the precision the database and the graph keep. */
  vectors: Float32Array<ArrayBuffer>;
  /** Replaces the document's glossary entries in the same transaction; left as it is when absent. */
  glossary?: { short: string; long: string }[];
}

/** Checks the vectors and serialises the document's rows; throws before anything is written. */
export function prepareDocument(
  document: ParsedDocument,
  chunks: Chunk[],
  vectors: ArrayLike<number>[],
  dimensions: number,
  glossary?: { short: string; long: string }[],
): PreparedDocument {
  if (vectors.length !== chunks.length) throw new Error('putDocument: one vector per chunk is required');
  const flat = new Float32Array(chunks.length * dimensions);
  vectors.forEach((vector, index) => {
    // Checked before writing: a vector the graph rejects after the commit would split SQLite from the graph.
    if (vector.length !== dimensions) {
      const problem = `a vector of ${vector.length} dimensions where the index holds ${dimensions}`;
      throw new QuorumError('embedding_failed', `${document.source}: the embedder returned ${problem}`);
    }
    flat.set(vector, index * dimensions);
  });
  // Checked as stored (float32), in one plain loop: a generic every() call per vector cost as much as the copy.
  for (let index = 0; index < flat.length; index += 1) {
    if (!Number.isFinite(flat[index]!)) {
      throw new QuorumError(
        'embedding_failed',
        `${document.source}: the embedder returned a vector with non-finite values`,
      );
    }
  }
  return {
    source: document.source,
    sha256: document.sha256,
    text: document.text,
    partsJson: JSON.stringify(document.parts),
    chunks: chunks.map((chunk) => {
      const {
        id: _id,
        source: _source,
        meetingDate: _date,
        committee: _committee,
        kind: _kind,
        exempt: _exempt,
        ...details
      } = chunk;
      return {
        id: chunk.id,
        meetingDate: chunk.meetingDate,
        committee: chunk.committee,
        kind: chunk.kind,
        exempt: chunk.exempt,
        detailsJson: JSON.stringify(details),
        ...chunkSearchFields(chunk),
      };
    }),
    vectors: flat,
    glossary,
  };
}

/**
 * What the text analyser makes of a chunk for the full-text index: its search text, word pairs and
 * distinct stems. Ingest and re-indexing (an index built by another analyser) both build them here.
 */
export function chunkSearchFields(chunk: Chunk): Pick<PreparedChunk, 'searchText' | 'searchPairs' | 'stems'> {
  const searchText = searchableText(chunk);
  return { searchText, ...pairsAndStems(words(searchText)) };
}

/**
 * The whole chunk as JSON, its columns first (the order the embedded store reads a chunk back in),
 * spliced from detailsJson: serialising every chunk a second time was a tenth of preparing its rows.
 */
export function chunkJson(chunk: PreparedChunk, source: string): string {
  const { id, meetingDate, committee, kind, exempt } = chunk;
  const columns = JSON.stringify({ id, source, meetingDate, committee, kind, exempt });
  return chunk.detailsJson === '{}' ? columns : `${columns.slice(0, -1)},${chunk.detailsJson.slice(1)}`;
}
