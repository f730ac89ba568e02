import type { Chunk } from '../../core/chunk.js';
import { type Segment, splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import type { ContinuedList } from './list-after-intro.js';
import { isDecisionLabel, recordsDecision } from './segment-signals.js';
import { listMarker } from './select-segments.js';

// "What happened to the depot proposal?", "what's happened with the Mill Lane application?": the item's fate.
const asksWhatHappened = /\bwhat(?:'s|’s| has| had)?\s+happen(?:ed|s|ing)?\s+(?:to|with)\b/i;

const listNumber = String.raw`(?:\(?(?:\d{1,3}|[a-h]|[ivx]{1,4})[.)]\s*)`;
// "RESOLVED that the report be noted.", "(1) the update be received and noted; and", "Members noted the
// report.": the meeting took note of a paper, which says nothing of what became of the matter.
const bareNote = new RegExp(
  String.raw`^\W*${listNumber}?(?:resolved\W*)?(?:that\W*)?${listNumber}?(?:the\s+)?(?:contents?\s+of\s+the\s+)?(?:report|update|information|presentation|position|progress|briefing|verbal\s+update|minutes)s?\s+(?:be|was|were|is|are)\s+(?:received\s+and\s+)?noted\W*(?:and)?\W*$|^\W*(?:members|councillors|the\s+(?:committee|panel|cabinet|board|council|sub-committee|commission))\s+noted\s+the\s+(?:report|update|presentation|information)\W*$`,
  'i',
);

// A decision on the matter itself, in a resolution's list or in running prose: "the application be REFUSED",
// "(2) the reduced hours be approved", "consideration was deferred".
const decidedMatter =
  /\bbe\s+(?:approved|refused|granted|deferred|adopted|agreed|rejected|withdrawn|endorsed|confirmed|accepted|authori[sz]ed|appointed|awarded|supported|implemented|delegated|permitted|dismissed|upheld)\b|\b(?:was|were|has been|have been)\s+(?:approved|refused|granted|deferred|adopted|agreed|rejected|withdrawn|endorsed|carried|defeated|lost|upheld|dismissed)\b|\b(?:REFUSED|GRANTED|APPROVED|DEFERRED|PERMITTED|WITHDRAWN)\b/;

export function isBareNote(text: string): boolean {
  return bareNote.test(text.replace(/[*_]/g, ''));
}

/** A line deciding the matter: a resolution or a stated outcome that is more than taking note of a paper. */
export function decidesMatter(text: string): boolean {
  if (isDecisionLabel(text) || isBareNote(text)) return false;
  return recordsDecision(text) || decidedMatter.test(text);
}

/**
 * A line deciding the matter asked about. An item of many matters (a cabinet member's updates) tells each one's
 * outcome in prose ("the scheme was due to be implemented in …"): such an outcome is this matter's only when it
 * names something the question asks about. A resolution is the item's decision whatever its words.
 */
function decidesMatterAsked(question: string): (text: string) => boolean {
  const asked = new Set(contentTerms(question));
  return (text) => decidesMatter(text) && (recordsDecision(text) || contentTerms(text).some((term) => asked.has(term)));
}

// A decision's reasons or conditions, under a label or as the items of its list.
const explainsDecision = new RegExp(String.raw`^\W*(?:reasons?|conditions?)\s*:|${listMarker.source}`, 'i');

/** Chunks of the paper by ordinal, this many steps from a chunk; undefined past either end. */
export type ChunkAt = (chunk: Chunk, step: number) => Promise<Chunk | undefined>;

// How far along an item its decision is looked for: a long debate fills a few passages before it.
const reach = 3;

const itemKey = (chunk: Chunk) =>
  chunk.minute === undefined ? undefined : `${chunk.source}#${chunk.partIndex}#${chunk.minute}`;

/**
 * Asked what happened to an item, the answer is what the meeting decided on it, not the proposal the item
 * describes (the words the question shares) nor the note taken of the report. An item with a decision (in the
 * chosen lines, in its other passages or in the passages that follow it) is answered by the decision alone;
 * an item without one drops a bare "report be noted" for the item's own account of what was done.
 */
export async function withItemDecision(
  chosen: ContinuedList,
  question: string,
  chunkAt: ChunkAt,
): Promise<ContinuedList> {
  if (!asksWhatHappened.test(question)) return chosen;
  const decidesAsked = decidesMatterAsked(question);
  const candidates = [...chosen.candidates];
  let segments = [...chosen.segments];
  const keyOf = (segment: { passageIndex: number }) => itemKey(candidates[segment.passageIndex]!.passage.chunk);
  const position = (segment: { passageIndex: number; start: number }) =>
    candidates[segment.passageIndex]!.passage.chunk.start + segment.start;
  const items = [...new Set(chosen.segments.map(keyOf))].filter((key): key is string => key !== undefined);
  for (const key of items) {
    const ofItem = segments.filter((segment) => keyOf(segment) === key);
    const score = Math.max(...ofItem.map((segment) => segment.score));
    const decided = ofItem.filter((segment) => decidesAsked(segment.text));
    if (decided.length > 0) {
      // The decision and what it brought after it (its reasons, its conditions), not the account before it.
      const from = Math.min(...decided.map(position));
      segments = segments.filter(
        (segment) => keyOf(segment) !== key || (position(segment) >= from && !isBareNote(segment.text)),
      );
      continue;
    }
    const first = candidates[ofItem[0]!.passageIndex]!.passage.chunk;
    const found =
      (await linesOfItem(first, candidates, chunkAt, 1, decidesAsked)) ??
      (ofItem.every((segment) => isBareNote(segment.text))
        ? await linesOfItem(first, candidates, chunkAt, -1, accountsForItem, 1)
        : undefined);
    if (found) {
      let passageIndex = candidates.findIndex(({ passage }) => passage.chunk.id === found.chunk.id);
      if (passageIndex < 0) {
        passageIndex = candidates.length;
        candidates.push({ passage: { chunk: found.chunk, score: 0 }, coverage: 0 });
      }
      segments = [
        ...segments.filter((segment) => keyOf(segment) !== key),
        ...found.lines.map((line) => ({ ...line, passageIndex, score, signal: 0 })),
      ];
    } else if (ofItem.some((segment) => !isBareNote(segment.text))) {
      segments = segments.filter((segment) => keyOf(segment) !== key || !isBareNote(segment.text));
    }
  }
  segments.sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  return { segments, candidates };
}

/** A sentence telling the item's matter: not its heading (a few words), not a note taken of it. */
function accountsForItem(text: string): boolean {
  return !isBareNote(text) && !isDecisionLabel(text) && text.split(/\s+/).length >= 6;
}

/**
 * The lines of the item that pass the test, in the first of its passages that holds any: the item's passages
 * already found first, then its neighbours in one direction, within the item.
 */
async function linesOfItem(
  from: Chunk,
  candidates: ContinuedList['candidates'],
  chunkAt: ChunkAt,
  direction: 1 | -1,
  test: (text: string) => boolean,
  limit = 3,
): Promise<{ chunk: Chunk; lines: Segment[] } | undefined> {
  const key = itemKey(from);
  const known = candidates
    .map(({ passage }) => passage.chunk)
    .filter((chunk) => itemKey(chunk) === key)
    .sort((a, b) => (a.ordinal - b.ordinal) * direction);
  const seen = new Set(known.map((chunk) => chunk.id));
  const chunks = [...known];
  let at: Chunk | undefined = from;
  for (let step = 0; step < reach && at; step++) {
    at = await chunkAt(at, direction);
    if (!at || itemKey(at) !== key) break;
    if (!seen.has(at.id)) chunks.push(at);
  }
  for (const chunk of chunks) {
    const all = splitSegments(chunk.text);
    const lines = all.filter((line) => test(line.text)).slice(0, limit);
    if (lines.length === 0) continue;
    // "Decision: DEFERRED" says why on the lines below it: its reasons, its conditions.
    const after = all.slice(all.indexOf(lines.at(-1)!) + 1);
    const end = after.findIndex((line) => !explainsDecision.test(line.text));
    return { chunk, lines: [...lines, ...after.slice(0, end < 0 ? limit : Math.min(end, limit))] };
  }
  return undefined;
}
