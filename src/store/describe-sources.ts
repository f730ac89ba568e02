import type { IndexStore } from './index-store.js';

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

/** What the index knows: committees, meetings (newest first), papers and the last ingest. */
export async function describeSources(store: IndexStore): Promise<SourcesSummary> {
  const meetings = new Map<string, MeetingSummary>();
  let paperCount = 0;
  let lastIngestAt: string | undefined;
  const documents = await store.listDocuments();
  for (const document of documents) {
    if (!lastIngestAt || document.ingestedAt > lastIngestAt) lastIngestAt = document.ingestedAt;
    for (const part of document.parts) {
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
    chunkCount: await store.chunkCount(),
    firstMeeting: ordered.at(-1)?.date,
    lastMeeting: ordered[0]?.date,
    lastIngestAt,
  };
}
