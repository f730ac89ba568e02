import { coverFieldOf } from '../../core/cover-sheet-labels.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { askedAttendee } from './attendee-asked.js';
import { headingContext, presentStems } from './score-evidence.js';
import type { Candidate, ScoredSegment } from './select-segments.js';
import { omitsTimeAsked } from './time-not-given.js';

// "Key decision: Yes", "Wards affected: All": a label and its value on one line.
const labelled = /^\W*([A-Z][\w.'’()/ -]{0,40}?)\s*:\s*\S/;
// "Is the decision eligible for call-in? Yes": a form's question printed with its answer.
const askedAndAnswered = /^\W*([A-Z][^?:\n]{0,80}?)\s*\?\s*(?:yes|no)\b/i;
// "DECISION NO:" with its value on the next line: a field of the sheet, though no answer on its own line.
const labelAlone = /^\W*[A-Z][\w.'’()/ -]{0,40}:$/;
// "What happened to the Orchard Rise application?", "what was decided on …": the outcome is asked, which the
// resolution or decision gives; a field sharing a word with the thing ("Applicant:", "Application No:") does not.
const asksOutcome =
  /\bwhat (?:has |had )?happened\b|\bwhat (?:was|has been|were) (?:decided|agreed|resolved)\b|\boutcome\b/i;
// "Report Author(s)", "Ward(s) Affected", "Accountable Officer(s)" alone on a line, the value on the next: a
// sheet laid out as a stack, label above value, with no colon.
const stackedLabel = /^[A-Z][\w'’()/ -]{2,40}$/;
const officerLabel = /\bofficers?(?:\(s\))?$/i;
// "The focused visit report": a word for the paper itself names the sheet's topic, not one of its fields ("Report
// Author:" does not answer when the report was published).
const documentStems = new Set(contentTerms('report reports paper papers document'));
// A cover sheet or record prints at least this many labelled lines; a body paragraph's "Note: …" is no field.
const minimumFields = 3;
// The field sought sits among the passages the question's topic found, not deep in the ranking.
const depth = 10;

interface FieldLine {
  start: number;
  end: number;
  text: string;
  label: string;
}

/**
 * "Is the Ashby depot sale a key decision?", "can it be called in?", "which wards does it affect?": a report's
 * cover sheet answers with one labelled line ("Key decision: Yes", "Is the decision eligible for call-in? Yes"),
 * which a resolution or a body paragraph on the same topic outranks. The answer is the field whose label holds a
 * word of the question, on the best-ranked sheet that prints every other word of the question (its topic).
 */
export function askedCoverField(candidates: Candidate[], analysis: QuestionAnalysis): ScoredSegment[] | undefined {
  const asked = new Set(analysis.stems.filter((stem) => !analysis.dateStems.includes(stem)));
  // "Was Councillor Mellor present?" asks of one person, whom the Present field may not name: the attendance line
  // naming them answers (see attendee-asked.ts).
  if (asked.size < 2 || asksOutcome.test(analysis.question) || askedAttendee(analysis.question).length > 0)
    return undefined;
  for (const [passageIndex, candidate] of candidates.slice(0, depth).entries()) {
    const { chunk } = candidate.passage;
    const fields = fieldLines(chunk.text);
    const labelsAlone = chunk.text.split('\n').filter((line) => labelAlone.test(line.trim())).length;
    if (fields.length + labelsAlone < minimumFields) continue;
    // The topic is printed as the sheet's values and text, not as another field's label: "Chair:" above
    // "Vice-Chair:" does not make a vice chair the topic of a question about the chair.
    const unlabelled = withoutLabels(chunk.text, fields);
    const wholeSheet = presentStems(`${headingContext(chunk)}\n${unlabelled}`, analysis.expansions);
    let best: { field: FieldLine; named: number } | undefined;
    for (const field of fields) {
      const named = new Set(contentTerms(field.label).filter((stem) => asked.has(stem) && !documentStems.has(stem)));
      if (named.size === 0 || (best && best.named >= named.size)) continue;
      // "When will the toilets close?" is not answered by "Market Street toilets: referred back to Cabinet": a
      // field that prints no time, quoted alone, would read as the time the papers do not give.
      if (omitsTimeAsked(analysis.question, [field.text])) continue;
      const topic = [...asked].filter((stem) => !named.has(stem) && !documentStems.has(stem));
      const record = recordAround(unlabelled, field.start);
      // A plan or register prints several records, each a block of fields: the field is the asked record's own.
      const present =
        fieldLines(recordAround(chunk.text, field.start)).length >= minimumFields
          ? presentStems(`${headingContext(chunk)}\n${record}`, analysis.expansions)
          : wholeSheet;
      if (topic.length > 0 && topic.every((stem) => present.has(stem))) best = { field, named: named.size };
    }
    if (best) {
      const { field } = best;
      return [{ start: field.start, end: field.end, text: field.text, passageIndex, score: 1, signal: 1 }];
    }
  }
  return undefined;
}

function fieldLines(text: string): FieldLine[] {
  const lines: FieldLine[] = [];
  const printed = [...text.matchAll(/[^\n]+/g)]
    .map((match) => {
      const trimmed = match[0].trim();
      return { text: trimmed, start: match.index + match[0].indexOf(trimmed) };
    })
    .filter((line) => line.text.length > 0);
  for (const [index, line] of printed.entries()) {
    const label = (labelled.exec(line.text) ?? askedAndAnswered.exec(line.text))?.[1];
    if (label) {
      lines.push({ start: line.start, end: line.start + line.text.length, text: line.text, label });
      continue;
    }
    const value = printed[index + 1];
    if (value && isStackedLabel(line.text) && !isStackedLabel(value.text) && !labelled.test(value.text))
      lines.push({
        start: line.start,
        end: value.start + value.text.length,
        text: `${line.text} ${value.text}`,
        label: line.text,
      });
  }
  return lines;
}

/** A line that is a cover sheet's label on its own, its value printed on the line below. */
function isStackedLabel(line: string): boolean {
  return stackedLabel.test(line) && (coverFieldOf(line) !== undefined || officerLabel.test(line));
}

/** The block of lines holding an offset: from the blank line before it to the blank line after. */
function recordAround(text: string, at: number): string {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return text.slice(before === -1 ? 0 : before + 2, after === -1 ? text.length : after);
}

/** The text with each field's label blanked out (offsets kept), leaving its values and every other line. */
function withoutLabels(text: string, fields: FieldLine[]): string {
  let blanked = text;
  for (const field of fields) {
    const labelEnd = field.start + field.text.indexOf(field.label) + field.label.length;
    blanked = blanked.slice(0, field.start) + ' '.repeat(labelEnd - field.start) + blanked.slice(labelEnd);
  }
  return blanked;
}
