import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { startSlackStub } from '../test/support/slack-stub.js';
import { parseBenchArguments, progress } from './lib/bench-arguments.js';
import { benchCommittees } from './lib/bench-committees.js';
import { benchQuestions } from './lib/bench-questions.js';
import { ingestForBench } from './lib/ingest-for-bench.js';
import { readProcessCpu } from './lib/read-thread-cpu.js';
import { sendBurst } from './lib/send-burst.js';
import { startBotProcess } from './lib/start-bot-process.js';
import { summarizeLatencies } from './lib/summarize-latencies.js';
import { synthesizeCorpus } from './lib/synthesize-corpus.js';

const usage = `Usage: npm run bench:burst -- [--chunks 74000 | --index DIR] [--mentions 200] [--users 50] [--seconds 5]
                             [--app src/app.ts] [--keep] [--json]
Builds a synthetic index of about --chunks chunks (or uses the embedded index in --index DIR), starts the bot
(--app, default src/app.ts) in a child process against a local Slack stub, sends --mentions signed mentions
from --users users over --seconds, and prints the ack latencies and how many replies each question got.
Targets: ack p95 <= 200 ms, max < 3 s, exactly one reply per question.`;
const signingSecret = 'bench-signing-secret';
const root = join(import.meta.dirname, '..');

const values = parseBenchArguments(
  {
    chunks: { type: 'string', default: '74000' },
    index: { type: 'string' },
    mentions: { type: 'string', default: '200' },
    users: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '5' },
    app: { type: 'string', default: join(root, 'src/app.ts') },
    'wait-seconds': { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  usage,
);
const workDir = await mkdtemp(join(tmpdir(), 'quorum-burst-'));
const stub = await startSlackStub();
let bot: Awaited<ReturnType<typeof startBotProcess>> | undefined;
try {
  const dataDir = values.index ?? (await buildIndex(workDir, Number(values.chunks)));
  progress(`starting the bot (${values.app}) over ${dataDir}…`);
  bot = await startBotProcess({
    app: values.app,
    environment: {
      QUORUM_DATA_DIR: dataDir,
      QUORUM_EMBEDDER: 'local',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: stub.apiUrl,
      LOG_LEVEL: 'warn',
      DIGEST_CHANNELS: '',
    },
    onOutput: (line) => progress(`  bot: ${line.slice(0, 300)}`),
  });
  const count = Number(values.mentions);
  progress(`sending ${count} mentions from ${values.users} users over ${values.seconds} s…`);
  const loadBefore = uptime();
  const cpuBefore = readProcessCpu(bot.pid);
  const burstStarted = performance.now();
  const burst = await sendBurst({
    eventsUrl: bot.eventsUrl,
    signingSecret,
    count,
    users: Number(values.users),
    seconds: Number(values.seconds),
    questions: benchQuestions,
  });
  const repliesTo = (ts: string) =>
    stub.callsTo('chat.postMessage').filter((call) => call.params.thread_ts === ts).length;
  progress('waiting for every question to get its reply…');
  const deadline = Date.now() + Number(values['wait-seconds']) * 1000;
  while (burst.mentions.some((mention) => repliesTo(mention.ts) === 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const burstSeconds = (performance.now() - burstStarted) / 1000;
  const cpuAfter = readProcessCpu(bot.pid);
  // Late duplicates would arrive after the first reply: give them a moment to show up.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const replies = burst.mentions.map((mention) => repliesTo(mention.ts));
  const busy = stub
    .callsTo('chat.postMessage')
    .filter((call) => String(call.params.text ?? '').startsWith("I'm busy")).length;
  const acks = summarizeLatencies(burst.ackMs);
  const result = {
    mentions: count,
    users: Number(values.users),
    seconds: Number(values.seconds),
    ack: acks,
    failedAcks: burst.failedAcks,
    acksOver3s: burst.ackMs.filter((ms) => ms > 3000).length,
    replies: {
      none: replies.filter((n) => n === 0).length,
      one: replies.filter((n) => n === 1).length,
      more: replies.filter((n) => n > 1).length,
      busyNotices: busy,
    },
    /** From the first mention to the last first reply; the bot's CPU over the same time. */
    burstSeconds,
    botCpuSeconds:
      cpuBefore && cpuAfter
        ? {
            mainThread: cpuAfter.mainSeconds - cpuBefore.mainSeconds,
            allThreads: cpuAfter.totalSeconds - cpuBefore.totalSeconds,
          }
        : undefined,
    uptimeBefore: loadBefore,
    uptimeAfter: uptime(),
    targetsMet: acks.p95Ms <= 200 && acks.maxMs < 3000 && replies.every((n) => n === 1),
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `acks (ms): p50 ${acks.p50Ms.toFixed(0)}, p95 ${acks.p95Ms.toFixed(0)}, max ${acks.maxMs.toFixed(0)}; over 3 s: ${result.acksOver3s}; not 200: ${result.failedAcks}`,
    );
    console.log(
      `replies per question: none ${result.replies.none}, one ${result.replies.one}, more ${result.replies.more} (busy notices ${busy})`,
    );
    if (result.botCpuSeconds) {
      const { mainThread, allThreads } = result.botCpuSeconds;
      console.log(
        `bot CPU over ${burstSeconds.toFixed(1)} s: main thread ${mainThread.toFixed(2)} s (${((mainThread / count) * 1000).toFixed(1)} ms a mention), all threads ${allThreads.toFixed(2)} s`,
      );
    }
    console.log(`load: before ${result.uptimeBefore} | after ${result.uptimeAfter}`);
    console.log(`targets (p95 <= 200 ms, max < 3 s, one reply each): ${result.targetsMet ? 'met' : 'NOT met'}`);
  }
} finally {
  await bot?.stop();
  await stub.close();
  if (values.keep) progress(`kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}

async function buildIndex(directory: string, chunks: number): Promise<string> {
  const config = loadConfig({});
  const papersDir = join(directory, 'papers');
  progress(`synthesizing papers for ~${chunks} chunks in ${papersDir}…`);
  await synthesizeCorpus({
    corpusDirs: [config.corpusDir],
    targetDir: papersDir,
    chunks,
    chunking: config.chunking,
    committees: benchCommittees,
    seed: 1,
  });
  const dataDir = join(directory, 'data');
  const figures = await ingestForBench(papersDir, { dataDir }, config.chunking, progress);
  progress(`ingested ${figures.chunks} chunks from ${figures.files} files in ${figures.seconds.toFixed(0)} s`);
  return dataDir;
}

function uptime(): string {
  return execFileSync('uptime', { encoding: 'utf8' }).trim();
}
