import { readFile } from 'node:fs/promises';

/** The question wording of an evaluation set (JSON lines): only the questions, never their answers. */
export async function readDevQuestions(path: string): Promise<string[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => (JSON.parse(line) as { question: string }).question);
}
