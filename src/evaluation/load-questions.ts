import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { QuorumError } from '../core/errors.js';

const questionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  evidence: z.array(z.string()).default([]),
  facts: z.array(z.union([z.string(), z.array(z.string())])).default([]),
  meeting: z.union([z.string(), z.array(z.string())]).optional(),
  minute: z.string().optional(),
  source: z.string().optional(),
  unanswerable: z.boolean().default(false),
  /** A human-written answer, scored against with ROUGE. */
  reference: z.string().optional(),
});

export type EvaluationQuestion = z.infer<typeof questionSchema>;

export async function loadQuestions(path: string): Promise<EvaluationQuestion[]> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new QuorumError('input_unreadable', `${path}: cannot read the question set`, { cause: error });
  });
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = questionSchema.safeParse(parseJson(line, `${path}:${number}`));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new QuorumError('input_corrupt', `${path}:${number}: field ${issue?.path.join('.')} ${issue?.message}`);
      }
      return parsed.data;
    });
}

function parseJson(line: string, where: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new QuorumError('input_corrupt', `${where}: not a JSON object`, { cause: error });
  }
}
