import { citeAction } from '../actions/cite-action.js';
import { findActions } from '../actions/find-actions.js';
import type { CitationList } from '../meeting-papers/create-citation-list.js';
import { minuteDecisions } from '../meeting-papers/minute-decisions.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters, StoredPart } from '../store/index-store.js';
import type { PreviousMeeting } from './briefing.js';

export interface PreviousMeetingRequest {
  minutes: StoredPart;
  /** The minutes' document text, to quote its decisions whole. */
  documentText: string;
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  citations: CitationList;
  filters?: SearchFilters;
}

/** Who attended the previous meeting, who sent apologies, what it decided and what it asked to come back. */
export async function summarizePreviousMeeting({
  minutes,
  documentText,
  retriever,
  citations,
  filters,
}: PreviousMeetingRequest): Promise<PreviousMeeting> {
  const detail = minutes.part.minutes;
  const previous: PreviousMeeting = {
    committee: minutes.part.committee,
    meetingDate: minutes.part.meetingDate ?? '',
    present: (detail?.present ?? []).map((attendee) => (attendee.chair ? `${attendee.name} (Chair)` : attendee.name)),
    apologies: detail?.apologies ?? [],
    decisions: [],
    followUps: [],
  };
  await citations.load([minutes.source]);
  if (detail?.attendance) previous.cite = citations.cite(minutes.source, detail.attendance);
  previous.decisions = minuteDecisions(minutes.source, detail?.items ?? [], documentText, citations, {
    discussed: false,
  }).decisions;
  const asks = await findActions({ minutes: [minutes], retriever, filters });
  await citations.load(asks.flatMap((ask) => (ask.delivery ? [ask.delivery.chunk.source] : [])));
  previous.followUps = asks.map((ask) => citeAction(ask, citations));
  return previous;
}
