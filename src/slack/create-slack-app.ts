import type { Server } from 'node:http';
import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { QuorumError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { createAnsweringServices } from './answering/create-answering-services.js';
import { createReferenceId } from './answering/message-keys.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { registerListeners } from './listeners/register-listeners.js';
import { refuseFutureRequests } from './refuse-future-requests.js';
import type { SlackDependencies } from './slack-dependencies.js';

export interface SlackAppOptions {
  config: Config['slack'];
  dependencies: SlackDependencies;
  logger: Logger;
  /** Where the HTTP receiver listens; defaults to config.port on all interfaces. */
  listen?: { host?: string; port?: number };
  /** Web API client tuning, e.g. `{ retryConfig: { retries: 0 } }` against a test stub. */
  webClientOptions?: Pick<webApi.WebClientOptions, 'retryConfig' | 'timeout'>;
}

export interface SlackApp {
  app: App;
  /** Resolves once Slack can reach the bot; `port` is the HTTP receiver's (absent in Socket Mode). */
  start(): Promise<{ port?: number }>;
  stop(): Promise<void>;
}

/** A single-workspace Bolt app: Socket Mode when an app token is set, else HTTP at /slack/events. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { botToken, signingSecret, appToken, apiUrl } = options.config;
  if (!botToken) throw new QuorumError('config_invalid', 'SLACK_BOT_TOKEN is not set');
  if (!appToken && !signingSecret) throw new QuorumError('config_invalid', 'SLACK_SIGNING_SECRET is not set');
  const logger = options.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(options.logger.child({ component: 'bolt' }));
  const shared = {
    token: botToken,
    logger: boltLogger,
    clientOptions: { ...options.webClientOptions, ...(apiUrl ? { slackApiUrl: apiUrl } : {}) },
    // auth.test runs in start(), where a bad token or unreachable API becomes a clean failure.
    deferInitialization: true,
  };
  const app = appToken
    ? new App({ ...shared, appToken, socketMode: true })
    : new App({ ...shared, receiver: createHttpReceiver(signingSecret ?? '', boltLogger, logger) });
  app.error(async (error) => {
    logger.error({ err: error, referenceId: createReferenceId() }, 'Unhandled error in a Slack listener');
  });
  registerListeners(app, createAnsweringServices(options.config, options.dependencies, logger));
  return {
    app,
    async start() {
      await app.init();
      if (appToken) {
        await app.start();
        return {};
      }
      const listen = { port: options.listen?.port ?? options.config.port, host: options.listen?.host };
      const server = (await app.start(listen)) as Server;
      const address = server.address();
      return { port: typeof address === 'object' && address ? address.port : undefined };
    },
    async stop() {
      await app.stop();
    },
  };
}

/** The HTTP receiver at /slack/events, acking before processing, refusing requests stamped in the future. */
function createHttpReceiver(signingSecret: string, boltLogger: ReturnType<typeof createBoltLogger>, logger: Logger) {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logger: boltLogger,
  });
  refuseFutureRequests(receiver, { logger });
  return receiver;
}
