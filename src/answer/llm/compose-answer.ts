import { buildCitation, type Citation } from '../../core/citation.js';
import { formatMeetingDate } from '../../core/dates.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { Answer } from '../answer.js';
import type { SupportedClaim } from './verify-claims.js';

interface MeetingGroup {
  committee: string;
  meetingDate: string | null;
  claims: SupportedClaim[];
}

/** Markdown grouped by meeting, newest first with the date stated; each claim ends in its [n] markers. */
export function composeAnswer(claims: SupportedClaim[], passages: RetrievedPassage[]): Answer {
  const citations: Citation[] = [];
  const numberFor = new Map<string, number>();
  const cite = ({ passage, match }: SupportedClaim['support'][number]): number => {
    const { chunk } = passage;
    const key = `${chunk.id}:${match.start}:${match.end}`;
    const known = numberFor.get(key);
    if (known !== undefined) return known;
    const n = citations.length + 1;
    numberFor.set(key, n);
    citations.push(buildCitation(n, chunk, match));
    return n;
  };

  const sections = groupByMeeting(claims).map((group) => {
    const lines = group.claims.map((claim) => {
      const markers = [...new Set(claim.support.map(cite))].map((n) => `[${n}]`).join('');
      return `- ${claim.text} ${markers}`;
    });
    return [`**${formatMeetingDate(group.meetingDate)} — ${group.committee}**`, ...lines].join('\n');
  });
  return { text: sections.join('\n\n'), citations, abstained: false, passages };
}

/** A claim belongs to the meeting of the first passage that bears it out. */
function groupByMeeting(claims: SupportedClaim[]): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>();
  for (const claim of claims) {
    const { chunk } = (claim.support[0] as SupportedClaim['support'][number]).passage;
    const key = `${chunk.committee}\u0000${chunk.meetingDate ?? ''}`;
    const group = groups.get(key) ?? { committee: chunk.committee, meetingDate: chunk.meetingDate, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  // Newest first; undated papers last. Map order keeps the model's order among equals.
  return [...groups.values()].sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''));
}
