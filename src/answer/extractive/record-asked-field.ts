import { contentTerms } from '../../core/tokenize.js';
import { type AnswerKind, wantedKinds } from './answer-kinds.js';
import type { ContinuedList } from './list-after-intro.js';

// "Decision maker: Cabinet", "Expected date of decision: 12 April 2033": a record's field, label and value on a line.
const field = /^\W*([A-Z][\w.'’ -]{0,40}?)\s*:\s*\S/;
// A record is a form's when it prints at least this many fields together.
const minimumFields = 3;
// Labels that hold what a kind of question asks for.
const labelsOfKind: [AnswerKind, RegExp][] = [
  ['time', /\b(?:date|when|timing|deadline|due|expected|timescale)\b/i],
  ['person', /\b(?:maker|officer|member|lead|owner|contact|author|holder|portfolio|responsible|by)\b/i],
  ['author', /\b(?:officer|author|contact|lead|by)\b/i],
  ['amount', /\b(?:cost|value|budget|amount|price|sum|funding)\b/i],
];
// A value that gives a reason: "Deferred – now expected in June pending a revised valuation".
const reasonValue = /\b(?:because|pending|due to|owing to|as a result of|so that|to allow)\b/i;

/**
 * A notice's or register's record prints each fact on its own labelled line ("Decision: … / Decision maker: … /
 * Expected date of decision: … / Private: …"): the line matching the question says which record, and the answer
 * is the field the question asks for, whose label shares no word with it ("when" is a date field). That field of
 * the same record (its lines up to a blank one) is quoted beside it.
 */
export function withAskedField(chosen: ContinuedList, question: string): ContinuedList {
  const kinds = wantedKinds(question);
  // "Who wrote …" asks for the author, not every person a record names (its portfolio holder, its decision maker).
  if (kinds.has('author')) kinds.delete('person');
  const asked = new Set(contentTerms(question));
  // A label naming a word of the question the chosen lines already hold ("REPORT TO" beside "REPORT OF: …" asked
  // who wrote the report) says nothing more; one naming a word they lack ("Private:") is what was asked.
  const answers = (label: string, value: string, held: Set<string>) =>
    labelsOfKind.some(([kind, pattern]) => kinds.has(kind) && pattern.test(label)) ||
    contentTerms(label).some((term) => asked.has(term) && !held.has(term)) ||
    ((kinds.has('reason') || kinds.has('argument')) && reasonValue.test(value));
  const segments = [...chosen.segments];
  for (const segment of chosen.segments) {
    if (!field.test(segment.text)) continue;
    const held = new Set(
      chosen.segments
        .filter((other) => other.passageIndex === segment.passageIndex)
        .flatMap((other) => contentTerms(other.text)),
    );
    const { chunk } = chosen.candidates[segment.passageIndex]!.passage;
    const record = recordLines(chunk.text, segment.start);
    if (record.filter((line) => field.test(line.text)).length < minimumFields) continue;
    for (const line of record) {
      const label = field.exec(line.text)?.[1];
      if (!label || !answers(label, line.text.slice(line.text.indexOf(':') + 1), held)) continue;
      const covered = segments.some(
        (other) => other.passageIndex === segment.passageIndex && other.start <= line.start && other.end >= line.end,
      );
      if (!covered) segments.push({ ...line, passageIndex: segment.passageIndex, score: segment.score, signal: 0 });
    }
  }
  segments.sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  return { segments, candidates: chosen.candidates };
}

/** The printed lines of the paragraph holding an offset: from the blank line before it to the blank line after. */
function recordLines(text: string, at: number): { start: number; end: number; text: string }[] {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  const from = before === -1 ? 0 : before + 2;
  const paragraph = text.slice(from, after === -1 ? text.length : after);
  const lines: { start: number; end: number; text: string }[] = [];
  for (const match of paragraph.matchAll(/[^\n]+/g)) {
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    const start = from + match.index + match[0].indexOf(trimmed);
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}
