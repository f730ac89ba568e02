import { parseArgs } from 'node:util';
import { createCliLogger, runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/config.js';
import { loadQuestions } from '../../src/evaluation/load-questions.js';
import { evaluateCorpus } from '../evaluation/evaluate-corpus.js';
import { formatEvaluation } from '../evaluation/format-evaluation.js';

const usage =
  'Usage: npm run eval -- --questions FILE [--corpus DIR] [--json] [--database-url URL (an empty PostgreSQL database: evaluates that store)]';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
    },
  });
  if (!values.questions) throw new Error(`--questions is required. ${usage}`);
  const config = loadConfig();
  const logger = createCliLogger(config);
  const evaluation = await evaluateCorpus({
    questions: await loadQuestions(values.questions),
    corpusDir: values.corpus ?? config.corpusDir,
    config,
    databaseUrl: values['database-url'],
    logger,
    baseline: true,
  });
  console.log(values.json ? JSON.stringify(toJson(evaluation), null, 2) : formatEvaluation(evaluation));
});

function toJson(evaluation: Awaited<ReturnType<typeof evaluateCorpus>>) {
  return {
    metrics: evaluation.quorum.metrics,
    baseline: evaluation.baseline?.metrics,
    chunks: evaluation.chunks,
    questions: evaluation.quorum.results.map((result) => ({
      id: result.id,
      question: result.question,
      abstained: result.answer.abstained,
      answer: result.answer.text,
      evidenceRank: result.evidenceRank ?? null,
      factsHeld: result.factsHeld,
      citationsRelevant: result.citationsRelevant,
      citedExpectedDate: result.citedExpectedDate,
      latencyMs: Math.round(result.latencyMs * 100) / 100,
      citations: result.answer.citations.map(({ n, meetingDate, minute, title, source, line }) => ({
        n,
        meetingDate,
        minute,
        title,
        source,
        line,
      })),
    })),
  };
}
