import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

// A local OpenAI-compatible server for tests: the real @langchain/openai client talks to it over HTTP.

/** One scripted reply. A 200 chat reply carries `content`; embeddings compute vectors unless an error is scripted. */
export interface StubReply {
  status?: number;
  /** Assistant content for chat (sent as tool-call arguments when the request forces a tool). */
  content?: string;
  headers?: Record<string, string>;
  /** Wait before sending the status line: the client sees a slow server. */
  delayMs?: number;
  /** Send the headers at once but hold the body back this long: the client sees a stalled stream. */
  stallBodyMs?: number;
}

const messageSchema = z.object({
  role: z.string(),
  content: z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() })), z.null()]),
});

const chatRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(messageSchema),
  response_format: z.looseObject({ type: z.string() }).optional(),
  tools: z.array(z.looseObject({ type: z.string(), function: z.looseObject({ name: z.string() }) })).optional(),
  tool_choice: z.unknown().optional(),
});

const embeddingRequestSchema = z.looseObject({
  model: z.string(),
  input: z.union([z.string(), z.array(z.string())]),
  encoding_format: z.enum(['float', 'base64']).optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type EmbeddingRequest = z.infer<typeof embeddingRequestSchema>;

export interface OpenAIStub {
  /** Pass as `baseURL` to the client, e.g. http://127.0.0.1:1234/v1 */
  baseURL: string;
  chatRequests: ChatRequest[];
  embeddingRequests: EmbeddingRequest[];
  /** Replies for the next chat completions, in order; a request with none left gets a 400. */
  enqueueChat(...replies: StubReply[]): void;
  /** Replies for the next embedding requests, in order; once used up, vectors are computed. */
  enqueueEmbeddings(...replies: StubReply[]): void;
  /** Every embedding request fails with this status until cleared with undefined. */
  failEmbeddingsWith(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startOpenAIStub(options: { dimensions?: number } = {}): Promise<OpenAIStub> {
  const dimensions = options.dimensions ?? 32;
  const chatQueue: StubReply[] = [];
  const embeddingQueue: StubReply[] = [];
  const chatRequests: ChatRequest[] = [];
  const embeddingRequests: EmbeddingRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let persistentEmbeddingStatus: number | undefined;

  const wait = (milliseconds: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, milliseconds);
      timers.add(timer);
    });

  const send = async (response: ServerResponse, reply: StubReply, body: unknown) => {
    if (reply.delayMs) await wait(reply.delayMs);
    if (response.destroyed) return;
    const status = reply.status ?? 200;
    const payload =
      status === 200 ? body : { error: { message: `stub error ${status}`, type: 'stub_error', code: null } };
    response.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    if (reply.stallBodyMs) {
      response.flushHeaders();
      await wait(reply.stallBodyMs);
      if (response.destroyed) return;
    }
    response.end(JSON.stringify(payload));
  };

  const handleChat = async (raw: unknown, response: ServerResponse) => {
    const request = chatRequestSchema.parse(raw);
    chatRequests.push(request);
    const reply = chatQueue.shift();
    if (!reply) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'openai stub: no scripted chat reply left' } }));
      return;
    }
    await send(response, reply, chatCompletion(request, reply.content ?? ''));
  };

  const handleEmbeddings = async (raw: unknown, response: ServerResponse) => {
    const request = embeddingRequestSchema.parse(raw);
    embeddingRequests.push(request);
    const reply = embeddingQueue.shift() ?? { status: persistentEmbeddingStatus };
    const inputs = typeof request.input === 'string' ? [request.input] : request.input;
    const data = inputs.map((input, index) => {
      const vector = embedText(input, dimensions);
      const embedding = request.encoding_format === 'base64' ? encodeBase64(vector) : vector;
      return { object: 'embedding', index, embedding };
    });
    await send(response, reply, {
      object: 'list',
      data,
      model: request.model,
      usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    });
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    readJson(request)
      .then((body) => {
        if (request.method === 'POST' && request.url === '/v1/chat/completions') return handleChat(body, response);
        if (request.method === 'POST' && request.url === '/v1/embeddings') return handleEmbeddings(body, response);
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `openai stub: no route ${request.method} ${request.url}` } }));
        return undefined;
      })
      .catch((error: unknown) => {
        if (response.headersSent) return response.destroy();
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: `openai stub: ${String(error)}` } }));
        return undefined;
      });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    chatRequests,
    embeddingRequests,
    enqueueChat: (...replies) => chatQueue.push(...replies),
    enqueueEmbeddings: (...replies) => embeddingQueue.push(...replies),
    failEmbeddingsWith: (status) => {
      persistentEmbeddingStatus = status;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** The text of a chat message as the model received it. */
export function messageText(message: ChatRequest['messages'][number]): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((part) => part.text ?? '').join('');
}

function chatCompletion(request: ChatRequest, content: string) {
  // withStructuredOutput forces a tool for older models and uses response_format json_schema otherwise.
  const forcedTool = request.tool_choice && request.tools?.[0]?.function.name;
  const message = forcedTool
    ? {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: 'call_stub', type: 'function', function: { name: forcedTool, arguments: content } }],
      }
    : { role: 'assistant', content, refusal: null };
  return {
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: forcedTool ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** Deterministic bag-of-words vectors, so texts sharing words land near each other. */
function embedText(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const digest = createHash('sha256').update(word).digest();
    const slot = digest.readUInt32BE(0) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + (digest[4] !== undefined && digest[4] % 2 === 0 ? 1 : -1);
  }
  const length = Math.hypot(...vector) || 1;
  return vector.map((value) => value / length);
}

function encodeBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}
