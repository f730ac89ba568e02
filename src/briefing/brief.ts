import { committeeWithAuthority } from '../core/authority-names.js';
import { QuorumError } from '../core/errors.js';
import { createCitationList } from '../meeting-papers/create-citation-list.js';
import { isPartVisible, isStandingItem } from '../meeting-papers/parts.js';
import type { Retriever } from '../search/create-retriever.js';
import type { IndexStore, SearchFilters, StoredPart } from '../store/index-store.js';
import { briefItem } from './brief-item.js';
import type { Briefing } from './briefing.js';
import { findPreviousMinutes } from './find-previous-minutes.js';
import { findReferenceNumbers } from './find-reference-numbers.js';
import { matchReports } from './match-reports.js';
import { resolveMeeting } from './resolve-meeting.js';
import { summarizePreviousMeeting } from './summarize-previous-meeting.js';

// How much of a report's start is its cover sheet, where its decision or reference number is stated.
const coverLength = 1500;

export interface BriefRequest {
  store: Pick<IndexStore, 'listParts' | 'listChunks' | 'getDocumentText'>;
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  /** "2023-12-05", "5 December 2023", "next", "upcoming", or a committee and a date. */
  meeting: string;
  now: Date;
  /** A channel's scoping: committees, and whether exempt papers may be used. */
  filters?: SearchFilters;
}

/**
 * A pre-meeting briefing from the meeting's agenda pack: the standing business, and for each substantive
 * item its report, the history of the topic, the report's key figures and earlier asks on it; then the
 * previous meeting's attendance and follow-ups. Every statement carries a citation.
 */
export async function brief({ store, retriever, meeting, now, filters }: BriefRequest): Promise<Briefing> {
  const parts = (await store.listParts()).filter((stored) => isPartVisible(stored.part, filters));
  const { agenda, note } = resolveMeeting(
    parts.filter((stored) => stored.part.kind === 'agenda' && stored.part.agenda),
    meeting,
    now,
  );
  const detail = agenda.part.agenda;
  const meetingDate = agenda.part.meetingDate;
  if (!detail || !meetingDate) throw new QuorumError('not_found', `No dated agenda found for "${meeting}".`);
  const citations = createCitationList(store);
  const previous = findPreviousMinutes(agenda, parts);
  await citations.load([agenda.source, ...(previous ? [previous.source] : [])]);
  const texts = new Map([[agenda.source, (await store.getDocumentText(agenda.source)) ?? '']]);
  const firstItem = detail.items[0]?.start ?? agenda.part.end;
  const briefing: Briefing = {
    committee: committeeWithAuthority(agenda.part.committee, agenda.part.authority),
    meetingDate,
    cite: citations.cite(agenda.source, {
      start: agenda.part.start,
      end: Math.min(firstItem, agenda.part.start + 400),
    }),
    standingItems: [],
    items: [],
    citations: citations.citations,
  };
  if (detail.time) briefing.time = detail.time;
  if (detail.venue) briefing.venue = detail.venue;
  if (note) briefing.note = note;
  // The meeting's reports: parts of the agenda's own pack, or separate papers dated by the same meeting.
  const candidates = parts.filter(
    (stored) =>
      stored.part.kind === 'report' &&
      (stored.source === agenda.source ||
        (stored.part.committee === agenda.part.committee && stored.part.meetingDate === meetingDate)),
  );
  await citations.load(candidates.map((stored) => stored.source));
  for (const source of new Set(candidates.map((stored) => stored.source))) {
    if (!texts.has(source)) texts.set(source, (await store.getDocumentText(source)) ?? '');
  }
  const documentText = (source: string): string => texts.get(source) ?? '';
  const reports = matchReports(detail.items, candidates, {
    referencesOf: ({ source, part }) =>
      findReferenceNumbers(documentText(source).slice(part.start, Math.min(part.end, part.start + coverLength))),
  });
  for (const item of detail.items) {
    if (isStandingItem(item.title)) {
      briefing.standingItems.push({
        number: item.number,
        title: item.title,
        cite: citations.cite(agenda.source, item),
      });
      continue;
    }
    const report: StoredPart | undefined = reports.get(item);
    briefing.items.push(await briefItem({ item, agenda, report, parts, documentText, retriever, citations, filters }));
  }
  if (previous) {
    const minutesText = texts.get(previous.source) ?? (await store.getDocumentText(previous.source)) ?? '';
    briefing.previousMeeting = await summarizePreviousMeeting({
      minutes: previous,
      documentText: minutesText,
      retriever,
      citations,
      filters,
    });
  }
  return briefing;
}
