import type { Chunk } from '../core/chunk.js';
import { shiftDate } from '../core/dates.js';
import type { Span } from '../core/paper.js';
import { contentTerms } from '../core/tokenize.js';
import { headingOfChunk, isStandingItem } from '../meeting-papers/parts.js';
import { measureOverlap, scoreSentences, topicTerms } from '../meeting-papers/topic-terms.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters } from '../store/index-store.js';

export interface DeliveryRequest {
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  /** The resolution that asked, and the title of the minute it belongs to. */
  resolution: string;
  minuteTitle: string;
  meetingDate: string;
  filters?: SearchFilters;
}

export interface FoundDelivery {
  chunk: Chunk;
  /** The passage that suggests delivery (document offsets). */
  span: Span;
  title: string;
}

// The words of asking and sending, which every ask shares whatever it is about.
const askingWords = new Set(
  contentTerms(
    `further shared share circulated circulate submitted submit provided provide forwarded forward presented arranged
    sent brought reported fed back made available scheduled invited included prepared produced added request requested
    agree agreed recommend once public domain prior receipt relating regard respect next following future consideration
    decision data details receive received`,
  ),
);

/**
 * A later minute, report or agenda item that seems to deliver an ask: retrieval over the meetings after
 * it, kept when the heading names what was asked for, or names the ask's topic and a passage mentions
 * what was asked for. The caller says "appears": topic overlap suggests, it does not prove.
 */
export async function findDelivery(request: DeliveryRequest): Promise<FoundDelivery | undefined> {
  const { retriever } = request;
  const weight = (term: string) => retriever.inverseDocumentFrequency(term);
  const object = topicTerms(request.resolution).filter((term) => !askingWords.has(term));
  const context = topicTerms(request.minuteTitle);
  if (object.length === 0 && context.length === 0) return undefined;
  const hits = await retriever.retrieve({
    question: `${request.resolution} ${request.minuteTitle}`,
    filters: { ...request.filters, since: shiftDate(request.meetingDate, 1) },
    limit: 30,
  });
  let best: (FoundDelivery & { score: number; date: string }) | undefined;
  for (const { chunk } of hits) {
    if (!chunk.meetingDate || chunk.meetingDate <= request.meetingDate || !canDeliver(chunk)) continue;
    const heading = new Set(topicTerms(headingOfChunk(chunk)));
    const namesObject = object.length > 1 && measureOverlap(object, heading, weight) >= 0.6;
    const namesTopic = measureOverlap(context, heading, weight) >= 0.5;
    const sentence = scoreSentences(chunk.text, chunk.start, object, weight)[0];
    // Most of what was asked for, by count and by weight: one shared word ("letter") is not a delivery.
    const mentions = sentence !== undefined && sentence.score >= 0.5 && sentence.matched > object.length / 2;
    if (!namesObject && !(namesTopic && mentions)) continue;
    const score = (namesObject ? 1 : 0) + (sentence?.score ?? 0);
    const span = mentions && sentence ? sentence : { start: chunk.start, end: Math.min(chunk.end, chunk.start + 160) };
    if (!best || score > best.score || (score === best.score && chunk.meetingDate < best.date)) {
      best = { chunk, span, title: titleOf(chunk), score, date: chunk.meetingDate };
    }
  }
  return best && { chunk: best.chunk, span: best.span, title: best.title };
}

/** Discussion, reports and agenda items can deliver; a repeated "Resolved" ask or a work programme plan cannot. */
function canDeliver(chunk: Chunk): boolean {
  if (chunk.kind !== 'minutes' && chunk.kind !== 'report' && chunk.kind !== 'agenda') return false;
  if (chunk.section === 'Resolved' || chunk.section === 'Attendance' || chunk.section === 'Meeting details')
    return false;
  return !isStandingItem(headingOfChunk(chunk));
}

function titleOf(chunk: Chunk): string {
  if (chunk.minute) return `Minute ${chunk.minute} — ${chunk.minuteTitle ?? ''}`.trim();
  if (chunk.kind === 'agenda') return `Agenda ${(chunk.section ?? '').replace(/^Item/, 'item')}`;
  return chunk.partTitle;
}
