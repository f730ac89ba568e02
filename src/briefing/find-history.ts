import { readableSegment } from '../answer/extractive/split-segments.js';
import type { Chunk } from '../papers/chunk.js';
import type { Part } from '../papers/paper.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters, StoredPart } from '../store/index-store.js';
import type { HistoryEntry, HistoryMeeting } from './briefing.js';
import type { CitationList } from './create-citation-list.js';
import { isStandingItem } from './is-standing-item.js';
import { measureOverlap } from './measure-overlap.js';
import { type ScoredSentence, scoreSentences } from './score-sentences.js';
import { shiftDate } from './shift-date.js';
import { topicTerms } from './topic-terms.js';
import { headingOfChunk } from './heading-of-chunk.js';

export interface HistoryRequest {
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency'>;
  parts: StoredPart[];
  citations: CitationList;
  /** What the item is about: its title and its report's title. */
  topic: string;
  /** Only meetings before this ISO date count as history. */
  before: string;
  filters?: SearchFilters;
  maxMeetings?: number;
}

// A heading that shares half the topic is about it; a passage must mention more of it to count.
const headingThreshold = 0.5;
const sentenceThreshold = 0.6;
const pointThreshold = 0.3;

/**
 * Earlier minutes, reports and agenda items on the same topic, grouped by meeting, newest first.
 * Retrieval finds candidates; each is kept only when its heading or one of its sentences overlaps
 * the topic enough, so a passing mention in an unrelated item does not become "history".
 */
export async function findHistory(request: HistoryRequest): Promise<HistoryMeeting[]> {
  const { retriever, citations } = request;
  const topic = topicTerms(request.topic);
  if (topic.length === 0) return [];
  const weight = (term: string) => retriever.inverseDocumentFrequency(term);
  const hits = await retriever.retrieve({
    question: request.topic,
    filters: { ...request.filters, until: shiftDate(request.before, -1) },
    limit: 40,
  });
  const partsByKey = new Map(request.parts.map((stored) => [`${stored.source}#${stored.partIndex}`, stored.part]));
  const groups = new Map<string, { chunk: Chunk; part: Part; score: number; points: ScoredSentence[] }>();
  for (const { chunk } of hits) {
    const part = partsByKey.get(`${chunk.source}#${chunk.partIndex}`);
    if (!part || !chunk.meetingDate || chunk.meetingDate >= request.before || !isHistory(chunk)) continue;
    const headingScore = measureOverlap(topic, new Set(topicTerms(headingOfChunk(chunk))), weight);
    const sentences = chunk.section === 'Resolved' ? [] : scoreSentences(chunk.text, chunk.start, topic, weight);
    const best = sentences[0];
    const mentions = best !== undefined && best.score >= sentenceThreshold && best.matched >= Math.min(2, topic.length);
    if (headingScore < headingThreshold && !mentions) continue;
    const key = `${chunk.source}#${chunk.partIndex}#${entryKey(chunk)}`;
    const group = groups.get(key) ?? { chunk, part, score: 0, points: [] };
    group.score = Math.max(group.score, headingScore, best?.score ?? 0);
    group.points.push(...sentences.filter((sentence) => sentence.score >= pointThreshold && isReadable(sentence.text)).slice(0, 2));
    groups.set(key, group);
  }
  const meetings = new Map<string, HistoryMeeting>();
  for (const group of [...groups.values()].sort((a, b) => b.score - a.score)) {
    const { chunk } = group;
    const meetingKey = `${chunk.committee}#${chunk.meetingDate}`;
    const meeting = meetings.get(meetingKey) ?? { committee: chunk.committee, meetingDate: chunk.meetingDate!, entries: [] };
    if (meeting.entries.length < 3) meeting.entries.push(toEntry(group, citations));
    meetings.set(meetingKey, meeting);
  }
  return [...meetings.values()]
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))
    .slice(0, request.maxMeetings ?? 5);
}

function isHistory(chunk: Chunk): boolean {
  if (chunk.kind !== 'minutes' && chunk.kind !== 'report' && chunk.kind !== 'agenda') return false;
  if (chunk.section === 'Attendance' || chunk.section === 'Meeting details') return false;
  return !isStandingItem(headingOfChunk(chunk));
}

function entryKey(chunk: Chunk): string {
  if (chunk.minute) return `minute ${chunk.minute}`;
  return chunk.kind === 'agenda' ? (chunk.section ?? '') : '';
}

function toEntry(group: { chunk: Chunk; part: Part; points: ScoredSentence[] }, citations: CitationList): HistoryEntry {
  const { chunk, part } = group;
  const points = uniqueBySpan(group.points)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .sort((a, b) => a.start - b.start)
    .map((point) => ({ text: readableSegment(point.text), cite: citations.cite(chunk.source, point) }));
  const item = chunk.minute ? part.minutes?.items.find((candidate) => candidate.number === chunk.minute) : undefined;
  if (item) {
    return {
      kind: chunk.kind,
      title: `Minute ${item.number} — ${chunk.minuteTitle ?? item.title}`,
      minute: item.number,
      cite: citations.cite(chunk.source, { start: item.start, end: item.bodyStart }),
      points,
      resolutions: item.resolutions.map((resolution) => ({ text: resolution.text, cite: citations.cite(chunk.source, resolution) })),
    };
  }
  const agendaItem = chunk.kind === 'agenda' ? part.agenda?.items.find((candidate) => chunk.section === `Item ${candidate.number} — ${candidate.title}`) : undefined;
  if (agendaItem) {
    return { kind: 'agenda', title: `Agenda item ${agendaItem.number} — ${agendaItem.title}`, cite: citations.cite(chunk.source, agendaItem), points: [], resolutions: [] };
  }
  return {
    kind: chunk.kind,
    title: part.report?.title ?? part.title,
    cite: points[0]?.cite ?? citations.cite(chunk.source, { start: chunk.start, end: Math.min(chunk.end, chunk.start + 200) }),
    points,
    resolutions: [],
  };
}

function uniqueBySpan(sentences: ScoredSentence[]): ScoredSentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = `${sentence.start}:${sentence.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A sentence worth quoting: a heading line alone ("## 49. DOMESTIC ABUSE UPDATE") says nothing new. */
function isReadable(text: string): boolean {
  return readableSegment(text).split(/\s+/).length >= 6;
}
