import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../ingest/evaluation/evaluate-corpus.js';
import { createSilentLogger } from '../src/core/logger.js';
import { loadQuestions } from '../src/evaluation/load-questions.js';

// The gate from the answering issue: the dev set over the bundled corpus, offline default.
const thresholds = {
  'hit@5': { min: 0.95 },
  factRecall: { min: 0.85 },
  citationPrecision: { min: 0.9 },
  citationDateAccuracy: { min: 1 },
  abstainAccuracy: { min: 1 },
  falseAbstainRate: { max: 0.05 },
} as const;

describe('evaluation gate (test/dev.jsonl over corpus/)', () => {
  it('meets every threshold with the offline answerer', async () => {
    const evaluation = await evaluateCorpus({
      questions: await loadQuestions('test/dev.jsonl'),
      corpusDir: 'corpus',
      config: { embedder: 'local', openai: undefined, chunking: { size: 1200, overlap: 150 } },
      logger: createSilentLogger(),
    });
    const metrics = evaluation.quorum.metrics;
    for (const [key, bound] of Object.entries(thresholds)) {
      const value = metrics[key as keyof typeof metrics];
      if ('min' in bound) expect(value, key).toBeGreaterThanOrEqual(bound.min);
      else expect(value, key).toBeLessThanOrEqual(bound.max);
    }
  }, 120_000);
});
