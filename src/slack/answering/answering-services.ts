import type { ChannelScopes } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { SlackDependencies } from '../slack-dependencies.js';
import type { AnswerQueue } from './create-answer-queue.js';
import type { ConversationMemory } from './create-conversation-memory.js';
import type { DeliveryLedger } from './create-delivery-ledger.js';
import type { RateLimiter } from './create-rate-limiter.js';

/** Shared, long-lived state every listener works with. */
export interface AnsweringServices {
  dependencies: SlackDependencies;
  logger: Logger;
  channelScopes: ChannelScopes;
  rateLimiter: RateLimiter;
  answerQueue: AnswerQueue;
  deliveries: DeliveryLedger;
  memory: ConversationMemory;
}
