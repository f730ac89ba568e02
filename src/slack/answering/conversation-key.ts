/** Memory key of a thread, or of a whole DM when no thread is given. */
export function conversationKey(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}
