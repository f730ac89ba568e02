import type { Chunk } from '../core/chunk.js';
import { shiftDate } from '../core/dates.js';
import type { Part } from '../core/paper.js';
import { readableSegment } from '../core/sentences.js';
import { contentTerms } from '../core/tokenize.js';
import type { CitationList, CitedText } from '../meeting-papers/create-citation-list.js';
import { headingOfChunk, isStandingItem } from '../meeting-papers/parts.js';
import {
  measureOverlap,
  nameTerms,
  type ScoredSentence,
  scoreSentences,
  topicTerms,
} from '../meeting-papers/topic-terms.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters, StoredPart } from '../store/index-store.js';
import type { HistoryEntry, HistoryMeeting } from './briefing.js';

export interface HistoryRequest {
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  parts: StoredPart[];
  citations: CitationList;
  /** What the item is about: its title and its report's title. */
  topic: string;
  /** Only meetings before this ISO date count as history. */
  before: string;
  filters?: SearchFilters;
  maxMeetings?: number;
}

// A heading that shares half the topic is about it; a passing mention must cover more of it to count.
const headingThreshold = 0.5;
const partialHeadingThreshold = 0.25;
const mentionThreshold = 0.7;
const pointThreshold = 0.3;

interface Candidate {
  chunk: Chunk;
  part: Part;
  meetingDate: string;
  /** The heading itself names the topic, rather than a sentence mentioning it in passing. */
  headed: boolean;
  score: number;
  points: ScoredSentence[];
}

/**
 * Earlier minutes, reports and agenda items on the same topic, grouped by meeting, newest first.
 * Retrieval finds candidates; each is kept only when its heading, or one of its sentences, covers
 * enough of the topic. A passing mention brings only its matching sentences, not the whole item.
 */
export async function findHistory(request: HistoryRequest): Promise<HistoryMeeting[]> {
  const { retriever, citations } = request;
  // The committees' own names ("Improving Lives Select Commission") name the body, not the topic.
  const names = nameTerms(request.parts.map(({ part }) => part.committee));
  const topic = topicTerms(request.topic, names);
  if (topic.length === 0) return [];
  const weight = (term: string) => retriever.inverseDocumentFrequency(term);
  const hits = await retriever.retrieve({
    question: request.topic,
    filters: { ...request.filters, until: shiftDate(request.before, -1) },
    limit: 40,
  });
  await citations.load(hits.map(({ chunk }) => chunk.source));
  const partsByKey = new Map(request.parts.map((stored) => [`${stored.source}#${stored.partIndex}`, stored.part]));
  const candidates = new Map<string, Candidate>();
  for (const { chunk } of hits) {
    const part = partsByKey.get(`${chunk.source}#${chunk.partIndex}`);
    if (!part || !chunk.meetingDate || chunk.meetingDate >= request.before || !isHistory(chunk)) continue;
    const headed = namesTopic(topic, topicTerms(headingOfChunk(chunk), names), weight);
    const sentences = chunk.section === 'Resolved' ? [] : scoreSentences(chunk.text, chunk.start, topic, weight);
    const threshold = headed ? pointThreshold : mentionThreshold;
    const points = sentences.filter(
      (sentence) =>
        sentence.score >= threshold && sentence.matched >= Math.min(2, topic.length) && isPoint(sentence, part, chunk),
    );
    if (!headed && points.length === 0) continue;
    const key = `${chunk.source}#${chunk.partIndex}#${entryKey(chunk)}`;
    const candidate = candidates.get(key) ?? {
      chunk,
      part,
      meetingDate: chunk.meetingDate,
      headed,
      score: 0,
      points: [],
    };
    candidate.headed ||= headed;
    candidate.score = Math.max(candidate.score, headed ? 1 : 0, points[0]?.score ?? 0);
    candidate.points.push(...points.slice(0, 2));
    candidates.set(key, candidate);
  }
  const relevance = (text: string) => measureOverlap(topic, new Set(contentTerms(text)), weight);
  const meetings = new Map<string, HistoryMeeting>();
  for (const candidate of [...candidates.values()].sort((a, b) => b.score - a.score)) {
    const { committee } = candidate.chunk;
    const meetingKey = `${committee}#${candidate.meetingDate}`;
    const meeting = meetings.get(meetingKey) ?? { committee, meetingDate: candidate.meetingDate, entries: [] };
    if (meeting.entries.length < 3) meeting.entries.push(toEntry(candidate, citations, relevance));
    meetings.set(meetingKey, meeting);
  }
  return [...meetings.values()]
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))
    .slice(0, request.maxMeetings ?? 5);
}

/**
 * Whether a heading names the topic: it covers half of it, or it covers a quarter and is itself mostly
 * topic ("Ofsted Recommendations" for "Ofsted Focused Visit Outcome").
 */
function namesTopic(topic: string[], heading: string[], weight: (term: string) => number): boolean {
  const topicCovered = measureOverlap(topic, new Set(heading), weight);
  if (topicCovered >= headingThreshold) return true;
  return topicCovered >= partialHeadingThreshold && measureOverlap(heading, new Set(topic), weight) >= headingThreshold;
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

/** A sentence worth quoting: not the item's own heading line, and long enough to say something. */
function isPoint(sentence: ScoredSentence, part: Part, chunk: Chunk): boolean {
  const item = part.minutes?.items.find((candidate) => candidate.number === chunk.minute);
  if (item && sentence.start < item.bodyStart) return false;
  return readableSegment(sentence.text).split(/\s+/).length >= 6;
}

function toEntry(candidate: Candidate, citations: CitationList, relevance: (text: string) => number): HistoryEntry {
  const { chunk, part } = candidate;
  const cited = (points: ScoredSentence[]): CitedText[] =>
    points.map((point) => ({ text: readableSegment(point.text), cite: citations.cite(chunk.source, point) }));
  const best = uniqueBySpan(candidate.points)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .sort((a, b) => a.start - b.start);
  const item = chunk.minute ? part.minutes?.items.find((candidate) => candidate.number === chunk.minute) : undefined;
  if (item) {
    const cite = citations.cite(chunk.source, { start: item.start, end: item.bodyStart });
    const resolutions = item.resolutions.filter(
      (resolution) => candidate.headed || relevance(resolution.text) >= mentionThreshold,
    );
    return {
      kind: chunk.kind,
      title: `Minute ${item.number} — ${chunk.minuteTitle ?? item.title}`,
      minute: item.number,
      cite,
      points: cited(best),
      resolutions: resolutions.map((resolution) => ({
        text: resolution.text,
        cite: citations.cite(chunk.source, resolution),
      })),
    };
  }
  const agendaItem =
    chunk.kind === 'agenda'
      ? part.agenda?.items.find((entry) => chunk.section === `Item ${entry.number} — ${entry.title}`)
      : undefined;
  if (agendaItem) {
    const cite = citations.cite(chunk.source, agendaItem);
    return {
      kind: 'agenda',
      title: `Agenda item ${agendaItem.number} — ${agendaItem.title}`,
      cite,
      points: [],
      resolutions: [],
    };
  }
  const points = cited(best);
  return {
    kind: chunk.kind,
    title: part.report?.title ?? part.title,
    cite:
      points[0]?.cite ??
      citations.cite(chunk.source, { start: chunk.start, end: Math.min(chunk.end, chunk.start + 200) }),
    points: points.slice(1),
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
