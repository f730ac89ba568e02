import { LRUCache } from 'lru-cache';
import type { ConversationTurn } from '../../answer/answer.js';

export interface ConversationMemory {
  /** Turns of a conversation the bot has answered in, oldest first; empty when unknown or idle too long. */
  turns(key: string, maxIdleMs?: number): ConversationTurn[];
  knows(key: string): boolean;
  append(key: string, ...turns: ConversationTurn[]): void;
}

/** In-memory history of the threads and DMs Quorum answered in, bounded in conversations and turns. */
export function createConversationMemory(options: {
  maxConversations: number;
  maxTurns: number;
  now?: () => number;
}): ConversationMemory {
  const now = options.now ?? Date.now;
  const conversations = new LRUCache<string, { turns: ConversationTurn[]; updatedAt: number }>({
    max: options.maxConversations,
  });
  return {
    turns(key, maxIdleMs) {
      const conversation = conversations.get(key);
      if (!conversation) return [];
      if (maxIdleMs !== undefined && now() - conversation.updatedAt > maxIdleMs) return [];
      return [...conversation.turns];
    },
    knows(key) {
      return conversations.has(key);
    },
    append(key, ...turns) {
      const previous = conversations.get(key)?.turns ?? [];
      conversations.set(key, { turns: [...previous, ...turns].slice(-options.maxTurns), updatedAt: now() });
    },
  };
}
