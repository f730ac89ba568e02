import { parseArgs } from 'node:util';
import { createCliLogger, runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/config.js';
import { isQuorumError } from '../../src/core/errors.js';
import { loadQuestions } from '../../src/evaluation/load-questions.js';
import { type CorpusEvaluation, evaluateCorpus } from '../evaluation/evaluate-corpus.js';
import { type EvaluationSet, loadManifest, pairSets } from '../evaluation/evaluation-sets.js';
import { formatEvaluation } from '../evaluation/format-evaluation.js';

const usage =
  'Usage: npm run eval -- --questions FILE [--corpus DIR] [--questions FILE --corpus DIR …] | --manifest FILE ' +
  '[--json] [--no-baseline] [--database-url URL (an empty PostgreSQL database: evaluates that store)]';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      manifest: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'database-url': { type: 'string' },
    },
  });
  const config = loadConfig();
  const questionFiles = values.questions ?? [];
  if (questionFiles.length === 0 && !values.manifest) throw new Error(`--questions is required. ${usage}`);
  const sets = values.manifest
    ? await loadManifest(values.manifest)
    : pairSets(questionFiles, values.corpus ?? [], config.corpusDir);
  const logger = createCliLogger(config);
  // Each set is evaluated on its own; one that cannot run is reported and the others still are.
  const outcomes: { set: EvaluationSet; evaluation?: CorpusEvaluation; error?: string }[] = [];
  for (const set of sets) {
    try {
      const evaluation = await evaluateCorpus({
        questions: await loadQuestions(set.questions),
        corpusDir: set.corpus,
        config,
        databaseUrl: values['database-url'],
        logger,
        baseline: !values['no-baseline'],
      });
      outcomes.push({ set, evaluation });
    } catch (error) {
      if (sets.length === 1) throw error;
      outcomes.push({ set, error: isQuorumError(error) || error instanceof Error ? error.message : String(error) });
    }
  }
  if (values.json) {
    // One set keeps the single report shape other tools parse; several are listed under `sets`.
    const single = outcomes.length === 1 ? outcomes[0]!.evaluation : undefined;
    const report = single
      ? toJson(single)
      : {
          sets: outcomes.map(({ set, evaluation, error }) => ({
            ...set,
            ...(evaluation ? toJson(evaluation) : { error }),
          })),
        };
    console.log(JSON.stringify(report, null, 2));
  } else {
    const blocks = outcomes.map(({ set, evaluation, error }) => {
      const body = evaluation ? formatEvaluation(evaluation) : `failed: ${error}`;
      return outcomes.length === 1 ? body : `== ${set.name} (${set.questions} on ${set.corpus})\n${body}`;
    });
    console.log(blocks.join('\n\n'));
  }
  return outcomes.some((outcome) => outcome.error) ? 1 : 0;
}, usage);

function toJson(evaluation: CorpusEvaluation) {
  return {
    metrics: evaluation.quorum.metrics,
    baseline: evaluation.baseline?.metrics,
    chunks: evaluation.chunks,
    failedPapers: evaluation.failed,
    questions: evaluation.quorum.results.map((result) => ({
      id: result.id,
      question: result.question,
      abstained: result.answer.abstained,
      answer: result.answer.text,
      evidenceRank: result.evidenceRank ?? null,
      factsHeld: result.factsHeld,
      citationsRelevant: result.citationsRelevant,
      citedExpectedDate: result.citedExpectedDate,
      ...(result.rouge ? { rouge: result.rouge } : {}),
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
