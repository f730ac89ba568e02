import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createChatModel } from '../../src/answer/llm/create-chat-model.js';
import { createLlmAnswerer } from '../../src/answer/llm/create-llm-answerer.js';
import { loadPrompts } from '../../src/answer/load-prompts.js';
import type { RetrievedPassage, RetrieveRequest } from '../../src/search/retrieval.js';
import type { OpenAIStub } from '../support/openai-stub.js';
import { corpusPassages } from './corpus-passages.js';

export interface ModelClaim {
  text: string;
  passageIds: number[];
  quote: string;
}

/** What a well-behaved model sends back for the structured answer. */
export function modelReply(claims: ModelClaim[], abstain = false): { content: string } {
  return { content: JSON.stringify({ claims, abstain }) };
}

/** A real ChatOpenAI pointed at the stub, the real answerer, and a retriever that records its questions. */
export function createStubbedAnswerer(
  stub: OpenAIStub,
  options: { timeoutMs?: number; model?: string; passages?: RetrievedPassage[] } = {},
) {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const retrievals: RetrieveRequest[] = [];
  const logLines: string[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(line, _encoding, done) {
        logLines.push(String(line));
        done();
      },
    }),
  );
  const chat = createChatModel({
    apiKey: 'test-key',
    baseURL: stub.baseURL,
    chatModel: options.model ?? 'gpt-4o-mini',
    embeddingModel: 'text-embedding-3-small',
    batchSize: 16,
    concurrency: 1,
    maxRetries: 2,
    timeoutMs,
  });
  const answerQuestion = createLlmAnswerer({
    chat,
    retrieve: async (request) => {
      retrievals.push(request);
      return options.passages ?? corpusPassages;
    },
    prompts: loadPrompts(),
    logger,
    timeoutMs,
  });
  return { answerQuestion, retrievals, logLines };
}
