import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { replaceDocSection } from './replace-doc-section.js';

const header = `# Benchmarks

\`npm run bench\` measures each index store at several sizes (\`--chunks 10000,100000\` by default; the
embedded store always, PostgreSQL + pgvector with \`--postgres\` or \`--database-url URL\`) and, with
\`--write-doc\`, rewrites that store's section below. Progress goes to stderr, the tables to stdout
(\`--json\` for every figure). \`npm run bench:ingest\` remains the quicker ingest-only benchmark.

**Targets** (embedded store at 100k chunks): p95 search ≤ 20 ms, vector recall@10 ≥ 0.95, open ≤ 1 s.

Method:

- **Corpus.** Copies of every paper and transcript in \`../shared\` (\`corpus/\`, \`papers/\` — Kent
  ModernGov PDFs, Limerick, Norfolk parish — and \`transcripts/papers/\`; PDFs and HTML as the ingest
  reads them) until they hold about the wanted number of chunks (chunks per byte measured by parsing
  and chunking the first copy); the bundled sample where \`../shared\` is absent. Each copy moves every
  date on by a week, reorders the numbered items within each run (minute items, agenda items, report
  sections; each item's text kept whole, numbers kept in sequence) and renames each paper's committee
  to one of twelve plausible ones, a different one per paper and per copy, so no two papers are alike
  and they spread over years, councils' vocabularies and committees. \`--corpus corpus\` copies the
  bundled sample alone: the worst case (one committee's vocabulary copied hundreds of times), which
  the tables below up to 2026-11-22 were measured on.
- **Ingest.** \`ingestPaths\` with the local embedder, in a child process: throughput is text bytes
  (or chunks) over wall time; peak RSS is that process's \`maxRSS\` (its worker threads included).
  Index size is the data directory on disk (embedded) or \`pg_database_size\` (PostgreSQL).
- **Open.** \`openQuorum\` as the bot does it (store, retriever, extractive answerer), each in a fresh
  process; the median of three. The OS page cache is warm (the index was just written and nothing
  evicts it), so this is a bot restart on the same machine, not a cold read from disk.
- **Search.** \`retriever.retrieve({ question, limit: 8 })\`, one question at a time, after 20 warm-up
  questions: 1,000 unfiltered, then 1,000 others with \`filters: { since, until }\` spanning about a
  year in the middle of the synthetic dates. The questions recombine the dev set's wording (topic
  phrases swapped, dates and years moved, committees renamed; seeded, so reruns ask the same ones;
  never the answers).
- **Recall.** 200 of those questions embedded with the local embedder; \`store.searchVector(v, 10)\`
  against exact brute-force cosine top 10 over every stored vector (exempt chunks left out of both, as
  unfiltered search does). The copies repeat every paragraph, so each passage has hundreds of
  near-copies whose vectors differ only by the meeting date embedded with them: the exact top 10 are
  then ten copies among hundreds almost as near, which is the hardest case for an approximate index.
  "Ties counted" takes a returned chunk as correct when it is as near as the exact 10th, "by chunk id"
  only when it is one of the exact 10. For the embedded store, also the saved hnswlib graph read
  directly at several ef values (the store itself searches at ef 1024).
- **Concurrency.** 8 loops calling \`quorum.answerQuestion\` (extractive) at once, for 10 s or 400
  questions, whichever comes first. The embedded store answers synchronously, so its 8 askers take
  turns on one thread.
`;

/** Writes one store's section into the benchmarks document under the current method header. */
export async function writeBenchDoc(path: string, key: string, section: string): Promise<void> {
  let sections = '';
  try {
    // Sections written earlier are kept (other stores); the header is always this version's.
    const existing = await readFile(path, 'utf8');
    const first = existing.indexOf('<!-- bench:');
    sections = first === -1 ? '' : existing.slice(first);
  } catch {
    // No document yet.
  }
  const document = `${header}\n${sections}`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, replaceDocSection(document, key, section));
}
