import type { Segment } from '../../core/sentences.js';
import type { ContinuedList } from './list-after-intro.js';

// "Location: Hill Farm", "Ref. No: 30/01234/F": a field of a labelled block, its label and value on one line.
const field = /^\W*[A-Z][\w.'’ -]{0,30}:\s*\S/;
// What a council says of an application in a word or two: "Approval recommended", "No objection", "Supported".
const outcome =
  /\b(?:recommend(?:ed|s)?|approv(?:al|ed|e)|refus(?:al|ed|e)|objections?|object|support(?:ed)?|granted|no comments?|not supported)\b/i;
const outcomeWords = 8;

/**
 * A planning application listed as a block of fields (applicant, reference, location, details) and closed by
 * the council's word on it ("Approval recommended"): a chosen field says which application, and the closing
 * line, which shares no word with the question, is what the council said. It follows the block's last field.
 */
export function withFieldBlockOutcome(chosen: ContinuedList): ContinuedList {
  const segments = [...chosen.segments];
  const added = new Set<string>();
  for (const segment of chosen.segments) {
    if (!field.test(segment.text)) continue;
    const { chunk } = chosen.candidates[segment.passageIndex]!.passage;
    // By printed lines: a field's value runs on into the closing word as one sentence would (no stop between).
    const after = linesFrom(chunk.text, segment.end);
    const closing = after.find((line) => !field.test(line.text));
    if (!closing || closing.text.split(/\s+/).length > outcomeWords || !outcome.test(closing.text)) continue;
    const key = `${segment.passageIndex}:${closing.start}`;
    const chosenAlready = segments.some(
      (other) =>
        other.passageIndex === segment.passageIndex && other.start <= closing.start && other.end >= closing.end,
    );
    if (chosenAlready || added.has(key)) continue;
    added.add(key);
    segments.push({ ...closing, passageIndex: segment.passageIndex, score: segment.score, signal: 0 });
  }
  segments.sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  return { segments, candidates: chosen.candidates };
}

/** The non-blank printed lines of a text from an offset on, with their offsets. */
function linesFrom(text: string, from: number): Segment[] {
  const lines: Segment[] = [];
  for (const match of text.slice(from).matchAll(/[^\n]+/g)) {
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    const start = from + match.index + match[0].indexOf(trimmed);
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}
