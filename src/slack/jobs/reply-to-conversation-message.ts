import type { webApi } from '@slack/bolt';
import type { AnsweringServices } from '../answering/answering-services.js';
import { type ConversationMessage, replyInConversation } from '../answering/reply-in-conversation.js';
import { briefInConversation } from './brief-in-conversation.js';
import { findBriefRequest } from './find-brief-request.js';

/** A mention or DM: "brief me on …" gets the briefing when briefings are wired, anything else an answer. */
export async function replyToConversationMessage(
  services: AnsweringServices,
  client: webApi.WebClient,
  message: ConversationMessage,
): Promise<void> {
  const write = services.dependencies.brief;
  const meeting = write && findBriefRequest(message.question);
  if (write && meeting) return briefInConversation(services, client, { ...message, meeting, write });
  return replyInConversation(services, client, message);
}
