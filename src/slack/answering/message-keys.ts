import { randomBytes } from 'node:crypto';

/** Memory key of a thread, or of a whole DM when no thread is given. */
export function conversationKey(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}

/** Keys under which one delivered message is deduplicated: the event and the message itself. */
export function deliveryKeys(eventId: string, channel: string, ts: string): string[] {
  return [`event:${eventId}`, `message:${channel}:${ts}`];
}

/** A short id the user can quote and the logs can be searched for. */
export function createReferenceId(): string {
  return randomBytes(4).toString('hex');
}
