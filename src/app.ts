import { type Config, loadConfig } from './config.js';
import { isQuorumError } from './core/errors.js';
import { createLogger, type Logger } from './core/logger.js';
import { ensureIndex } from './ensure-index.js';
import { createSlackApp } from './slack/create-slack-app.js';
import { createFeedbackStore } from './slack/feedback/create-feedback-store.js';
import { findMissingSlackSettings } from './slack/find-missing-slack-settings.js';
import { startSlackDigests } from './slack/jobs/start-slack-digests.js';
import { startSyncSchedule } from './slack/jobs/start-slack-sync.js';
import { startSlackWatches } from './slack/jobs/start-slack-watches.js';
import { startQuorumWorker } from './slack/worker/start-quorum-worker.js';
import { createWatchStore } from './watches/watch-store.js';

const setupPointer = 'see "Slack setup" in README.md';

let logger: Logger | undefined;
try {
  const config = loadConfig();
  const missing = findMissingSlackSettings(config.slack);
  if (missing.length > 0) {
    console.error(`Missing ${missing.join(' and ')}: ${setupPointer}.`);
    process.exit(1);
  }
  logger = createLogger(config.logLevel);
  await start(config, logger);
} catch (error) {
  console.error(describeStartupFailure(error));
  if (!isQuorumError(error)) logger?.fatal({ err: error }, 'Quorum failed to start');
  process.exit(1);
}

async function start(config: Config, logger: Logger): Promise<void> {
  await ensureIndex(config, (message) => console.log(message));
  // Answering runs in a worker thread so this thread only receives, acks and posts.
  const worker = await startQuorumWorker(config);
  const { answerQuestion, describeSources, brief, digest, actions } = worker;
  const watchStore = createWatchStore({ dataDir: config.dataDir });
  const slackApp = createSlackApp({
    config: config.slack,
    logger,
    dependencies: {
      answerQuestion,
      describeSources,
      brief,
      digest,
      actions,
      feedbackStore: createFeedbackStore({ dataDir: config.dataDir }),
      watchStore,
    },
  });
  const { port } = await slackApp.start();
  console.log(
    port === undefined
      ? 'Quorum is connected to Slack (Socket Mode).'
      : `Quorum is listening for Slack on port ${port} at /slack/events.`,
  );
  const digests = await startSlackDigests({ config, store: worker.store, client: slackApp.app.client, logger });
  const watches = startSlackWatches({
    config,
    store: worker.store,
    watches: watchStore,
    client: slackApp.app.client,
    logger,
  });
  const syncs = startSyncSchedule({ config, logger, afterSync: watches.run });
  const shutdown = async () => {
    syncs.stop();
    watches.stop();
    digests.stop();
    await slackApp.stop().catch((error: unknown) => logger.warn({ err: error }, 'Slack app did not stop cleanly'));
    await worker.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function describeStartupFailure(error: unknown): string {
  if (isQuorumError(error))
    return error.code === 'config_invalid' ? `${error.message}: ${setupPointer}.` : error.message;
  // Bolt's auth.test at start-up fails with the Slack error code when the token is wrong or revoked.
  const slackError = (error as { data?: { error?: string } } | undefined)?.data?.error;
  if (slackError) return `Slack rejected SLACK_BOT_TOKEN (${slackError}): ${setupPointer}.`;
  return `Quorum could not start: ${error instanceof Error ? error.message : String(error)}`;
}
