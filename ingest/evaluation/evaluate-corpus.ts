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
import { openQuorum, warmUp } from '../../src/open-quorum.js';
import { ingestPaths } from '../pipeline/ingest-paths.js';

export interface CorpusEvaluation {
  quorum: EvaluationReport;
  baseline?: EvaluationReport;
  chunks: number;
  /** Papers that could not be read or indexed: left out, the rest evaluated. */
  failed: { source: string; message: string }[];
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
    const embedder = await createEmbeddings(options.config);
    const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
    const ingested = await ingestPaths({
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
      // As the bot does when it starts: the first question's latency is then a running bot's, not a cold process's.
      await warmUp(quorum);
      const report = await runEvaluation(options.questions, quorum.answerQuestion);
      const evaluation: CorpusEvaluation = {
        quorum: report,
        chunks: await quorum.store.chunkCount(),
        failed: ingested.failed,
      };
      if (options.baseline) {
        // The texts the index read (a PDF is read once, not again for the baseline); a paper that could
        // not be read is left out of both.
        const documents = await Promise.all(
          (await quorum.store.listDocuments()).map(async ({ source }) => ({
            source,
            text: (await quorum.store.getDocumentText(source)) ?? '',
          })),
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
