import type { Chunk } from '../core/chunk.js';
import { findDates, shiftDate } from '../core/dates.js';
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
  /** Whom it was to go to ("Cabinet"), when the ask says. */
  who?: string;
  /** The body that asked: "the Commission" in its minutes is that body. */
  committee?: string;
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
    agree agreed once public domain prior receipt relating regard respect next following future consideration
    decision data details receive received`,
  ),
);

// A passage that reports a thing sent or put before someone, not planned: "were presented to Cabinet", "had been
// circulated", "was shared with members". "would work to deliver the week", "will be circulated" are not.
const sentWords =
  'presented|submitted|circulated|shared|forwarded|sent|provided|distributed|e-?mailed|issued|published|tabled|reported|considered|received|fed\\s+back|made\\s+available|brought|written';
// An event asked for ("a session is arranged") is done when it was held; for anything else, the event taking
// place ("the week was held") is its topic mentioned, not the ask (invitations circulated) done.
const eventWords = 'held|arranged|organi[sz]ed|scheduled|run';
const doneIn = (words: string) =>
  new RegExp(
    `\\b(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(?:${words})|(?<!\\b(?:be|to|will|would|shall|should|could|may|must)\\s+)(?:presented|submitted|circulated|shared|forwarded|sent|distributed|e-?mailed|tabled)\\s+(?:to|with)\\s)\\b`,
    'i',
  );
const reportsSent = doneIn(sentWords);
const reportsSentOrHeld = new RegExp(`${doneIn(`${sentWords}|${eventWords}`).source}|\\btook\\s+place\\b`, 'i');
// An ask for a paper or an item to come back is delivered by the later item that titles it; an ask to send
// something (invitations, data, a letter) is not delivered by a heading that names its topic.
const asksForPaper =
  /\b(?:reports?|updates?|briefings?|papers?|presentations?|reviews?|plans?|strategy|strategies|items?|agenda|information|proposals?|options|business\s+case|response)\b/i;
const asksForEvent = /\b(?:arrange[ds]?|organi[sz]e[ds]?|schedule[ds]?|hold|held|run)\b/i;

/**
 * A later minute, report or agenda item that seems to deliver an ask: retrieval over the meetings after
 * it, kept when the heading names the paper that was asked for, or names the ask's topic and a passage reports the
 * ask done (a completion verb) to what was asked for, or to whom it was to go. A passage that merely
 * mentions the topic ("the week took place") is not a delivery. The caller says "appears": it does not prove.
 */
export async function findDelivery(request: DeliveryRequest): Promise<FoundDelivery | undefined> {
  const { retriever } = request;
  const weight = (term: string) => retriever.inverseDocumentFrequency(term);
  const object = topicTerms(withoutAsking(request.resolution)).filter((term) => !askingWords.has(term));
  const context = topicTerms(request.minuteTitle);
  if (object.length === 0 && context.length === 0) return undefined;
  const titlesPaper = asksForPaper.test(request.resolution);
  const reportsDone = asksForEvent.test(request.resolution) ? reportsSentOrHeld : reportsSent;
  const recipientName = request.who ? bodyMeant(request.who, request.committee) : '';
  const recipient = recipientName ? contentTerms(recipientName) : [];
  // Most of what was asked for, by count and by weight (one shared word, "letter", is not a delivery); or some of
  // it sent to the very body it was to go to ("the recommendations were presented to Cabinet").
  const delivers = (sentence: { text: string; score: number; matched: number }) => {
    // "were forwarded to the Board on 3 December", before the ask was made, recounts history: it delivers nothing.
    const dates = findDates(sentence.text);
    if (dates.length > 0 && dates.every((date) => date.iso <= request.meetingDate)) return false;
    // "were presented to the Harbour Select Commission" went to another body than the one asked of.
    if (recipientName && !namesBody(sentence.text, recipientName)) return false;
    if (sentence.score >= 0.5 && sentence.matched > object.length / 2) return true;
    if (recipient.length === 0 || sentence.matched === 0) return false;
    const terms = new Set(contentTerms(sentence.text));
    return recipient.every((term) => terms.has(term));
  };
  const hits = await retriever.retrieve({
    question: `${request.resolution} ${request.minuteTitle}`,
    filters: { ...request.filters, since: shiftDate(request.meetingDate, 1) },
    limit: 30,
  });
  let best: (FoundDelivery & { score: number; date: string }) | undefined;
  for (const { chunk } of hits) {
    if (!chunk.meetingDate || chunk.meetingDate <= request.meetingDate || !canDeliver(chunk)) continue;
    const heading = new Set(topicTerms(headingOfChunk(chunk)));
    const namesObject = titlesPaper && object.length > 1 && measureOverlap(object, heading, weight) >= 0.6;
    const namesTopic = measureOverlap(context, heading, weight) >= 0.5;
    const sentences = scoreSentences(chunk.text, chunk.start, object, weight);
    const sentence = sentences.find((candidate) => reportsDone.test(candidate.text) && delivers(candidate));
    const mentions = sentence !== undefined;
    if (!namesObject && !(namesTopic && mentions)) continue;
    const score = (namesObject ? 1 : 0) + (sentence?.score ?? sentences[0]?.score ?? 0);
    const span = mentions && sentence ? sentence : { start: chunk.start, end: Math.min(chunk.end, chunk.start + 160) };
    if (!best || score > best.score || (score === best.score && chunk.meetingDate < best.date)) {
      best = { chunk, span, title: titleOf(chunk), score, date: chunk.meetingDate };
    }
  }
  return best && { chunk: best.chunk, span: best.span, title: best.title };
}

// The last word of a body's name: "the Commission" in a commission's own minutes means that commission.
const bodyWords =
  /^(?:Commission|Committee|Board|Panel|Council|Cabinet|Forum|Group|Partnership|Executive|Authority|Assembly|Sub-Committee)$/i;

/** The body an ask was to go to: a bare "the Board" in a board's minutes is that board, else the words as written. */
function bodyMeant(who: string, committee: string | undefined): string {
  const name = who.replace(/^\s*the\s+/i, '').trim();
  if (!bodyWords.test(name) || !committee) return name;
  const last = committee.trim().split(/\s+/).at(-1) ?? '';
  return last.toLowerCase() === name.toLowerCase() ? committee : name;
}

/**
 * Whether a sentence names the body itself, not another of the same kind: "presented to the Harbour Select
 * Commission" does not deliver what was to go to the Coastal Services Select Commission. Only a capitalised name
 * ending in the body's last word is checked; a sentence naming it otherwise ("members of the commission") passes.
 */
function namesBody(sentence: string, body: string): boolean {
  const words = body.split(/\s+/).filter((word) => /^[A-Z]/.test(word));
  const last = words.at(-1);
  if (!last || !bodyWords.test(last)) return true;
  const own = new Set(words.map((word) => word.toLowerCase()));
  const names = [...sentence.matchAll(new RegExp(`((?:[A-Z][\\p{L}'’&-]*\\s+)*)${last}\\b`, 'gu'))];
  if (names.length === 0) return true;
  return names.some((match) =>
    (match[1] ?? '')
      .split(/\s+/)
      .filter((word) => word && word !== 'The')
      .every((word) => own.has(word.toLowerCase())),
  );
}

/** "Recommend that …" asks; "recommendations 1 to 3 be forwarded" names what is asked for. */
function withoutAsking(resolution: string): string {
  return resolution.replace(/^\s*(?:resolved:?-?\s*)?(?:(?:request|agree|recommend)(?:ed|s)?\s+)?(?:that\s+)?/i, '');
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
