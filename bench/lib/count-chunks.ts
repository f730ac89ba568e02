import { chunkDocument } from '../../ingest/chunk/chunk-document.js';
import { parseDocument } from '../../ingest/parse/parse-document.js';

/** How many chunks ingest would cut these texts into (parse and chunk only: no embedding, no index). */
export function countChunks(texts: string[], chunking: { size: number; overlap: number }): number {
  return texts.reduce(
    (total, text, index) =>
      total + chunkDocument(parseDocument({ source: `${index}`, text, sha256: '' }), chunking).length,
    0,
  );
}
