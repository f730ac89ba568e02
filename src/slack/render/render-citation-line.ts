import type { Citation } from '../../core/citation.js';
import { formatShortDate } from '../../core/dates.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** "[1] Improving Lives Select Commission · 31 Oct 2023 · Minute 126 — Elective Home Education Presentation" */
export function renderCitationLine(citation: Citation): string {
  const facts = [escapeMrkdwn(citation.committee), formatShortDate(citation.meetingDate)];
  if (citation.minute) facts.push(`Minute ${escapeMrkdwn(citation.minute)}`);
  const title = escapeMrkdwn(citation.title.replace(/\s+/g, ' ').trim());
  const linkedTitle = /^https?:\/\//.test(citation.source)
    ? `<${citation.source}|${title.replace(/\|/g, '¦')}>`
    : title;
  return `[${citation.n}] ${facts.join(' · ')}${title ? ` — ${linkedTitle}` : ''}`;
}
