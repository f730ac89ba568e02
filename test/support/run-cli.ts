import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs a CLI entry point (e.g. "src/cli/ask.ts") as a child process from the repository root, as
 * `npm run` would, with only the environment given: no OpenAI or Slack settings leak in from the shell.
 */
export function runCli(script: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      {
        cwd: repositoryRoot,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          OPENAI_API_KEY: '',
          OPENAI_BASE_URL: '',
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
