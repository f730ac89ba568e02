import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCall {
  method: string;
  params: Record<string, unknown>;
  token?: string;
}

export interface StubResponse {
  path: string;
  body: Record<string, unknown>;
}

export interface SlackStub {
  /** Base URL for the WebClient's `slackApiUrl`. */
  apiUrl: string;
  /** A response_url the bot can POST to; what it posts lands in `responses`. */
  responseUrl(id: string): string;
  calls: StubCall[];
  responses: StubResponse[];
  /** Raw bodies sent to the upload URLs files.getUploadURLExternal hands out (files.uploadV2's step 2). */
  uploads: StubResponse[];
  callsTo(method: string): StubCall[];
  /** Makes the next call to `method` fail with a Slack error. */
  failNext(method: string, error: string): void;
  /** Polls until the predicate holds, so tests wait for the bot's asynchronous replies. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A local Slack Web API: records every call and answers like Slack would, on 127.0.0.1. */
export async function startSlackStub(): Promise<SlackStub> {
  const calls: StubCall[] = [];
  const responses: StubResponse[] = [];
  const uploads: StubResponse[] = [];
  const failures = new Map<string, string>();
  let clock = 1_700_000_000;
  const nextTs = () => {
    clock += 1;
    return `${clock}.000100`;
  };

  const server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://stub').pathname;
    response.setHeader('content-type', 'application/json');
    if (path.startsWith('/response/')) {
      responses.push({ path, body: JSON.parse(raw || '{}') });
      response.end('{"ok":true}');
      return;
    }
    if (path.startsWith('/upload/')) {
      uploads.push({ path, body: { raw } });
      response.end('OK');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const params = decodeParams(raw, request.headers['content-type']);
    const token = request.headers.authorization?.replace(/^Bearer /, '');
    calls.push({ method, params, token });
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      response.end(JSON.stringify({ ok: false, error: failure }));
      return;
    }
    response.end(JSON.stringify(reply(method, params, nextTs, base)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    responses,
    uploads,
    callsTo: (method) => calls.filter((call) => call.method === method),
    failNext: (method, error) => failures.set(method, error),
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for the Slack stub');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(
  method: string,
  params: Record<string, unknown>,
  nextTs: () => string,
  base: string,
): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UQUORUM', bot_id: 'BQUORUM', team_id: 'T0001', user: 'quorum', team: 'Council' };
    case 'chat.postMessage': {
      const ts = nextTs();
      return { ok: true, channel: params.channel, ts, message: { ...params, ts, bot_id: 'BQUORUM' } };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: nextTs() };
    case 'views.publish':
      return { ok: true, view: { id: 'V0001', ...(params.view as object) } };
    case 'files.getUploadURLExternal': {
      const fileId = `F${nextTs().replace('.', '')}`;
      return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
    }
    case 'conversations.replies':
      return { ok: true, messages: [], has_more: false };
    default:
      return { ok: true };
  }
}

const structuredKeys = new Set(['blocks', 'attachments', 'view', 'metadata']);

function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient JSON-encodes structured arguments (blocks, view) inside the form.
    params[key] = structuredKeys.has(key) ? JSON.parse(value) : value;
  }
  return params;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
