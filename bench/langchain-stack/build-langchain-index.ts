// The LangChain tutorial stack's index, built from a folder of papers in this (child) process:
// files read as text, RecursiveCharacterTextSplitter 1000/200, HNSWLib from @langchain/community
// with Quorum's local embedder, saved to a directory. It resolves LangChain from this folder's own
// node_modules (`npm --prefix bench/langchain-stack ci --legacy-peer-deps`), never from Quorum's.
// Usage: tsx bench/langchain-stack/build-langchain-index.ts PAPERS_DIR INDEX_DIR; one JSON line on stdout.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { LocalHashLangChainEmbeddings } from './local-hash-langchain-embeddings.js';

export interface LangChainIngestFigures {
  files: number;
  megabytes: number;
  chunks: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMegabytes: number;
  /** Wall milliseconds per stage: read, split, embed, graph (hnswlib insertion), save. */
  stageMs: Record<'read' | 'split' | 'embed' | 'graph' | 'save', number>;
}

const [papersDir, indexDir] = process.argv.slice(2);
if (!papersDir || !indexDir) {
  process.stderr.write('Usage: build-langchain-index.ts PAPERS_DIR INDEX_DIR\n');
  process.exit(2);
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
const stageMs = { read: 0, split: 0, embed: 0, graph: 0, save: 0 };
let mark = performance.now();
const entries = await readdir(papersDir, { recursive: true, withFileTypes: true });
const files = entries
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const sources = await Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
stageMs.read = performance.now() - mark;

mark = performance.now();
// The tutorial's settings: 1000 characters a chunk, 200 of overlap.
const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
const documents: Document[] = await splitter.createDocuments(
  sources.map((source) => source.text),
  sources.map((source) => ({ source: source.file })),
);
stageMs.split = performance.now() - mark;

const embeddings = new LocalHashLangChainEmbeddings();
mark = performance.now();
// What HNSWLib.fromDocuments does, in its two steps so each is timed: embed every text, then add the vectors.
const vectors = await embeddings.embedDocuments(documents.map((document) => document.pageContent));
stageMs.embed = performance.now() - mark;
mark = performance.now();
const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: embeddings.dimensions });
await store.addVectors(vectors, documents);
stageMs.graph = performance.now() - mark;
mark = performance.now();
await store.save(indexDir);
stageMs.save = performance.now() - mark;

const cpu = process.cpuUsage(cpuBefore);
const figures: LangChainIngestFigures = {
  files: files.length,
  megabytes: sources.reduce((total, source) => total + Buffer.byteLength(source.text), 0) / 2 ** 20,
  chunks: documents.length,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  // maxRSS is in kilobytes.
  peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
  stageMs,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
