import type { IndexStore, SearchFilters } from '../store/index-store.js';
import { isPartVisible } from './parts.js';

export interface MeetingSummary {
  committee: string;
  date: string;
  kinds: string[];
  sources: string[];
}

export interface SourcesSummary {
  committees: string[];
  meetings: MeetingSummary[];
  paperCount: number;
  documentCount: number;
  chunkCount: number;
  firstMeeting?: string;
  lastMeeting?: string;
  lastIngestAt?: string;
}

/**
 * What the index knows, as far as the filters let the caller see: committees, meetings (newest first),
 * papers and the last ingest. A channel's scoping is passed in, so an exempt paper or an out-of-scope
 * committee never shows up even as a name or a date.
 */
export async function describeSources(store: IndexStore, filters: SearchFilters): Promise<SourcesSummary> {
  const meetings = new Map<string, MeetingSummary>();
  let paperCount = 0;
  let chunkCount = 0;
  let lastIngestAt: string | undefined;
  const documents = (await store.listDocuments()).filter((document) =>
    document.parts.some((part) => isPartVisible(part, filters)),
  );
  for (const document of documents) {
    if (!lastIngestAt || document.ingestedAt > lastIngestAt) lastIngestAt = document.ingestedAt;
    // A document mixing visible and hidden parts counts whole: a count says nothing a channel may not see.
    chunkCount += document.chunkCount;
    for (const part of document.parts) {
      if (!isPartVisible(part, filters)) continue;
      paperCount += 1;
      if (!part.meetingDate) continue;
      const key = `${part.committee}|${part.meetingDate}`;
      const meeting = meetings.get(key) ?? {
        committee: part.committee,
        date: part.meetingDate,
        kinds: [],
        sources: [],
      };
      if (!meeting.kinds.includes(part.kind)) meeting.kinds.push(part.kind);
      if (!meeting.sources.includes(document.source)) meeting.sources.push(document.source);
      meetings.set(key, meeting);
    }
  }
  const ordered = [...meetings.values()].sort((a, b) => b.date.localeCompare(a.date));
  return {
    committees: [...new Set(ordered.map((meeting) => meeting.committee))].sort(),
    meetings: ordered,
    paperCount,
    documentCount: documents.length,
    chunkCount,
    firstMeeting: ordered.at(-1)?.date,
    lastMeeting: ordered[0]?.date,
    lastIngestAt,
  };
}
