import { type Citation, citationLink } from '../core/citation.js';
import { formatMeetingDate } from '../core/dates.js';
import { readableSegment } from '../core/sentences.js';

const maxQuote = 160;

/** The numbered sources behind the [n] markers: committee, meeting date, minute or paper, place and a quote. */
export function renderSourceList(citations: Citation[]): string {
  if (citations.length === 0) return '';
  const lines = citations.map((citation) => {
    const facts = [citation.committee, formatMeetingDate(citation.meetingDate)];
    if (citation.minute) facts.push(`Minute ${citation.minute}`);
    const title = citation.title.replace(/\s+/g, ' ').trim();
    const quote = readableSegment(citation.quote);
    const shortQuote = quote.length > maxQuote ? `${quote.slice(0, maxQuote).replace(/\s+\S*$/, '')}…` : quote;
    return `${citation.n}. ${facts.join(' · ')} — ${title} (${place(citation)}): “${shortQuote}”`;
  });
  return ['## Sources', '', ...lines].join('\n');
}

/** A published paper is linked at its page; a local file keeps its path and line (and page, for a PDF). */
function place(citation: Citation): string {
  const page = citation.page === undefined ? '' : `p. ${citation.page}`;
  const link = citationLink(citation);
  if (link) return `[${page || 'paper'}](${link})`;
  return [`${citation.source}, line ${citation.line}`, page].filter(Boolean).join(', ');
}
