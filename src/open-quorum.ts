import type { AnswerQuestion } from './answer/answer.js';
import { createExtractiveAnswerer } from './answer/extractive/create-extractive-answerer.js';
import { createChatModel } from './answer/llm/create-chat-model.js';
import { createLlmAnswerer } from './answer/llm/create-llm-answerer.js';
import { loadPrompts } from './answer/load-prompts.js';
import type { Config } from './config.js';
import type { Logger } from './core/logger.js';
import { createEmbeddings } from './embeddings/create-embeddings.js';
import { createRetriever, type Retriever } from './search/create-retriever.js';
import type { RetrievePassages } from './search/retrieval.js';
import type { IndexStore } from './store/index-store.js';
import { openIndexStore } from './store/open-index-store.js';

export interface Quorum {
  store: IndexStore;
  retriever: Retriever;
  retrieve: RetrievePassages;
  answerQuestion: AnswerQuestion;
  close(): Promise<void>;
}

export interface OpenQuorumOptions {
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'embedder' | 'openai'>;
  logger: Logger;
  /** Replaces the configured answerer (tests, evaluation of alternatives). */
  answerer?: (parts: { retriever: Retriever; store: IndexStore }) => AnswerQuestion;
  now?: () => Date;
}

/** Opens an existing index and wires retrieval and the configured answerer over it. */
export async function openQuorum({ config, logger, answerer, now }: OpenQuorumOptions): Promise<Quorum> {
  const embedder = createEmbeddings(config);
  const store = await openIndexStore({
    location: config,
    embedder: { name: embedder.name, dimensions: embedder.dimensions },
  });
  const retriever = await createRetriever({
    store,
    embeddings: embedder.embeddings,
    now,
  });
  const answerQuestion = answerer
    ? answerer({ retriever, store })
    : config.openai
      ? createLlmAnswerer({
          chat: createChatModel(config.openai),
          retrieve: retriever.retrieve,
          prompts: loadPrompts(),
          logger,
          timeoutMs: config.openai.timeoutMs,
        })
      : createExtractiveAnswerer({ retriever, store, logger });
  const mode = answerer ? 'custom' : config.openai ? 'llm' : 'extractive';
  logger.info({ embedder: store.manifest.embedder, chunks: await store.chunkCount(), answerer: mode }, 'quorum ready');
  return { store, retriever, retrieve: retriever.retrieve, answerQuestion, close: () => store.close() };
}
