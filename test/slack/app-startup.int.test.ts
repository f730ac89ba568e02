import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackPayloads } from '../support/slack-payloads.js';
import { sendSignedRequest } from '../support/slack-signed-request.js';
import { type SlackStub, startSlackStub } from '../support/slack-stub.js';

const tsx = resolve('node_modules/tsx/dist/cli.mjs');
const app = resolve('src/app.ts');

// `npm start` as a black box: a clean environment, run from an empty directory so no .env is read.
function runApp(env: Record<string, string>, cwd: string): ChildProcess {
  return spawn(process.execPath, [tsx, app], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
}

function collect(child: ChildProcess): { stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { stdout: () => stdout, stderr: () => stderr, exit };
}

describe('npm start', () => {
  let workDir: string;
  let stub: SlackStub;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'quorum-app-'));
    stub = await startSlackStub();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await stub.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('exits with one line naming what is missing when the Slack settings are absent', async () => {
    const run = collect(runApp({ SLACK_SIGNING_SECRET: 'secret' }, workDir));
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toBe('Missing SLACK_BOT_TOKEN: see "Slack setup" in README.md.');
  });

  it('starts over HTTP against SLACK_API_URL and answers a signed mention', async () => {
    child = runApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: stub.apiUrl,
        PORT: '0',
        QUORUM_DATA_DIR: join(workDir, 'data'),
        QUORUM_CORPUS_DIR: resolve('corpus'),
        LOG_LEVEL: 'silent',
      },
      workDir,
    );
    const run = collect(child);
    const deadline = Date.now() + 60_000;
    while (!/port (\d+)/.test(run.stdout()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    const port = run.stdout().match(/port (\d+)/)?.[1];
    expect(port, run.stderr()).toBeDefined();
    const event = {
      type: 'app_mention',
      user: 'U0001',
      text: '<@UQUORUM> What was resolved on the Domestic Abuse Update in January 2019?',
      ts: '1700002000.000100',
      channel: 'C0200',
    };
    const response = await sendSignedRequest({
      url: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: 'secret',
      body: slackPayloads.event(event),
      contentType: 'application/json',
    });
    expect(response.status).toBe(200);
    await stub.waitFor(() => stub.callsTo('chat.postMessage').length > 0, 20_000);
    expect(JSON.stringify(stub.callsTo('chat.postMessage')[0]?.params.blocks)).toContain('15 Jan 2019 · Minute 49');
    expect(stub.callsTo('auth.test')[0]?.token).toBe('xoxb-test');
    child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });
});
