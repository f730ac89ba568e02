import { formatMeetingDate } from '../core/dates.js';
import { readableSegment } from '../core/sentences.js';
import { withoutTaskCheckbox } from './read-ask.js';
import type { TrackedAction } from './tracked-action.js';

/** One ask as a markdown bullet with its status; "appears" because topic overlap is a lead for a person to check. */
export function renderAsk(ask: TrackedAction): string {
  const facts = [ask.owner && `by ${ask.owner}`, ask.who && `to ${ask.who}`, ask.when].filter(Boolean).join(', ');
  // A log printed under no numbered minute ("Action log" closing a group's notes) has no minute to name.
  const minute = ask.minute ? `, minute ${ask.minute}` : '';
  const asked = `${formatMeetingDate(ask.meetingDate)}${minute} (${ask.minuteTitle}): ${readableSegment(withoutTaskCheckbox(ask.text))}${facts ? ` — ${facts}` : ''} [${ask.cite}]`;
  const status =
    ask.status === 'done'
      ? '*done* (ticked in the minutes)'
      : ask.delivery
        ? `*appears addressed* by ${formatMeetingDate(ask.delivery.meetingDate)} ${ask.delivery.title} [${ask.delivery.cite}]`
        : '*open*';
  return `- ${asked}. Status: ${status}`;
}
