import type { Logger } from '../../core/logger.js';
import { renderNotice } from '../render/render-notice.js';
import type { SlackMessage } from '../render/slack-message.js';
import { createReferenceId } from './message-keys.js';

/** Logs the error under a fresh reference id and tells the user, quoting the same id. Never throws. */
export async function reportFailure(options: {
  logger: Logger;
  error: unknown;
  send: (message: SlackMessage) => Promise<unknown>;
  context: Record<string, unknown>;
}): Promise<string> {
  const referenceId = createReferenceId();
  options.logger.error({ err: options.error, referenceId, ...options.context }, 'Slack request failed');
  try {
    await options.send(renderNotice({ kind: 'failed', referenceId }));
  } catch (sendError) {
    options.logger.error({ err: sendError, referenceId }, 'Could not tell the user about a failure');
  }
  return referenceId;
}
