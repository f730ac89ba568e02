import type { Segment } from '../../core/sentences.js';
import { isMotionOutcome, isVoteNames, opensNumberedParagraph } from './segment-signals.js';

// Minutes that record decisions as motions print the mover, the seconder, the motion's wording and its result
// each on a line of its own: "Moved by Councillor X" / "Seconded by Councillor Y" / "THAT Council …" / "CARRIED".
const moverLine = /^\W*(?:moved|seconded|proposed)\b/i;
// "Council Resolution 2025/041", "Resolution No. 2024-288", "MOTION": the label a motion is printed under.
const motionLabel =
  /^\W*(?:(?:council|committee|board)\s+)?(?:resolution|motion)\b(?:\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*)?\W*$/i;
// "Officer Recommendation", "Staff Recommendation:", "RECOMMENDATION": what the officers proposed, printed above
// what the council then resolved.
const recommendationLabel =
  /^\W*(?:(?:officers?|officer's|officers'|staff|administration|management|executive)\s+)?recommendations?\W*$/i;
// US action minutes print the mover, the seconder and the wording on one line: "Action: Motion by Councilmember
// Yamada, second by Councilmember Okafor, to approve the Consent Calendar."; the roll call follows it.
const motionWithWording =
  /^\W*(?:action\s*:\s*)?motion\s+(?:made\s+)?by\b[^\n]*?\bsecond(?:ed)?\s+by\b[^\n]*?,\s*to\s+\w/i;
// "Absent: None" closes a roll call, with its "Ayes:" and "Noes:".
const rollCallAbsent = /^\W*absent\s*:/i;
// A motion that passed: its result line.
const passed = /\b(?:carried|passed|adopted|approved)\b/i;
// "After debate the proposition was put to the Assembly and ADOPTED, 35 voting in favour and 7 against": the result
// of a proposition no one seconded, printed apart from the proposal it decided.
const putResult =
  /\b(?:proposition|proposal|motion)\s+was\s+(?:then\s+)?put\b[^.;]*?\b(?:adopted|carried|passed|agreed|approved|rejected|defeated|lost)\b/i;
// "The Connétable proposed that the Parish Rate for 2037 be fixed at …": the proposal such a result decided.
const proposedThat = /\b(?:proposed|moved)\s+that\b/i;
// The proposal stands a sentence or two above its result (the estimates presented between).
const putWithin = 2;
// A motion's wording runs a few lines (a numbered list of parts); further is another matter.
const maxWordingLines = 10;

/** "Moved by …", "Seconded: Cr …": who put a motion, not what it said. */
export function isMoverLine(text: string): boolean {
  return moverLine.test(text);
}

/** A sentence of a passage (select-segments' scored segment; that module imports this one). */
type PassageSegment = Segment & { passageIndex: number };

function sameLine(text: string, before: PassageSegment, after: PassageSegment): boolean {
  return !text.slice(before.end, after.start).includes('\n');
}

/** The segments of one passage, in reading order, grouped by the line they stand on. */
function linesOf<T extends PassageSegment>(segment: T, scored: T[], text: string): T[][] {
  const siblings = scored
    .filter((other) => other.passageIndex === segment.passageIndex)
    .sort((a, b) => a.start - b.start);
  const lines: T[][] = [];
  for (const other of siblings) {
    const last = lines.at(-1);
    if (last && sameLine(text, last.at(-1)!, other)) last.push(other);
    else lines.push([other]);
  }
  return lines;
}

/**
 * A motion's own wording, for a procedural line of it. A mover's or seconder's line, or the bare result
 * ("CARRIED 5/2"), names the mover and the result, not what was decided: the lines between the
 * mover and the result are. Nothing when the line is not inside such a motion (a result after prose).
 */
export function motionWording<T extends PassageSegment>(segment: T, scored: T[], text: string): T[] {
  const procedural = moverLine.test(segment.text);
  if (!procedural && !isMotionOutcome(segment.text))
    return putResult.test(segment.text) ? proposalAbove(segment, scored) : [];
  const lines = linesOf(segment, scored, text);
  const at = lines.findIndex((line) => line.some((other) => other.start === segment.start));
  if (at < 0) return [];
  const isWording = (line: T[]) =>
    !moverLine.test(line[0]!.text) &&
    !motionLabel.test(line[0]!.text) &&
    !isMotionOutcome(line[0]!.text) &&
    !isVoteNames(line[0]!.text);
  const wording: T[][] = [];
  if (procedural) {
    // Past the mover and seconder, to the result.
    let index = at + 1;
    while (lines[index] && moverLine.test(lines[index]![0]!.text)) index += 1;
    for (; index < lines.length && wording.length < maxWordingLines; index += 1) {
      const line = lines[index]!;
      if (isMotionOutcome(line[0]!.text)) return wording.flat();
      if (!isWording(line)) return [];
      wording.push(line);
    }
    return [];
  }
  // Back from the result to the seconder or mover above the wording.
  let rollCall = true;
  for (let index = at - 1; index >= 0 && wording.length < maxWordingLines; index -= 1) {
    const line = lines[index]!;
    // The roll call between a one-line motion and its result.
    if (rollCall && wording.length === 0 && (isVoteNames(line[0]!.text) || rollCallAbsent.test(line[0]!.text)))
      continue;
    rollCall = false;
    if (wording.length === 0 && motionWithWording.test(line[0]!.text)) return line;
    if (moverLine.test(line[0]!.text)) return wording.reverse().flat();
    if (!isWording(line)) return [];
    wording.push(line);
  }
  return [];
}

/**
 * The proposal an unseconded proposition's result decided, and what stands between them: the sentence a sentence or
 * two above that proposes something "that …", unless a seconder or another result comes first.
 */
function proposalAbove<T extends PassageSegment>(segment: T, scored: T[]): T[] {
  const before = scored
    .filter((other) => other.passageIndex === segment.passageIndex && other.end <= segment.start)
    .sort((a, b) => a.start - b.start)
    .slice(-putWithin);
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const text = before[index]!.text;
    if (/\bseconded\b/i.test(text) || isMotionOutcome(text) || putResult.test(text)) return [];
    if (proposedThat.test(text)) return before.slice(index);
  }
  return [];
}

/**
 * A line of an officer's recommendation in minutes that go on to record the council's own resolution: the
 * resolution is the decision, whether it follows the recommendation or departs from it. Returns the motion that
 * passed (or, if none did, the first one put) after the recommendation, wording and result; undefined when the
 * line is not under a recommendation that a motion follows.
 */
export function resolutionAfterRecommendation<T extends PassageSegment>(
  segment: T,
  scored: T[],
  text: string,
): T[] | undefined {
  const lines = linesOf(segment, scored, text);
  const at = lines.findIndex((line) => line.some((other) => other.start === segment.start));
  if (at < 0) return undefined;
  // The label sits in the text above the line (labels alone on a line may not be scored segments).
  const above = text.slice(0, segment.start).split('\n').slice(0, -1).reverse();
  const label = above.findIndex((line) => recommendationLabel.test(line.trim()));
  if (label < 0) return undefined;
  // Only when nothing but the recommendation's own wording stands between the label and the line.
  if (
    above.slice(0, label).some((line) => moverLine.test(line) || motionLabel.test(line.trim()) || isMotionOutcome(line))
  )
    return undefined;
  const after = lines.slice(at + 1);
  const nextItem = after.findIndex(
    (line) => opensNumberedParagraph(line[0]!.text) || recommendationLabel.test(line[0]!.text),
  );
  const results = after.slice(0, nextItem < 0 ? undefined : nextItem).filter((line) => isMotionOutcome(line[0]!.text));
  const result = results.find((line) => passed.test(line[0]!.text)) ?? results[0];
  if (!result) return undefined;
  const wording = motionWording(result[0]!, scored, text);
  return wording.length > 0 ? [...wording, result[0]!] : undefined;
}

/**
 * "Officer Recommendation" alone on its line labels the wording below it, up to the motion that follows (its
 * mover, its label or its result): asked what officers recommended, that wording is the answer.
 */
export function recommendationWording<T extends PassageSegment>(segment: T, scored: T[], text: string): T[] {
  if (!recommendationLabel.test(segment.text)) return [];
  const lines = linesOf(segment, scored, text);
  const at = lines.findIndex((line) => line.some((other) => other.start === segment.start));
  const wording: T[][] = [];
  for (const line of lines.slice(at + 1)) {
    const first = line[0]!.text;
    if (moverLine.test(first) || motionLabel.test(first) || isMotionOutcome(first) || opensNumberedParagraph(first))
      break;
    if (wording.length >= maxWordingLines) break;
    wording.push(line);
  }
  return wording.flat();
}
