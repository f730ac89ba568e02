import { type Line, toLines } from '../../src/core/lines.js';
import type { Resolution, Span } from '../../src/core/paper.js';

// Minutes that print no "Resolved" record their decisions as motions: "MOTION: Councilmember Adams moved,
// seconded by …", "A motion was made by Councilmember Obuya, seconded by …", "On the proposition of Cllr. O'Dea,
// seconded by …, it was agreed", "Cllr Mrs Lintern proposed acceptance of the Minutes seconded by Cllr Hand.
// Unanimously Agreed".
const motionOpening = /^(?:\*\*)?\s*motion\b\s*(?:no\.?\s*\d+\s*)?[:\-–]/i;
// Parish clerks' shorthand: "Prop. JB 2nd DD All agreed.", "Prop JB, 2nd GK, All agreed."
const proposal =
  /\b(?:moved|proposed|proposal|proposition|motion\s+(?:by|of|made|was\s+made))\b|\bprop\b\.?\s*(?=[A-Z]{2,3}\b|cllr|councillor)/i;
const seconder = /\bseconded\b|\bsecond\s+by\b|\b2nd\s+(?=[A-Z]{2,3}\b|cllr|councillor)/i;
// "Mr Collins proposed to split the benefit …, all Councillors agreed": carried by all, no seconder named.
const carriedByAll = /\ball\s+(?:the\s+)?(?:councillors|members)\s+(?:agreed|were\s+in\s+favou?r)\b/i;
// A proposition no one seconds, put to the vote a sentence or two later: "The Connétable proposed that the rate be
// fixed at …" / "After debate the proposition was put to the Assembly and ADOPTED, 35 voting in favour and 7 against",
// or decided with no vote put at all: "After discussion the proposition was ADOPTED without a vote".
const putAndDecided =
  /\b(?:proposition|proposal|motion)\s+was\s+(?:then\s+)?(?:put\b[^.;]*?\b)?(?:adopted|carried|passed|agreed|approved|rejected|defeated|lost)\b/i;
const putWithin = 2;
// The shorthand follows the decision it carried, in the same paragraph: "It was agreed that … Prop JB, 2nd DD".
const shorthandVote = /^prop\b/i;
const decisionWords = /\b(?:agreed|approved|accepted|resolved|decided)\b/i;
// "Motion carried 5-0.", "Carried unanimously", "Unanimously Agreed", "The amendment was lost".
// "The motion was put and CARRIED 4/1", "CARRIED 5/0", "Defeated".
// "The Mayor declared the Amendment defeated and, therefore, the original Motion carried" (Irish minutes).
const outcome =
  /^(?:the\s+)?(?:(?:(?:substantive\s+)?motion|amendment|resolution|recommendation)\s+(?:was\s+)?(?:put\s+(?:to\s+the\s+vote\s+)?and\s+(?:was\s+)?)?(?:carried|passed|failed|defeated|lost|adopted|approved|agreed)|(?:carried|agreed|approved|passed|failed|defeated|lost)\b|unanimously\s+(?:agreed|carried|approved))|^(?:the\s+)?(?:(?:lord\s+|deputy\s+)?mayor|chair(?:man|person|woman)?|(?:an\s+)?cathaoirleach|cathaoirleach|president|speaker|reeve)\s+declared\b[^.]*\b(?:carried|defeated|lost|passed|adopted)\b/i;
// Lines of a vote around the outcome: "Roll call vote:", "Ayes: Adams, Baker", "Noes: None", and, after a
// "CARRIED 4/1", the Australian "For: Crs …" / "Against: Cr …" or the Canadian "In favour: …" / "Opposed: …".
const voteLine =
  /^(?:roll call(?: vote)?|recorded vote|ayes?|nays?|noes?|yeas?|absent|abstain(?:ed|ing|s)?|for|against|abstentions?|in favou?r|opposed|division)\b\s*[:\-–]/i;
// Irish minutes take a vote in prose and list it under labels of their own: "As all Members were not in agreement,
// a Vote was taken …", "For the Amendment", the names and their tally "(6)", "Against", "(14)". New Zealand
// minutes call a named vote a division: "A division was called for, voting on which was as follows:".
const voteInProse =
  /\b(?:a\s+)?vote\s+was\s+taken\b|\ba\s+division\s+was\s+(?:called|taken|requested|demanded)\b|^the\s+result\s+of\s+the\s+vot(?:e|ing)\b|^(?:for|against)(?:\s+the\s+(?:amendment|motion|proposal))?$|\(\d{1,3}\)$/i;
// The motion's own words under its mover and seconder: "That Council adopts …", a Canadian "AND THAT the Reeve be
// authorized …" going on from it, or a list it introduces.
const motionWording = /^(?:and\s+)?(?:that|to)\s/i;
const listLine = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?:\s|$)/i;
// A sentence ending on the next item's marker ("…; and 2.") leaves that item's words to the next sentence.
const endsOnListMarker = /(?:^|\s)\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/;
// "RESOLUTION 2024/214", "MOTION", "AMENDMENT" alone above the mover: the motion's label.
const motionLabel =
  /^(?:(?:council|committee)\s+)?(?:resolution|(?:substantive\s+)?motion|amendment)(?:\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*)?$/i;
// A sentence ends at a full stop not after a title or an initial ("Cllr. O'Dea", "M. Peake"), or at a run of
// spaces that old word-processor layouts put between sentences.
const sentenceBreak =
  /(?<!\b(?:[A-Z]|Cllrs?|Mrs?|Ms|Dr|St|Nos?|Co|Rev|Prof|Prop|Hon|Sr|Jr|Ltd|approx|Cttee)\.)(?<=[a-z0-9)%"”’'*][.!?](?:\*\*)?)\s+(?=[A-Z0-9"“‘(*])|[ \t]{3,}/g;
// A line at least this long that ends mid-sentence was wrapped by the page, not ended by the writer.
const wrappedWidth = 60;
// Most motions, their votes and outcome take a few sentences; a longer run is a narrative, not one motion.
const maxSentences = 12;

/** The motions an item records, each with its seconder, vote and outcome, as resolutions. */
export function findMotions(text: string, body: Line[]): Resolution[] {
  const sentences = sentencesOf(text, blocksOf(body));
  const motions: Resolution[] = [];
  for (let position = 0; position < sentences.length; position += 1) {
    const sentence = sentences[position]!;
    const next = sentences[position + 1];
    // "The following was proposed." followed by the motion itself: the motion opens with the later sentence.
    const secondedNext = next !== undefined && seconder.test(next.text) && !proposal.test(next.text);
    const proposed = proposal.test(sentence.text);
    const put = proposed && !seconder.test(sentence.text) ? putAfter(sentences, position) : undefined;
    const opens =
      motionOpening.test(sentence.text) ||
      (proposed &&
        (seconder.test(sentence.text) || secondedNext || carriedByAll.test(sentence.text) || put !== undefined));
    if (!opens) continue;
    let last = put ?? position;
    let seconded = seconder.test(sentence.text);
    while (last + 1 < sentences.length && last - position < maxSentences && !outcome.test(sentences[last]!.text)) {
      const following = sentences[last + 1]!.text;
      // Once seconded, the motion's wording and its numbered list come before the vote ("Moved by …" /
      // "Seconded by …" / "That …" / "Carried").
      const current = sentences[last]!.text;
      const wording =
        seconded &&
        (motionWording.test(following) ||
          listLine.test(following) ||
          endsOnListMarker.test(current) ||
          /:$/.test(current));
      const belongs =
        (seconder.test(following) && !proposal.test(following)) ||
        voteLine.test(following) ||
        voteInProse.test(following) ||
        outcome.test(following) ||
        wording;
      if (!belongs) break;
      seconded ||= seconder.test(following);
      last += 1;
    }
    // The vote recorded under the outcome, and the substantive motion put after an amendment fell.
    while (
      last + 1 < sentences.length &&
      outcome.test(sentences[last]!.text) &&
      (voteLine.test(sentences[last + 1]!.text) || outcome.test(sentences[last + 1]!.text))
    ) {
      last += 1;
      while (last + 1 < sentences.length && voteLine.test(sentences[last + 1]!.text)) last += 1;
    }
    const labelled = position > 0 && motionLabel.test(sentences[position - 1]!.text);
    const decided = shorthandVote.test(sentence.text) ? decisionBefore(text, sentences, position, motions) : undefined;
    const opening = decided ?? (labelled ? sentences[position - 1]! : sentence);
    const span = decided
      ? { start: decided.start, end: sentences[last]!.end }
      : clipToLines(text, { start: opening.start, end: sentences[last]!.end });
    const resolution = textOf(text, span);
    if (resolution) motions.push({ ...span, text: resolution });
    position = last;
  }
  return motions;
}

/** Where an unseconded proposition is put and decided, within a sentence or two after it and before another proposal. */
function putAfter(sentences: Sentence[], position: number): number | undefined {
  for (let next = position + 1; next <= position + putWithin && next < sentences.length; next += 1) {
    const text = sentences[next]!.text;
    if (putAndDecided.test(text)) return next;
    if (proposal.test(text)) return undefined;
  }
  return undefined;
}

/**
 * The decision a clerk's shorthand vote carried: the last sentence before it in its paragraph that records one
 * ("It was agreed that …"), else the sentence just before it; none when the vote stands alone.
 */
function decisionBefore(
  text: string,
  sentences: Sentence[],
  position: number,
  motions: Resolution[],
): Sentence | undefined {
  const floor = motions.at(-1)?.end ?? 0;
  let first: Sentence | undefined;
  for (let back = position - 1; back >= 0; back -= 1) {
    const earlier = sentences[back]!;
    const between = text.slice(earlier.end, (first ?? sentences[position]!).start);
    if (earlier.start < floor || /\n[ \t]*\n/.test(between)) break;
    if (decisionWords.test(earlier.text)) return earlier;
    first = earlier;
    if (position - back >= 3) break;
  }
  return sentences[position - 1] && first === sentences[position - 1] ? first : undefined;
}

// Over this length a "sentence" is unpunctuated lines run together (a list of letters received): it ends at the
// seconder's line.
const longSentence = 300;

/**
 * A motion starts on the line that proposes it (or the line its wrapped sentence began on), not on unpunctuated
 * lines run into it above; an overlong one ends with the sentence that names the seconder.
 */
function clipToLines(text: string, span: Span): Span {
  const lines = toLines(text.slice(span.start, span.end))
    .filter((line) => line.clean !== '')
    .map((line) => ({ ...line, start: line.start + span.start, end: line.end + span.start }));
  let first = lines.findIndex((line) => proposal.test(line.clean) || motionOpening.test(line.clean));
  if (first === -1) return span;
  while (first > 0 && continues(lines[first]!.clean)) first -= 1;
  if (first > 0 && motionLabel.test(lines[first - 1]!.clean)) first -= 1;
  const start = lines[first]!.start;
  if (span.end - start <= longSentence) return { start, end: span.end };
  let last = lines.findIndex((line, index) => index >= first && seconder.test(line.clean));
  if (last === -1) return { start, end: span.end };
  // "This was seconded by" / "Councillor Quinlivan.": the seconder's name wrapped to the next line.
  if (/\bby$/i.test(lines[last]!.clean) && last + 1 < lines.length) last += 1;
  // "Seconded by …" then "That Council: 1. … 2. …": the motion's own long wording, kept to its outcome; a vote
  // taken after it ("a Vote was taken …", the names for and against) runs to its declared outcome.
  const next = lines[last + 1]?.clean ?? '';
  if (motionWording.test(next) || voteInProse.test(next)) return { start, end: span.end };
  while (last + 1 < lines.length && continues(lines[last + 1]!.clean)) last += 1;
  return { start, end: lines[last]!.end };
}

/** A line that carries on the sentence above it. */
function continues(clean: string): boolean {
  return /^[a-z0-9(]/.test(clean);
}

interface Sentence extends Span {
  text: string;
}

/**
 * Runs of lines that read on into each other: PDF-converted markdown puts a blank line after every line, so a
 * sentence wraps across blank lines; a line ending a sentence, a heading, a motion or vote line ends the run.
 */
function blocksOf(lines: Line[]): Span[] {
  const blocks: Span[] = [];
  let open = false;
  let previousLength = 0;
  for (const line of lines) {
    if (line.clean === '') continue;
    const standsAlone =
      motionOpening.test(line.clean) || voteLine.test(line.clean) || /^\*\*.*\*\*$/.test(line.raw.trim());
    // A wrapped sentence goes on in lower case ("… on the proposal of Cllr. O'Brien and" / "seconded by …"), or
    // after a line filled to the page width.
    const wraps = /^[a-z0-9(]/.test(line.clean) || previousLength >= wrappedWidth;
    if (open && !standsAlone && wraps) blocks.at(-1)!.end = line.end;
    else blocks.push({ start: line.start, end: line.end });
    previousLength = line.clean.length;
    open = !standsAlone && !/[.:;!?"”)]\s*$/.test(line.clean) && !/\*\*\s*$/.test(line.raw);
  }
  return blocks;
}

function sentencesOf(text: string, blocks: Span[]): Sentence[] {
  return blocks.flatMap((block) => {
    const slice = text.slice(block.start, block.end);
    const sentences: Sentence[] = [];
    let from = 0;
    for (const match of [...slice.matchAll(sentenceBreak), undefined]) {
      const to = match ? match.index : slice.length;
      const piece = slice.slice(from, to);
      const leading = piece.length - piece.trimStart().length;
      const clean = piece.trim();
      if (clean)
        sentences.push({
          start: block.start + from + leading,
          end: block.start + from + leading + clean.length,
          text: clean.replace(/^[-•*\\s]+/, ''),
        });
      if (match) from = match.index + match[0].length;
    }
    return sentences;
  });
}

function textOf(text: string, span: Span): string {
  return text
    .slice(span.start, span.end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|\\(?=[.*])/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[-:–•*\s]+/, '')
    .trim();
}
