import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { stem, words } from '../../src/core/tokenize.js';
import { embedText, localEmbedderDimensions } from '../../src/embeddings/local-hash-embeddings.js';

export interface IngestFloorFigures {
  files: number;
  megabytes: number;
  chunks: number;
  seconds: number;
  cpuSeconds: number;
  /** Wall milliseconds per stage; they add up to the whole but for opening and closing the database. */
  stageMs: Record<'read' | 'stem' | 'embed' | 'full-text insert', number>;
}

/**
 * The least an embedded ingest with full-text search can do, in one thread: read each file, cut it
 * into windows of the chunk size (no parsing), stem every word, embed each window with the local
 * embedder, and insert it into an FTS5 table tokenised as the store's, in one transaction. No chunk
 * rows, no vector graph, no metadata: what Quorum's ingest does beyond this is its overhead.
 */
export function measureIngestFloor(
  directory: string,
  dataDir: string,
  chunking: { size: number; overlap: number },
): IngestFloorFigures {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, 'floor.sqlite'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(`CREATE VIRTUAL TABLE chunk_search USING fts5(
    body, content = '', tokenize = "porter unicode61 remove_diacritics 2 tokenchars '_'")`);
  const insert = database.prepare('INSERT INTO chunk_search (rowid, body) VALUES (?, ?)');
  const stageMs = { read: 0, stem: 0, embed: 0, 'full-text insert': 0 };
  const files = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  let bytes = 0;
  let chunks = 0;
  const step = chunking.size - chunking.overlap;
  database.transaction(() => {
    for (const file of files) {
      let mark = performance.now();
      const text = readFileSync(file, 'utf8');
      bytes += Buffer.byteLength(text);
      stageMs.read += performance.now() - mark;
      for (let start = 0; start < text.length; start += step) {
        const window = text.slice(start, start + chunking.size);
        mark = performance.now();
        for (const word of words(window)) stem(word);
        stageMs.stem += performance.now() - mark;
        mark = performance.now();
        embedText(window, localEmbedderDimensions);
        stageMs.embed += performance.now() - mark;
        mark = performance.now();
        chunks += 1;
        insert.run(chunks, window);
        stageMs['full-text insert'] += performance.now() - mark;
        if (start + chunking.size >= text.length) break;
      }
    }
  })();
  database.close();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    files: files.length,
    megabytes: bytes / 2 ** 20,
    chunks,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    stageMs,
  };
}
