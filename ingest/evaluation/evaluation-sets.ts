import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { QuorumError } from '../../src/core/errors.js';

/** One question set and the papers it asks about. */
export interface EvaluationSet {
  name: string;
  questions: string;
  corpus: string;
}

const manifestSchema = z.object({
  sets: z
    .array(
      z.object({
        name: z.string().min(1).optional(),
        questions: z.string().min(1),
        corpus: z.string().min(1),
      }),
    )
    .min(1),
});

/**
 * Pairs each --questions with the --corpus in the same position; a single --corpus (or none: the
 * configured corpus) serves every question set.
 */
export function pairSets(questions: string[], corpora: string[], defaultCorpus: string): EvaluationSet[] {
  if (corpora.length > 1 && corpora.length !== questions.length) {
    throw new Error(
      `--corpus given ${corpora.length} times for ${questions.length} --questions: give one, or one per question set`,
    );
  }
  return questions.map((file, index) => ({
    name: basename(file),
    questions: file,
    corpus: corpora[index] ?? corpora[0] ?? defaultCorpus,
  }));
}

/** A JSON manifest `{"sets":[{"name"?, "questions", "corpus"}]}`; paths are relative to the manifest. */
export async function loadManifest(path: string): Promise<EvaluationSet[]> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new QuorumError('input_unreadable', `${path}: cannot read the evaluation manifest`, { cause: error });
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new QuorumError('input_corrupt', `${path}: not JSON`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuorumError('input_corrupt', `${path}: field ${issue?.path.join('.')} ${issue?.message}`);
  }
  const base = dirname(path);
  return parsed.data.sets.map((set) => ({
    name: set.name ?? basename(set.questions),
    questions: resolve(base, set.questions),
    corpus: resolve(base, set.corpus),
  }));
}
