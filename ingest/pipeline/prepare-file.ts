import { createHash } from 'node:crypto';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { IngestLimits } from '../../src/config.js';
import { QuorumError } from '../../src/core/errors.js';
import type { PaperMetadata } from '../../src/core/paper.js';
import { prepareDocument } from '../../src/store/prepare-document.js';
import { chunkDocument } from '../chunk/chunk-document.js';
import { mineGlossary } from '../parse/mine-glossary.js';
import { parseDocument } from '../parse/parse-document.js';
import { readInput } from '../read/read-input.js';
import { applyPaperMetadata, type MetadataDisagreement } from './apply-paper-metadata.js';
import { embedChunks } from './embed-chunks.js';
import type { KnownDocuments, PreparedFile, PrepareTimings } from './prepared-file.js';

export interface PrepareOptions {
  embeddings: EmbeddingsInterface;
  dimensions: number;
  chunking: { size: number; overlap: number };
  limits: IngestLimits;
}

/**
 * read → hash → parse → chunk → embed → rows, for one input. Unchanged inputs and copies of known
 * ones stop after hashing, before the expensive stages. Never throws: a failure is an outcome.
 * A paper from a council site comes with `metadata`, which wins over what parsing finds.
 */
export async function prepareFile(
  file: string,
  source: string,
  known: KnownDocuments,
  options: PrepareOptions,
  metadata?: PaperMetadata,
): Promise<PreparedFile> {
  const ms: PrepareTimings = { read: 0, parseAndChunk: 0, embed: 0, prepare: 0 };
  let bytes = 0;
  try {
    let mark = performance.now();
    const { text, pageStarts, notes = [] } = await readInput(file, options.limits);
    const sha256 = createHash('sha256').update(text).digest('hex');
    bytes = Buffer.byteLength(text);
    ms.read = performance.now() - mark;
    if ((await known.shaOf(source)) === sha256) return { outcome: 'unchanged', source, bytes, ms, sha256 };
    const copyOf = known.sourceOf(sha256);
    if (copyOf !== undefined && copyOf !== source) return { outcome: 'duplicate', source, bytes, ms, sha256, copyOf };
    mark = performance.now();
    const parsed = parseDocument({ source, text, sha256, pageStarts });
    let disagreements: MetadataDisagreement[] = [];
    let document = parsed;
    if (metadata) ({ document, disagreements } = applyPaperMetadata(parsed, metadata));
    const url = metadata?.url;
    const chunks = chunkDocument(document, options.chunking).map((chunk) => (url ? { ...chunk, url } : chunk));
    if (chunks.length > options.limits.maxChunksPerDocument) {
      throw new QuorumError(
        'input_too_large',
        `${source}: ${chunks.length} chunks, over the limit of ${options.limits.maxChunksPerDocument} a document (INGEST_MAX_CHUNKS_PER_DOCUMENT)`,
      );
    }
    const glossary = mineGlossary(text);
    ms.parseAndChunk = performance.now() - mark;
    mark = performance.now();
    const vectors = await embedChunks(options.embeddings, chunks);
    ms.embed = performance.now() - mark;
    mark = performance.now();
    const prepared = prepareDocument(document, chunks, vectors, options.dimensions, glossary);
    ms.prepare = performance.now() - mark;
    const parts = document.parts.length;
    return { outcome: 'prepared', source, bytes, ms, sha256, document: prepared, parts, disagreements, notes };
  } catch (error) {
    return { outcome: 'failed', source, bytes, ms, error: error instanceof Error ? error : new Error(String(error)) };
  }
}
