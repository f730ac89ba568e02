import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadQuestions } from '../src/evaluation/load-questions.js';
import { normalize } from '../src/evaluation/normalize.js';
import { parseBenchArguments, positiveOption, progress } from './lib/bench-arguments.js';
import { type CandidateRow, candidateRow } from './lib/candidate-row.js';
import { evidenceHeldWhole } from './lib/evidence-held-whole.js';
import { ingestForBench } from './lib/ingest-for-bench.js';
import { openBenchQuorum } from './lib/open-bench-quorum.js';
import { type PaperChoice, paperChoice } from './lib/paper-choice.js';

const usage = `Usage: npm run bench:retrieval-depth -- --questions FILE --corpus DIR [--depth 40] [--json] [--candidates FILE]
How deep retrieval finds each answerable question's evidence: ingests the corpus into a throw-away index,
retrieves --depth passages a question (the ranking answers read the top 10 of), and prints the share of
questions whose evidence is within the top 1, 5, 10, 20 and --depth, then each question missing from the
top 5 with the rank its evidence first appears at. Evidence within the depth but past rank 5 is a ranking
loss (a re-ranker can win it back); evidence past the depth is a recall loss (the question's words are
not the passage's: only new vocabulary or a semantic signal finds it). A ranking loss is split in two: the
wrong paper first (another transcript's sitting; "other paper" in the list) or the wrong passage of the
right paper; "within@5 if the paper were known" ranks each question's evidence among its own paper's
passages only, the most any paper- or meeting-level prior can reach. "Evidence held whole by no passage"
counts the questions lost before ranking: passage boundaries cut all of its evidence strings. --candidates
writes each question's ranking (scores, texts, evidence flags, the question's stems and their weights) to
FILE as JSON lines, to replay a re-ranking idea over the same candidates without retrieving again.`;

try {
  const values = parseBenchArguments(
    {
      questions: { type: 'string' },
      corpus: { type: 'string' },
      depth: { type: 'string', default: '40' },
      json: { type: 'boolean', default: false },
      candidates: { type: 'string' },
    },
    usage,
  );
  if (!values.questions || !values.corpus) throw new Error(`--questions and --corpus are required. ${usage}`);
  const depth = positiveOption('depth', values.depth, usage);
  const questions = (await loadQuestions(values.questions)).filter((question) => !question.unanswerable);
  const directory = await mkdtemp(join(tmpdir(), 'quorum-depth-'));
  try {
    const figures = await ingestForBench(values.corpus, { dataDir: directory }, loadConfig({}).chunking, progress);
    progress(`ingested ${figures.chunks} chunks in ${figures.seconds.toFixed(1)} s`);
    const { quorum } = await openBenchQuorum({ dataDir: directory });
    try {
      const indexed: string[] = [];
      for (const document of await quorum.store.listDocuments()) {
        for (const chunk of await quorum.store.listChunks(document.source)) indexed.push(normalize(chunk.text));
      }
      const heldByNone = questions
        .filter((question) => !evidenceHeldWhole(question.evidence.map(normalize), indexed))
        .map(({ id }) => id);
      const ranks: ({ id: string; question: string } & PaperChoice)[] = [];
      const candidates: CandidateRow[] = [];
      for (const question of questions) {
        const evidence = question.evidence.map(normalize);
        const holdsEvidence = (text: string) => {
          const normalized = normalize(text);
          return evidence.some((item) => normalized.includes(item));
        };
        const { analysis, passages } = await quorum.retriever.retrieveAnalyzed({
          question: question.question,
          limit: depth,
        });
        const ranked = passages.map(({ chunk }) => ({ source: chunk.source, evidence: holdsEvidence(chunk.text) }));
        ranks.push({ id: question.id, question: question.question, ...paperChoice(ranked) });
        if (values.candidates) {
          const weight = (stem: string) => quorum.retriever.inverseDocumentFrequency(stem);
          candidates.push(candidateRow(question, analysis.stems, weight, passages, holdsEvidence));
        }
      }
      if (values.candidates) {
        await writeFile(values.candidates, candidates.map((row) => `${JSON.stringify(row)}\n`).join(''));
        progress(`wrote ${candidates.length} questions' candidates to ${values.candidates}`);
      }
      const within = (limit: number) =>
        ranks.filter(({ rank }) => rank !== null && rank <= limit).length / Math.max(ranks.length, 1);
      const cutoffs = [...new Set([1, 5, 10, 20, depth])].filter((cutoff) => cutoff <= depth).sort((a, b) => a - b);
      const shares = Object.fromEntries(
        cutoffs.map((cutoff) => [`within@${cutoff}`, Number(within(cutoff).toFixed(3))]),
      );
      const misses = ranks.filter(({ rank }) => rank === null || rank > 5);
      const paperKnown = ranks.filter(({ rankInPaper }) => rankInPaper !== null && rankInPaper <= 5).length;
      const papers = {
        'within@5IfPaperKnown': Number((paperKnown / Math.max(ranks.length, 1)).toFixed(3)),
        missesWithOtherPaperFirst: misses.filter(({ rightPaperFirst }) => rightPaperFirst === false).length,
        evidenceHeldWholeByNoPassage: heldByNone,
      };
      if (values.json) {
        console.log(
          JSON.stringify({ questions: ranks.length, chunks: figures.chunks, ...shares, ...papers, misses }, null, 2),
        );
      } else {
        console.log(`${ranks.length} answerable questions, ${figures.chunks} chunks`);
        console.log(
          Object.entries(shares)
            .map(([key, share]) => `${key} ${share}`)
            .join(', '),
        );
        console.log(
          `within@5 if the paper were known ${papers['within@5IfPaperKnown']}; ` +
            `${papers.missesWithOtherPaperFirst} of ${misses.length} misses have another paper first`,
        );
        console.log(
          `evidence held whole by no passage: ${heldByNone.length}${heldByNone.length > 0 ? ` (${heldByNone.join(', ')})` : ''}`,
        );
        for (const miss of misses) {
          const rank = miss.rank === null ? `>${depth}` : String(miss.rank);
          const paper = miss.rightPaperFirst === false ? 'other paper' : miss.rightPaperFirst ? 'right paper' : '';
          console.log(`${rank}\t${paper}\t${miss.id}\t${miss.question}`);
        }
      }
    } finally {
      await quorum.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
