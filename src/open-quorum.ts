import type { AnswerQuestion } from './answer/answer.js';
import { createExtractiveAnswerer } from './answer/extractive/create-extractive-answerer.js';
import { screenQuestions } from './answer/screen-question.js';
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
  /**
   * Whether answering runs in this process (the extractive default), so a warm-up may answer a question: an LLM
   * or a custom answerer is not called before anyone asks.
   */
  answersLocally?: boolean;
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
  const embedder = await createEmbeddings(config);
  const store = await openIndexStore({
    location: config,
    embedder: { name: embedder.name, dimensions: embedder.dimensions },
    // Answering never writes the index; an ingest (another process) does.
    readOnly: true,
  });
  const retriever = await createRetriever({
    store,
    embeddings: embedder.embeddings,
    now,
  });
  const configured = answerer
    ? answerer({ retriever, store })
    : config.openai
      ? await openLlmAnswerer(config.openai, retriever, logger)
      : createExtractiveAnswerer({ retriever, store, logger });
  const answerQuestion = screenQuestions(configured);
  const mode = answerer ? 'custom' : config.openai ? 'llm' : 'extractive';
  logger.info({ embedder: store.manifest.embedder, chunks: await store.chunkCount(), answerer: mode }, 'quorum ready');
  return {
    store,
    retriever,
    retrieve: retriever.retrieve,
    answerQuestion,
    answersLocally: mode === 'extractive',
    close: () => store.close(),
  };
}

// Questions of the commonest kinds (a decision, a count and a sum, a person and a date): each kind runs code of
// its own that the process compiles on first use.
const warmUpQuestions = [
  'What was resolved at the last meeting?',
  'How many people were helped, and how much did it cost?',
  'Who chaired the last meeting, and when is the next one?',
];

/**
 * One search as soon as Quorum is open, before anyone asks: a large embedded index reads its vector graph on the
 * first search (some 12 s at a million passages). Where answering is local, a few answers too: the process compiles
 * what answering runs on its first answers of each kind (a search alone left the first answers of a set at 45–90 ms
 * against ~20–30 ms once warm). The bot does it when it starts, the evaluation before it times the first question.
 */
export async function warmUp(quorum: Pick<Quorum, 'retrieve' | 'answerQuestion' | 'answersLocally'>): Promise<void> {
  await quorum.retrieve({ question: 'minutes of the meeting', limit: 1 });
  if (!quorum.answersLocally) return;
  for (const question of warmUpQuestions) await quorum.answerQuestion({ question });
}

/**
 * The LLM answerer, its chat model and prompts, loaded only when configured: the OpenAI client is
 * the heaviest import there is, and the extractive default never needs it.
 */
async function openLlmAnswerer(
  openai: NonNullable<Config['openai']>,
  retriever: Retriever,
  logger: Logger,
): Promise<AnswerQuestion> {
  const [{ createChatModel }, { createLlmAnswerer }, { loadPrompts }] = await Promise.all([
    import('./answer/llm/create-chat-model.js'),
    import('./answer/llm/create-llm-answerer.js'),
    import('./answer/load-prompts.js'),
  ]);
  return createLlmAnswerer({
    chat: createChatModel(openai),
    retrieve: retriever.retrieve,
    prompts: loadPrompts(),
    logger,
    timeoutMs: openai.timeoutMs,
  });
}
