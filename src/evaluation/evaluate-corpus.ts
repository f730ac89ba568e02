import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../ingest/ingest-paths.js';
import { collectInputs } from '../../ingest/load/collect-inputs.js';
import { readInput } from '../../ingest/load/read-input.js';
import type { Config } from '../config.js';
import { createEmbeddings } from '../embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from '../embeddings/probe-embedding-dimensions.js';
import type { Logger } from '../logger.js';
import { openQuorum } from '../open-quorum.js';
import { createNaiveBaseline } from './create-naive-baseline.js';
import type { EvaluationQuestion } from './load-questions.js';
import { type EvaluationReport, runEvaluation } from './run-evaluation.js';

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
