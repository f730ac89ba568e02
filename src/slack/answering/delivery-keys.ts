/** Keys under which one delivered message is deduplicated: the event and the message itself. */
export function deliveryKeys(eventId: string, channel: string, ts: string): string[] {
  return [`event:${eventId}`, `message:${channel}:${ts}`];
}
