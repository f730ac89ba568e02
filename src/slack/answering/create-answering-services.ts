import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { SlackDependencies } from '../slack-dependencies.js';
import type { AnsweringServices } from './answering-services.js';
import { createAnswerQueue } from './create-answer-queue.js';
import { createConversationMemory } from './create-conversation-memory.js';
import { createDeliveryLedger } from './create-delivery-ledger.js';
import { createRateLimiter } from './create-rate-limiter.js';

/** Wires the limits and memories from config; one instance per running app. */
export function createAnsweringServices(
  config: Config['slack'],
  dependencies: SlackDependencies,
  logger: Logger,
): AnsweringServices {
  return {
    dependencies,
    logger,
    channelScopes: config.channelScopes,
    rateLimiter: createRateLimiter({ limit: config.rateLimitPerMinute, windowMs: 60_000 }),
    answerQueue: createAnswerQueue({ maxConcurrent: config.maxConcurrentAnswers, maxQueued: config.maxQueuedAnswers }),
    deliveries: createDeliveryLedger({ capacity: 5_000 }),
    memory: createConversationMemory({ maxConversations: 1_000, maxTurns: 10 }),
  };
}
