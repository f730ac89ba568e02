import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerQuestion } from '../../src/answer/answer.js';
import type { Config } from '../../src/config.js';
import type { SourcesSummary } from '../../src/meeting-papers/describe-sources.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { createFeedbackStore, type FeedbackStore } from '../../src/slack/feedback/create-feedback-store.js';
import type { SlackDependencies } from '../../src/slack/slack-dependencies.js';
import { type CapturedLog, createCapturingLogger } from './capturing-logger.js';
import { type SlackStub, startSlackStub } from './slack-stub.js';

export const testSigningSecret = 'test-signing-secret';

export interface SlackTestApp {
  /** The bot's Events / commands / interactivity endpoint. */
  eventsUrl: string;
  stub: SlackStub;
  feedbackStore: FeedbackStore;
  logs: CapturedLog[];
  stop(): Promise<void>;
}

const emptySources: SourcesSummary = { committees: [], meetings: [], paperCount: 0, documentCount: 0, chunkCount: 0 };

/** The real Bolt app on 127.0.0.1 (port 0), its WebClient pointed at a local Slack stub, without retries. */
export async function startSlackTestApp(options: {
  answerQuestion: AnswerQuestion;
  describeSources?: SlackDependencies['describeSources'];
  slack?: Partial<Config['slack']>;
  dependencies?: Partial<SlackDependencies>;
}): Promise<SlackTestApp> {
  const stub = await startSlackStub();
  const dataDir = await mkdtemp(join(tmpdir(), 'quorum-slack-'));
  const feedbackStore = createFeedbackStore({ dataDir });
  const { logger, entries } = createCapturingLogger();
  const slackApp = createSlackApp({
    config: {
      botToken: 'xoxb-test',
      signingSecret: testSigningSecret,
      apiUrl: stub.apiUrl,
      port: 0,
      rateLimitPerMinute: 100,
      maxConcurrentAnswers: 4,
      maxQueuedAnswers: 20,
      channelScopes: {},
      ...options.slack,
    },
    dependencies: {
      answerQuestion: options.answerQuestion,
      describeSources: options.describeSources ?? (async () => emptySources),
      feedbackStore,
      ...options.dependencies,
    },
    logger,
    listen: { host: '127.0.0.1', port: 0 },
    webClientOptions: { retryConfig: { retries: 0 } },
  });
  const { port } = await slackApp.start();
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    stub,
    feedbackStore,
    logs: entries,
    async stop() {
      await slackApp.stop();
      await stub.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
