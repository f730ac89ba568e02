import { committeeWithAuthority } from '../core/authority-names.js';
import { type CitationList, createCitationList } from '../meeting-papers/create-citation-list.js';
import { locateSheetField } from '../meeting-papers/locate-sheet-field.js';
import { minuteDecisions } from '../meeting-papers/minute-decisions.js';
import { isPartVisible, isStandingItem } from '../meeting-papers/parts.js';
import type { IndexStore, SearchFilters, StoredPart } from '../store/index-store.js';
import type { Digest, DigestMeeting } from './digest-types.js';
import { findUpcomingMeetings } from './find-upcoming-meetings.js';
import { meetingAuthorities } from './meeting-authorities.js';
import { openingSentences } from './opening-sentences.js';
import { transcriptSpeakers } from './transcript-speakers.js';
import { withoutLeftovers } from './without-leftovers.js';

export interface DigestRequest {
  store: Pick<IndexStore, 'listParts' | 'listChunks' | 'getDocumentText'>;
  /** Papers ingested at or after this time are new. */
  since: Date;
  now: Date;
  filters?: SearchFilters;
}

/**
 * What is new since a time, grouped by meeting: decisions from minutes, the business of agendas, the
 * reports' titles and summaries; and the meetings in the next fortnight. Every line is cited.
 */
export async function digest({ store, since, now, filters }: DigestRequest): Promise<Digest> {
  const parts = (await store.listParts()).filter((stored) => isPartVisible(stored.part, filters));
  const fresh = parts.filter((stored) => new Date(stored.ingestedAt).getTime() >= since.getTime());
  const citations = createCitationList(store);
  await citations.load(fresh.map((stored) => stored.source));
  // A new report's summary is cited from its sheet in the document text.
  const texts = new Map<string, string>();
  for (const source of new Set(fresh.map((stored) => stored.source))) {
    texts.set(source, (await store.getDocumentText(source)) ?? '');
  }
  const meetings = new Map<string, DigestMeeting>();
  const ordered = [...fresh].sort(
    (a, b) =>
      (b.part.meetingDate ?? '').localeCompare(a.part.meetingDate ?? '') ||
      a.source.localeCompare(b.source) ||
      a.partIndex - b.partIndex,
  );
  const authorityOf = meetingAuthorities(parts.map((stored) => stored.part));
  for (const stored of withoutReprintedReports(withoutLeftovers(ordered))) {
    const { meetingDate } = stored.part;
    const committee = committeeWithAuthority(stored.part.committee, authorityOf(stored.part));
    const key = `${committee}#${meetingDate}`;
    const meeting = meetings.get(key) ?? {
      committee,
      meetingDate,
      decisions: [],
      discussed: [],
      reports: [],
      otherPapers: [],
    };
    addPart(meeting, stored, texts.get(stored.source) ?? '', citations);
    meetings.set(key, meeting);
  }
  const upcoming = await findUpcomingMeetings(parts, now, citations);
  return {
    since: since.toISOString(),
    now: now.toISOString(),
    meetings: [...meetings.values()],
    upcoming,
    citations: citations.citations,
  };
}

const proposedDecision = /\bproposed\s+(?:record\s+of\s+)?decision\b/i;

/**
 * A pack often reprints a report that was also published on its own: a meeting lists it once, from the copy
 * with a summary if either has one, so nothing is cited that the digest does not show.
 */
function withoutReprintedReports(parts: StoredPart[]): StoredPart[] {
  const keyOf = ({ part }: StoredPart) =>
    `${part.committee}#${part.meetingDate}#${part.report!.title.replace(/\s+/g, ' ').trim().toLowerCase()}`;
  const chosen = new Map<string, StoredPart>();
  for (const stored of parts) {
    if (!stored.part.report) continue;
    const listed = chosen.get(keyOf(stored));
    if (!listed || (!listed.part.report!.summary && stored.part.report.summary)) chosen.set(keyOf(stored), stored);
  }
  return parts.filter((stored) => !stored.part.report || chosen.get(keyOf(stored)) === stored);
}

function addPart(meeting: DigestMeeting, stored: StoredPart, documentText: string, citations: CitationList): void {
  const { part, source } = stored;
  if (part.agenda) {
    const firstItem = part.agenda.items[0]?.start ?? part.end;
    meeting.agenda = {
      ...(part.agenda.time ? { time: part.agenda.time } : {}),
      ...(part.agenda.venue ? { venue: part.agenda.venue } : {}),
      cite: citations.cite(source, { start: part.start, end: Math.min(firstItem, part.start + 400) }),
      items: part.agenda.items
        .filter((item) => !isStandingItem(item.title))
        .map((item) => ({ number: item.number, title: item.title, cite: citations.cite(source, item) })),
    };
    return;
  }
  // Minutes whose items the parser could not find are listed as a plain paper, never as an empty meeting.
  if (part.minutes && part.minutes.items.length > 0) {
    const business = minuteDecisions(source, part.minutes.items, documentText, citations);
    meeting.decisions.push(...business.decisions);
    meeting.discussed.push(...business.discussed);
    return;
  }
  if (part.report) {
    const summarySpan = part.report.summary ? locateSheetField(documentText, part, 'summary') : undefined;
    const cite = citations.cite(
      source,
      summarySpan ?? { start: part.start, end: Math.min(part.end, part.start + 300) },
    );
    // A decision notice or a record of decision states what was decided; a proposed one what is to be.
    const decisionSpan = locateSheetField(documentText, part, 'decision');
    const decision = decisionSpan && {
      text: openingSentences(documentText.slice(decisionSpan.start, decisionSpan.end).replace(/\s+/g, ' ')),
      cite: citations.cite(source, decisionSpan),
      proposed: proposedDecision.test(documentText.slice(part.start, Math.min(part.end, part.start + 400))),
    };
    meeting.reports.push({
      title: part.report.title,
      cite,
      ...(summarySpan && part.report.summary ? { summary: { text: openingSentences(part.report.summary), cite } } : {}),
      ...(decision ? { decision } : {}),
    });
    return;
  }
  const speakers = part.turns ? transcriptSpeakers(part.turns) : undefined;
  meeting.otherPapers.push({
    ...(speakers && speakers.length > 0 ? { speakers } : {}),
    title: part.title,
    kind: part.kind,
    cite: citations.cite(source, { start: part.start, end: Math.min(part.end, part.start + 200) }),
  });
}
