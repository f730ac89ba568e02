// Rebuilds the vector graph of an index already built (`npm run bench -- --keep`) with other hnswlib
// parameters, and measures each build's time, size and recall@10 against exact search: how to win
// back recall on an archive full of near-copies, and at what cost.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { LocalHashEmbeddings } from '../src/embeddings/local-hash-embeddings.js';
import { defaultCorpusDirs, parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { benchTopics } from './lib/bench-topics.js';
import { findPaperCommittee } from './lib/find-paper-committee.js';
import { readCorpusTexts } from './lib/read-corpus-texts.js';
import { readDevQuestions } from './lib/read-dev-questions.js';
import { readEmbeddedVectors } from './lib/read-embedded-vectors.js';
import { scoreRecall } from './lib/score-recall.js';
import { varyQuestions } from './lib/vary-questions.js';

const usage = `Usage: npm run bench:graph-build -- --data DIR --weeks N [--builds 16/64,32/128] [--dedupe] [--saved]
                       [--efs 256,1024,2048] [--queries 200]
For each M/efConstruction in --builds, builds an hnswlib graph of the index's stored vectors (with --dedupe, one
point for each distinct vector, its copies returned beside it) and prints build time, graph file size, and
recall@10 (ties counted / by chunk) and search time at each ef, for the benchmark's questions; --saved
measures the index's own saved graph the same way first (--builds '' for that alone).`;
const root = join(import.meta.dirname, '..');
const values = parseBenchArguments(
  {
    data: { type: 'string' },
    weeks: { type: 'string' },
    builds: { type: 'string', default: '16/64' },
    efs: { type: 'string', default: '256,1024,2048' },
    queries: { type: 'string', default: '200' },
    dedupe: { type: 'boolean', default: false },
    saved: { type: 'boolean', default: false },
  },
  usage,
);
if (!values.data || !values.weeks) throw new Error(`--data and --weeks are required. ${usage}`);
const k = 10;
const corpusDirs = defaultCorpusDirs(root, join(root, 'corpus'));
const first = (await readCorpusTexts(corpusDirs))[0];
const questions = varyQuestions(await readDevQuestions(join(root, 'test/dev.jsonl')), {
  count: 20 + positiveOption('queries', values.queries, usage),
  seed: 1,
  topics: benchTopics,
  committee: { from: (first && findPaperCommittee(first.text)) ?? benchCommittees[0]!, to: benchCommittees },
  maxWeeks: positiveOption('weeks', values.weeks, usage),
}).slice(20);
const queries = await new LocalHashEmbeddings().embedDocuments(questions);
const stored = readEmbeddedVectors(values.data, 256);
const { table } = stored;
const rows = table.vectors.length / table.dimensions;
const allowed = (row: number) => table.allowed?.[row] === 1;

// Row groups of identical vectors: the first row of each stands for the rest.
const copiesOf = new Map<number, number[]>();
if (values.dedupe) {
  const firstOf = new Map<string, number>();
  for (let row = 0; row < rows; row += 1) {
    if (!allowed(row)) continue;
    const bytes = new Uint8Array(table.vectors.buffer, row * table.dimensions * 4, table.dimensions * 4);
    const key = createHash('sha1').update(bytes).digest('base64');
    const representative = firstOf.get(key);
    if (representative === undefined) {
      firstOf.set(key, row);
      copiesOf.set(row, [row]);
    } else copiesOf.get(representative)!.push(row);
  }
  progress(`${copiesOf.size} distinct vectors among ${rows} rows`);
}

/** Recall@10 (ties counted / by chunk) and search time of a graph at each ef. */
function measure(
  graph: hnswlib.HierarchicalNSW,
  toRows: (labels: number[]) => number[],
  filter?: (label: number) => boolean,
) {
  return values.efs.split(',').map((ef) => {
    graph.setEf(Number(ef));
    const searched = performance.now();
    const found = queries.map((query) => toRows(graph.searchKnn(query, k, filter).neighbors).slice(0, k));
    const searchMs = (performance.now() - searched) / queries.length;
    const recall = scoreRecall(table, queries, found, k);
    return `ef ${ef}: ${recall.withTies.toFixed(3)} / ${recall.strict.toFixed(3)}, ${searchMs.toFixed(2)} ms a search`;
  });
}

if (values.saved) {
  const graph = new hnswlib.HierarchicalNSW('cosine', table.dimensions);
  graph.readIndexSync(join(values.data, 'vectors.hnsw'), true);
  const rowOf = new Map((stored.labels ?? []).map((label, row) => [label, row]));
  const figures = measure(
    graph,
    (labels) => labels.map((label) => rowOf.get(label) ?? -1),
    (label) => allowed(rowOf.get(label) ?? -1),
  );
  progress(`saved graph, ${graph.getCurrentCount()} points: ${figures.join('; ')}`);
}

const workDir = await mkdtemp(join(tmpdir(), 'graph-build-'));
try {
  for (const build of values.builds === '' ? [] : values.builds.split(',')) {
    const [m, efConstruction] = build.split('/').map(Number) as [number, number];
    const graph = new hnswlib.HierarchicalNSW('cosine', table.dimensions);
    const points = values.dedupe ? [...copiesOf.keys()] : [...Array(rows).keys()].filter(allowed);
    graph.initIndex({ maxElements: points.length, m, efConstruction, randomSeed: 42 });
    const started = performance.now();
    const point = new Array<number>(table.dimensions);
    for (const row of points) {
      for (let index = 0; index < table.dimensions; index += 1)
        point[index] = table.vectors[row * table.dimensions + index]!;
      graph.addPoint(point, row);
    }
    const buildMs = performance.now() - started;
    const file = join(workDir, `${m}-${efConstruction}.hnsw`);
    graph.writeIndexSync(file);
    const megabytes = (await stat(file)).size / 2 ** 20;
    // A representative found stands for all its copies, as a store keeping one point per distinct vector would return them.
    const figures = measure(graph, (labels) =>
      values.dedupe ? labels.flatMap((row) => copiesOf.get(row) ?? [row]) : labels,
    );
    progress(
      `M ${m} efConstruction ${efConstruction}${values.dedupe ? ' deduplicated' : ''}: ${points.length} points, ` +
        `built in ${(buildMs / 1000).toFixed(1)} s, ${megabytes.toFixed(0)} MB; ${figures.join('; ')}`,
    );
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
