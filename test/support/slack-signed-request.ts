import { createHmac } from 'node:crypto';

export interface SignedRequestOptions {
  url: string;
  signingSecret: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to test rejection). */
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a request to the bot signed the way Slack signs it (v0 HMAC-SHA256 of "v0:timestamp:body"). */
export async function sendSignedRequest(options: SignedRequestOptions): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const digest = createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${options.body}`).digest('hex');
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? `v0=${digest}`,
      ...options.headers,
    },
    body: options.body,
  });
  return { status: response.status, body: await response.text() };
}
