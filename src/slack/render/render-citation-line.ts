import { type Citation, citationLink } from '../../core/citation.js';
import { formatShortDate } from '../../core/dates.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/**
 * "[1] <https://…/mgConvert2PDF.aspx?ID=7001#page=2|Cabinet · 4 Mar 2025 · Minute 88, p. 2> — Library opening hours":
 * one click opens the paper at the quoted page. A paper without a URL names the same facts unlinked. A
 * transcript has no minutes: who said the quoted words is what places it ("… · Hon. Jane Doe — Transcript").
 */
export function renderCitationLine(citation: Citation): string {
  const facts = [escapeMrkdwn(citation.committee), formatShortDate(citation.meetingDate)];
  if (citation.minute) facts.push(`Minute ${escapeMrkdwn(citation.minute)}`);
  if (citation.speaker) facts.push(escapeMrkdwn(citation.speaker.replace(/\s+/g, ' ').trim()));
  const place = `${facts.join(' · ')}${citation.page === undefined ? '' : `, p. ${citation.page}`}`;
  const title = escapeMrkdwn(citation.title.replace(/\s+/g, ' ').trim());
  const link = citationLink(citation) ?? (/^https?:\/\//.test(citation.source) ? citation.source : undefined);
  const linked = link ? `<${link.replace(/[<>|]/g, encodeURIComponent)}|${place.replace(/\|/g, '¦')}>` : place;
  return `[${citation.n}] ${linked}${title ? ` — ${title}` : ''}`;
}
