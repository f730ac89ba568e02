import { contentTerms } from '../../core/tokenize.js';
import type { ConversationTurn } from '../answer.js';

const anaphora = /\b(it|its|that|this|they|them|those|these|there|he|she|his|her)\b/i;

/**
 * Without a model, a follow-up ("and what was resolved on it?") borrows the topic of the last
 * question in the thread when it names too little of its own.
 */
export function standaloneQuestion(question: string, history: ConversationTurn[] = []): string {
  const previous = history.filter((turn) => turn.role === 'user').at(-1);
  if (!previous) return question;
  const ownTopic = contentTerms(question).length;
  return ownTopic < 3 || anaphora.test(question) ? `${question} (${previous.text})` : question;
}
