import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/core/logger.js';
import { createEmbeddings } from '../../src/embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from '../../src/embeddings/probe-embedding-dimensions.js';
import { createNaiveBaseline } from '../../src/evaluation/create-naive-baseline.js';
import type { EvaluationQuestion } from '../../src/evaluation/load-questions.js';
import { type EvaluationReport, runEvaluation } from '../../src/evaluation/run-evaluation.js';
import { openQuorum } from '../../src/open-quorum.js';
import { ingestPaths } from '../pipeline/ingest-paths.js';
import { collectInputs } from '../read/collect-inputs.js';
import { readInput } from '../read/read-input.js';

export interface CorpusEvaluation {
  quorum: EvaluationReport;
  baseline?: EvaluationReport;
  chunks: number;
}

export interface EvaluateCorpusOptions {
  questions: EvaluationQuestion[];
  corpusDir: string;
  config: Pick<Config, 'embedder' | 'openai' | 'chunking'>;
  logger: Logger;
  baseline?: boolean;
  /** Evaluate the PostgreSQL store in this (empty) database instead of a throw-away embedded index. */
  databaseUrl?: string;
}

/** Ingests the corpus into a throw-away index, answers every question, and scores it (and the naive baseline). */
export async function evaluateCorpus(options: EvaluateCorpusOptions): Promise<CorpusEvaluation> {
  const dataDir = await mkdtemp(join(tmpdir(), 'quorum-eval-'));
  try {
    const embedder = createEmbeddings(options.config);
    const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
    await ingestPaths({
      paths: [options.corpusDir],
      location: { dataDir, databaseUrl: options.databaseUrl },
      embedder: { ...embedder, dimensions },
      chunking: options.config.chunking,
      logger: options.logger,
    });
    const quorum = await openQuorum({
      config: { ...options.config, dataDir, databaseUrl: options.databaseUrl },
      logger: options.logger,
    });
    try {
      const report = await runEvaluation(options.questions, quorum.answerQuestion);
      const evaluation: CorpusEvaluation = { quorum: report, chunks: await quorum.store.chunkCount() };
      if (options.baseline) {
        const { files } = await collectInputs([options.corpusDir]);
        const documents = await Promise.all(
          files.map(async (file) => ({ source: file, text: (await readInput(file)).text })),
        );
        evaluation.baseline = await runEvaluation(
          options.questions,
          await createNaiveBaseline(documents, embedder.embeddings),
        );
      }
      return evaluation;
    } finally {
      await quorum.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
