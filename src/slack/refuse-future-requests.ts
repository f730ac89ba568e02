import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../core/logger.js';

/** How far a request's timestamp may run ahead of our clock; Slack's own rule for the past is the same. */
export const maxClockSkewSeconds = 5 * 60;

/**
 * Bolt's receiver refuses a request stamped more than five minutes in the past but accepts any future
 * stamp, so a captured request signed with a far-future stamp could be replayed for as long as that.
 * This refuses such a request with 401 before Bolt reads it; Bolt then checks the signature as usual.
 */
export function refuseFutureRequests(receiver: HTTPReceiver, options: { logger: Logger; now?: () => number }): void {
  const now = options.now ?? Date.now;
  const handle = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    const header = request.headers['x-slack-request-timestamp'];
    const stamp = Number(Array.isArray(header) ? header[0] : header);
    if (Number.isFinite(stamp) && stamp > Math.floor(now() / 1000) + maxClockSkewSeconds) {
      options.logger.warn({ timestamp: stamp, path: request.url }, 'Refused a Slack request stamped in the future');
      response.writeHead(401);
      response.end();
      return;
    }
    handle(request, response);
  };
}
