import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BotProcess {
  eventsUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs the bot exactly as `npm start` does (src/app.ts, or another app's entry point) in a child
 * process, so the load generator's event loop is not the bot's. Resolves once it is listening.
 */
export function startBotProcess(options: {
  app: string;
  environment: Record<string, string>;
  onOutput: (line: string) => void;
  timeoutMs?: number;
}): Promise<BotProcess> {
  // node itself (not the tsx wrapper, which would be a second process) so `pid` is the bot's.
  const tsx = join(import.meta.dirname, '../../node_modules/tsx/dist/esm/index.mjs');
  const child = spawn(process.execPath, ['--import', pathToFileURL(tsx).href, options.app], {
    env: { ...process.env, ...options.environment, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('The bot did not start listening in time'));
    }, options.timeoutMs ?? 300_000);
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      for (const line of text.split('\n').filter(Boolean)) options.onOutput(line);
    });
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      for (const line of text.split('\n').filter(Boolean)) {
        options.onOutput(line);
        const port = line.match(/listening for Slack on port (\d+)/)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve({ eventsUrl: `http://127.0.0.1:${port}/slack/events`, pid: child.pid ?? 0, stop });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The bot exited before listening (code ${code})`));
    });
  });
}
