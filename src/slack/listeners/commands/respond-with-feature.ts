import type { AnsweringServices } from '../../answering/answering-services.js';
import { runLimited } from '../../answering/run-limited.js';
import { renderMarkdown } from '../../render/render-markdown.js';
import { renderNotice } from '../../render/render-notice.js';
import type { SlackMessage } from '../../render/slack-message.js';

/** Runs a pluggable markdown feature (brief, digest, actions) under the limits, or says it is not built yet. */
export async function respondWithFeature(
  services: AnsweringServices,
  request: { user: string; feature: string; write: (() => Promise<string>) | undefined },
  send: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  if (!request.write) {
    await send(renderNotice({ kind: 'not-built', feature: request.feature }));
    return;
  }
  const outcome = await runLimited(services, request.user, request.write);
  if (outcome.status !== 'done') {
    await send(renderNotice({ kind: outcome.status }));
    return;
  }
  for (const message of renderMarkdown(outcome.value)) await send(message);
}
