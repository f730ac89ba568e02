import type { MinuteItem, Resolution } from '../core/paper.js';
import { splitSegments } from '../core/sentences.js';
import { contentTerms } from '../core/tokenize.js';
import { isStandingItem } from '../meeting-papers/parts.js';
import { measureOverlap, topicTerms } from '../meeting-papers/topic-terms.js';
import type { Retriever } from '../search/create-retriever.js';
import type { SearchFilters, StoredPart } from '../store/index-store.js';
import { type FoundDelivery, findDelivery } from './find-delivery.js';
import { loggedAlready } from './logged-already.js';
import { readActionLog } from './read-action-log.js';
import { type Ask, readAsk } from './read-ask.js';
import { promisesReturn, recordsAsk } from './records-ask.js';

export interface FoundAction {
  minutes: StoredPart;
  item: MinuteItem;
  resolution: Resolution;
  ask: Ask;
  delivery?: FoundDelivery;
}

export interface FindActionsRequest {
  /** Minutes parts to read asks from. */
  minutes: StoredPart[];
  retriever: Pick<Retriever, 'retrieve' | 'inverseDocumentFrequency' | 'learnWeights'>;
  /** Keep only asks whose minute title or wording covers most of this topic. */
  topic?: string;
  filters?: SearchFilters;
  /**
   * The minutes' text, to read asks from the body of items that record no resolution: parish and district
   * minutes write "The Clerk will write to…", "asked the Clerk to investigate and report back".
   */
  documentText?: (source: string) => string;
}

const topicThreshold = 0.5;
// "ACTION LOG", "## Action tracker", "**Actions**": a heading line over the minutes' own log or task list.
const logHeading =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?actions?(?:[ \t]+(?:log|tracker|list|register|agreed|arising))?(?:\*\*)?[ \t]*:?[ \t]*$/im;

/** Every resolution in the minutes that asks for a future deliverable, each with the later paper that appears to deliver it. */
export async function findActions(request: FindActionsRequest): Promise<FoundAction[]> {
  const weight = (term: string) => request.retriever.inverseDocumentFrequency(term);
  const topic = request.topic ? topicTerms(request.topic) : [];
  if (request.topic) await request.retriever.learnWeights([request.topic]);
  const found: FoundAction[] = [];
  const consider = async (minutes: StoredPart, item: MinuteItem, resolution: Resolution, ask: Ask) => {
    const meetingDate = minutes.part.meetingDate!;
    // Who it goes to ("… as well as Corporate Parenting Panel") is not what it is about.
    const about = ask.who ? resolution.text.replace(ask.who, ' ') : resolution.text;
    const terms = new Set(contentTerms(`${item.title} ${about}`));
    if (topic.length > 0 && measureOverlap(topic, terms, weight) < topicThreshold) return;
    // Ticked off in the minutes themselves: no later paper needs to deliver it.
    const delivery = ask.done
      ? undefined
      : await findDelivery({
          retriever: request.retriever,
          resolution: resolution.text,
          minuteTitle: item.title,
          ...(ask.who ? { who: ask.who } : {}),
          committee: minutes.part.committee,
          meetingDate,
          filters: request.filters,
        });
    found.push(delivery ? { minutes, item, resolution, ask, delivery } : { minutes, item, resolution, ask });
  };
  for (const minutes of request.minutes) {
    if (!minutes.part.meetingDate) continue;
    const text = request.documentText?.(minutes.source) ?? '';
    const logRows = text ? readActionLog(text, minutes.part) : [];
    const items = minutes.part.minutes?.items ?? [];
    // The minutes' own log or task list, printed under a heading of its own after the last item ("## Actions"
    // after "Any other business"), is no business of that item.
    const underLog = (item: MinuteItem, line: Resolution) =>
      item === items.at(-1) && logHeading.test(text.slice(item.bodyStart, line.start));
    for (const item of items) {
      if (isStandingItem(item.title)) continue;
      // Without a Resolved block an item's resolutions are its motions: its narrative may record asks besides them.
      // Beside a Resolved block the narrative is discussion, but an "ACTION:" line or a paper promised to a later
      // meeting is an ask all the same.
      const recorded = item.resolved && item.resolutions.length > 0 ? promisesReturn : recordsAsk;
      const narrative = text
        ? besides(
            logRows.map((row) => row.resolution),
            bodySentences(text, item, recorded),
          )
        : [];
      const decisions = [...item.resolutions, ...besides(item.resolutions, narrative)];
      for (const resolution of decisions) {
        const ask = readAsk(resolution.text);
        if (!ask || loggedAlready(logRows, items, item, resolution, ask)) continue;
        await consider(minutes, underLog(item, resolution) ? logItem(resolution) : item, resolution, ask);
      }
    }
    // An action log row is filed under the minute it names, or under the log itself when that minute is not here.
    // A log with no minute column is a minute of its own ("47. Action Log"): its rows file under that minute.
    // A log printed under a heading of its own ("ACTION LOG" after "Any other business") is the minutes' log, not
    // the business of the item it follows.
    for (const row of logRows) {
      const holding = items.find(
        (candidate) => candidate.start <= row.resolution.start && row.resolution.end <= candidate.end,
      );
      const named = row.minute
        ? items.find((candidate) => candidate.number === row.minute)
        : holding && !underLog(holding, row.resolution)
          ? holding
          : undefined;
      await consider(minutes, named ?? logItem(row.resolution, row), row.resolution, row.ask);
    }
  }
  return found;
}

/** The item a log's line files under when it names no minute of the meeting: the log itself. */
function logItem(line: Resolution, row?: { minute?: string; itemTitle?: string }): MinuteItem {
  return {
    number: row?.minute ?? '',
    title: row?.itemTitle ?? 'Action log',
    start: line.start,
    end: line.end,
    bodyStart: line.start,
    resolutions: [],
  };
}

/** The narrative sentences that no motion already quotes. */
function besides(motions: Resolution[], sentences: Resolution[]): Resolution[] {
  return sentences.filter((sentence) =>
    motions.every((motion) => sentence.end <= motion.start || sentence.start >= motion.end),
  );
}

/** The sentences of an item's body that record an undertaking or a request, as resolutions to read asks from. */
function bodySentences(text: string, item: MinuteItem, recorded: (sentence: string) => boolean): Resolution[] {
  const paragraphs = splitSegments(text.slice(item.bodyStart, item.end)).flatMap((segment) =>
    paragraphsOf({ ...segment, start: item.bodyStart + segment.start }),
  );
  return paragraphs.flatMap((paragraph, index) => {
    if (!recorded(paragraph.text)) return [];
    // "The Clerk to investigate" says what to do only with the sentence before it ("It was queried whether the
    // council could have a brown bin."): a bare errand is read with that sentence.
    const before = paragraphs[index - 1];
    const from = before && isBareErrand(paragraph.text) ? before.start : paragraph.start;
    return [{ text: text.slice(from, paragraph.end).trim(), start: from, end: paragraph.end }];
  });
}

// A few words ending on the verb, with nothing to act on: "The Clerk to investigate", "PB to chase".
const bareErrand =
  /^(?:\S+\s+){0,3}to\s+(?:investigate|chase(?:\s+up)?|follow\s+up|look\s+into\s+(?:it|this)|check|report\s+back)\s*\.?$/i;

function isBareErrand(sentence: string): boolean {
  return bareErrand.test(sentence.trim());
}

// A parish clerk's notes put one remark a paragraph, often unpunctuated ("The Clerk to investigate" / "Cllr Reed
// advised …"): a paragraph break before a capital ends the remark, unless the line before stops mid-phrase.
const remarkBreak =
  /(?<!\b(?:and|or|of|the|to|by|for|with|a|an|in|on|at|from|that|Cllr|Mr|Mrs|Ms|Dr)|[,;:(-])[ \t]*\n[ \t]*\n\s*(?=\p{Lu})/gu;

function paragraphsOf(segment: { text: string; start: number }): Resolution[] {
  const paragraphs: Resolution[] = [];
  let from = 0;
  for (const match of [...segment.text.matchAll(remarkBreak), undefined]) {
    const to = match ? match.index : segment.text.length;
    const piece = segment.text.slice(from, to);
    const leading = piece.length - piece.trimStart().length;
    const clean = piece.trim();
    if (clean)
      paragraphs.push({
        text: clean,
        start: segment.start + from + leading,
        end: segment.start + from + leading + clean.length,
      });
    if (match) from = match.index + match[0].length;
  }
  return paragraphs;
}
