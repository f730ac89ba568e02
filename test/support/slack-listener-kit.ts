import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import type { Answer, AnswerQuestion, AnswerRequest } from '../../src/answer/answer.js';
import type { Config } from '../../src/config.js';
import type { AnsweringServices } from '../../src/slack/answering/answering-services.js';
import { createAnsweringServices } from '../../src/slack/answering/create-answering-services.js';
import { createFeedbackStore, type FeedbackStore } from '../../src/slack/feedback/create-feedback-store.js';
import type { SlackDependencies } from '../../src/slack/slack-dependencies.js';
import { type CapturedLog, createCapturingLogger } from './capturing-logger.js';
import { type SlackStub, startSlackStub } from './slack-stub.js';

export interface SlackListenerKit {
  services: AnsweringServices;
  /** A real WebClient aimed at the stub, without retries. */
  client: webApi.WebClient;
  stub: SlackStub;
  feedbackStore: FeedbackStore;
  logs: CapturedLog[];
  requests: AnswerRequest[];
  close(): Promise<void>;
}

export const sampleAnswer: Answer = {
  text: 'It was resolved that the report be **noted** [1].',
  citations: [
    {
      n: 1,
      committee: 'Improving Lives Select Commission',
      meetingDate: '2019-01-15',
      partKind: 'minutes',
      minute: '49',
      title: 'Domestic Abuse Update',
      heading: 'Improving Lives Select Commission › 2019-01-15 › 49 Domestic Abuse Update › Resolved',
      quote: 'That the report be noted.',
      source: '001_10f830cb2e8bf681.txt',
      start: 100,
      end: 125,
      line: 12,
    },
  ],
  abstained: false,
  passages: [],
};

/** Listener services wired as in the app, with a stubbed Slack and a temporary data directory. */
export async function createSlackListenerKit(
  options: {
    answerQuestion?: AnswerQuestion;
    dependencies?: Partial<SlackDependencies>;
    slack?: Partial<Config['slack']>;
  } = {},
): Promise<SlackListenerKit> {
  const stub = await startSlackStub();
  const dataDir = await mkdtemp(join(tmpdir(), 'quorum-listener-'));
  const feedbackStore = createFeedbackStore({ dataDir });
  const { logger, entries } = createCapturingLogger();
  const requests: AnswerRequest[] = [];
  const answerQuestion = options.answerQuestion ?? (async () => sampleAnswer);
  const config: Config['slack'] = {
    port: 0,
    rateLimitPerMinute: 100,
    maxConcurrentAnswers: 4,
    maxQueuedAnswers: 20,
    channelScopes: {},
    ...options.slack,
  };
  const dependencies: SlackDependencies = {
    answerQuestion: (request) => {
      requests.push(request);
      return answerQuestion(request);
    },
    describeSources: async () => ({ committees: [], meetings: [], paperCount: 0, documentCount: 0, chunkCount: 0 }),
    feedbackStore,
    ...options.dependencies,
  };
  return {
    services: createAnsweringServices(config, dependencies, logger),
    client: new webApi.WebClient('xoxb-test', { slackApiUrl: stub.apiUrl, retryConfig: { retries: 0 } }),
    stub,
    feedbackStore,
    logs: entries,
    requests,
    async close() {
      await stub.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
