import { committeeWithAuthority } from '../core/authority-names.js';
import { isQuorumError, QuorumError } from '../core/errors.js';
import type { AgendaItem } from '../core/paper.js';
import { type CitationList, createCitationList } from '../meeting-papers/create-citation-list.js';
import { isPartVisible, isStandingItem } from '../meeting-papers/parts.js';
import type { Retriever } from '../search/create-retriever.js';
import type { IndexStore, SearchFilters, StoredPart } from '../store/index-store.js';
import { briefItem } from './brief-item.js';
import type { Briefing, BriefingItem, PreviousMeeting } from './briefing.js';
import { findPlannedSitting } from './find-planned-sitting.js';
import { findPreviousMinutes, laterSittingWithoutMinutes } from './find-previous-minutes.js';
import { findReferenceNumbers } from './find-reference-numbers.js';
import { matchReports } from './match-reports.js';
import { findRequestedDate, matchesCommittee, type ResolvedMeeting, resolveMeeting } from './resolve-meeting.js';
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
 * previous meeting's attendance and follow-ups. Every statement carries a citation. A dated sitting with
 * no agenda indexed is briefed from the work programme that plans it, labelled as such.
 */
export async function brief(request: BriefRequest): Promise<Briefing> {
  const { store, meeting, now, filters } = request;
  const parts = (await store.listParts()).filter((stored) => isPartVisible(stored.part, filters));
  let resolved: ResolvedMeeting<StoredPart>;
  try {
    resolved = resolveMeeting(
      parts.filter((stored) => stored.part.kind === 'agenda' && stored.part.agenda),
      meeting,
      now,
    );
  } catch (error) {
    const missing = isQuorumError(error, 'not_found');
    const planned = missing ? await briefPlannedSitting(request, parts) : undefined;
    if (planned) return planned;
    const minuted = missing ? await briefMinutedSitting(request, parts) : undefined;
    if (minuted) return minuted;
    throw error;
  }
  const { agenda, note } = resolved;
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
  const substantive: AgendaItem[] = [];
  for (const item of detail.items) {
    if (!isStandingItem(item.title)) {
      substantive.push(item);
      continue;
    }
    briefing.standingItems.push({ number: item.number, title: item.title, cite: citations.cite(agenda.source, item) });
  }
  const context = { request, parts, agenda, meetingDate, citations, texts };
  briefing.items = await briefItems(substantive, context);
  const previousSummary = await previousMeeting(previous, context);
  if (previousSummary) briefing.previousMeeting = previousSummary;
  return briefing;
}

interface BriefContext {
  request: BriefRequest;
  parts: StoredPart[];
  /** The agenda listing the items, or the work programme planning them. */
  agenda: StoredPart;
  meetingDate: string;
  citations: CitationList;
  texts: Map<string, string>;
}

/**
 * A sitting the papers hold no agenda for, briefed from the row of the latest work programme printed
 * before it: each planned item with its history, its report when one dated that sitting is indexed,
 * and the committee's previous meeting. Undefined when the request names no date or no programme plans it.
 */
async function briefPlannedSitting(request: BriefRequest, parts: StoredPart[]): Promise<Briefing | undefined> {
  const { store, meeting, now } = request;
  const { date, rest } = findRequestedDate(meeting, now);
  if (!date) return undefined;
  const texts = new Map<string, string>();
  const planned = await findPlannedSitting(parts, date, rest, async (source) => {
    const text = texts.get(source) ?? (await store.getDocumentText(source)) ?? '';
    texts.set(source, text);
    return text;
  });
  if (!planned) return undefined;
  const { programme, row } = planned;
  const citations = createCitationList(store);
  const previous = findPreviousMinutes({ part: { committee: programme.part.committee, meetingDate: date } }, parts);
  await citations.load([programme.source, ...(previous ? [previous.source] : [])]);
  const briefing: Briefing = {
    committee: committeeWithAuthority(programme.part.committee, programme.part.authority),
    meetingDate: date,
    cite: citations.cite(programme.source, row),
    planned: { title: programme.part.title, meetingDate: programme.part.meetingDate },
    standingItems: [],
    items: [],
    citations: citations.citations,
  };
  const items = row.items.map((item, index) => ({ ...item, number: String(index + 1), description: '' }));
  const context = { request, parts, agenda: programme, meetingDate: date, citations, texts };
  briefing.items = await briefItems(items, context);
  const previousSummary = await previousMeeting(previous, context);
  if (previousSummary) briefing.previousMeeting = previousSummary;
  return briefing;
}

/**
 * A sitting the papers hold only minutes for (a parish council, an Irish municipal district, a board publishing no
 * agenda): its minuted items are the business, each with its history and report, labelled as read from the minutes.
 * Undefined when the request names no date or no minutes of that day (and committee, if named) are indexed.
 */
async function briefMinutedSitting(request: BriefRequest, parts: StoredPart[]): Promise<Briefing | undefined> {
  const { store, meeting, now } = request;
  const { date, rest } = findRequestedDate(meeting, now);
  if (!date) return undefined;
  const minutes = parts.find(
    ({ part }) =>
      part.kind === 'minutes' &&
      part.meetingDate === date &&
      (part.minutes?.items.length ?? 0) > 0 &&
      matchesCommittee(part.committee, rest),
  );
  const items = minutes?.part.minutes?.items;
  if (!minutes || !items) return undefined;
  const citations = createCitationList(store);
  const previous = findPreviousMinutes(minutes, parts);
  await citations.load([minutes.source, ...(previous ? [previous.source] : [])]);
  const texts = new Map([[minutes.source, (await store.getDocumentText(minutes.source)) ?? '']]);
  const briefing: Briefing = {
    committee: committeeWithAuthority(minutes.part.committee, minutes.part.authority),
    meetingDate: date,
    cite: citations.cite(minutes.source, {
      start: minutes.part.start,
      end: Math.min(items[0]?.start ?? minutes.part.end, minutes.part.start + 400),
    }),
    minuted: true,
    standingItems: [],
    items: [],
    citations: citations.citations,
  };
  const substantive: AgendaItem[] = [];
  for (const item of items) {
    const heading = { start: item.start, end: item.bodyStart };
    if (isStandingItem(item.title))
      briefing.standingItems.push({
        number: item.number,
        title: item.title,
        cite: citations.cite(minutes.source, heading),
      });
    else substantive.push({ number: item.number, title: item.title, description: '', ...heading });
  }
  const context = { request, parts, agenda: minutes, meetingDate: date, citations, texts };
  briefing.items = await briefItems(substantive, context);
  const previousSummary = await previousMeeting(previous, context);
  if (previousSummary) briefing.previousMeeting = previousSummary;
  return briefing;
}

/** Each item with its report: a part of the agenda's own pack, or a separate paper dated by the same meeting. */
async function briefItems(items: AgendaItem[], context: BriefContext): Promise<BriefingItem[]> {
  const { request, parts, agenda, meetingDate, citations, texts } = context;
  const { store, retriever, filters } = request;
  const candidates = parts.filter(
    (stored) =>
      stored.part.kind === 'report' &&
      ((agenda.part.kind === 'agenda' && stored.source === agenda.source) ||
        (stored.part.committee === agenda.part.committee && stored.part.meetingDate === meetingDate)),
  );
  await citations.load(candidates.map((stored) => stored.source));
  for (const source of new Set(candidates.map((stored) => stored.source))) {
    if (!texts.has(source)) texts.set(source, (await store.getDocumentText(source)) ?? '');
  }
  const documentText = (source: string): string => texts.get(source) ?? '';
  const reports = matchReports(items, candidates, {
    referencesOf: ({ source, part }) =>
      findReferenceNumbers(documentText(source).slice(part.start, Math.min(part.end, part.start + coverLength))),
  });
  const briefed: BriefingItem[] = [];
  for (const item of items) {
    const report: StoredPart | undefined = reports.get(item);
    briefed.push(
      await briefItem({ item, agenda, meetingDate, report, parts, documentText, retriever, citations, filters }),
    );
  }
  return briefed;
}

async function previousMeeting(
  previous: StoredPart | undefined,
  { request, citations, texts, parts, meetingDate }: BriefContext,
): Promise<PreviousMeeting | undefined> {
  if (!previous) return undefined;
  const { store, retriever, filters } = request;
  const minutesText = texts.get(previous.source) ?? (await store.getDocumentText(previous.source)) ?? '';
  const summary = await summarizePreviousMeeting({
    minutes: previous,
    documentText: minutesText,
    retriever,
    citations,
    filters,
  });
  const later = laterSittingWithoutMinutes(previous, meetingDate, parts);
  return later ? { ...summary, laterSitting: later } : summary;
}
