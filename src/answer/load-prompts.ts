import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuorumError } from '../core/errors.js';
import { projectRoot } from '../core/project-root.js';

export interface Prompt {
  text: string;
  version: number;
  file: string;
}

export interface Prompts {
  answer: Prompt;
  rewrite: Prompt;
}

const defaultDirectory = join(projectRoot, 'prompts');
const frontMatter = /^---\r?\nversion:\s*(\d+)\s*\r?\n---\r?\n/;

/** Reads the prompt files once at start; a missing or unversioned prompt stops start-up with its file name. */
export function loadPrompts(directory: string = defaultDirectory): Prompts {
  return {
    answer: readPrompt(join(directory, 'answer.md')),
    rewrite: readPrompt(join(directory, 'rewrite-question.md')),
  };
}

function readPrompt(file: string): Prompt {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new QuorumError('config_invalid', `Prompt file ${file} cannot be read`, { cause: error });
  }
  const header = frontMatter.exec(content);
  if (!header) {
    throw new QuorumError('config_invalid', `Prompt file ${file} must start with a "---/version: N/---" header`);
  }
  const text = content.slice(header[0].length).trim();
  if (text === '') throw new QuorumError('config_invalid', `Prompt file ${file} has no text after its header`);
  return { text, version: Number(header[1]), file };
}
