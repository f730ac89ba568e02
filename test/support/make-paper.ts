import { createHash } from 'node:crypto';
import { chunkDocument } from '../../ingest/chunk/chunk-document.js';
import { parseDocument } from '../../ingest/parse/parse-document.js';
import type { Chunk } from '../../src/core/chunk.js';
import type { ParsedDocument } from '../../src/core/paper.js';
import { embedText, localEmbedderDimensions } from '../../src/embeddings/local-hash-embeddings.js';
import { type PreparedDocument, prepareDocument } from '../../src/store/prepare-document.js';

export interface MadePaper {
  document: ParsedDocument;
  chunks: Chunk[];
  vectors: number[][];
  /** The rows a store's putDocument takes. */
  prepared: PreparedDocument;
}

/** Parses, chunks and embeds (local embedder) a paper written in the corpus layout. */
export function makePaper(source: string, text: string): MadePaper {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const document = parseDocument({ source, text, sha256 });
  const chunks = chunkDocument(document, { size: 1200, overlap: 150 });
  const vectors = chunks.map((chunk) => embedText(chunk.text, localEmbedderDimensions));
  return { document, chunks, vectors, prepared: prepareDocument(document, chunks, vectors, localEmbedderDimensions) };
}

/** Minutes of one meeting: "IMPROVING LIVES SELECT COMMISSION / Tuesday 5 March 2024 / Present:- … / 1. TITLE …". */
export function makeMinutes(
  source: string,
  {
    committee = 'IMPROVING LIVES SELECT COMMISSION',
    date,
    items,
  }: { committee?: string; date: string; items: [string, string][] },
): MadePaper {
  const body = items.map(
    ([title, text], index) => `${index + 1}. ${title.toUpperCase()}\n\n${text}\n\nResolved:- That the report be noted.`,
  );
  return makePaper(
    source,
    [committee, date, '', 'Present:- Councillor Ashworth (in the Chair); Councillor Bellamy.', '', ...body].join('\n'),
  );
}

/** A report summary sheet and body, exempt or not. */
export function makeReport(
  source: string,
  { date, title, body, exempt }: { date: string; title: string; body: string; exempt: boolean },
): MadePaper {
  const text = [
    'Committee Name and Date of Committee Meeting',
    `Improving Lives Select Commission – ${date}`,
    'Report Title',
    title,
    'Report Author(s)',
    'Jo Bloggs',
    'Exempt from the Press and Public',
    exempt ? 'Yes' : 'No',
    `1. Background`,
    body,
  ].join('\n\n');
  return makePaper(source, text);
}
