import type { Line } from '../../src/core/lines.js';
import type { SpeakerTurn } from '../../src/core/paper.js';
import {
  numberedVoice,
  questionAnswerSpeaker,
  speakerOf,
  turnLeadLength,
  withoutTime,
} from '../../src/core/speaker-turns.js';

// A speaker label is a name, not a sentence: at most this many words outside its parentheses.
const maxLabelWords = 7;
const maxLabelLength = 140;
// Labels of papers and forms that look like "Name: text" but are not people speaking.
const notSpeakers =
  /^(?:present|apologies|absent|subject|from|to|date|time|venue|location|place|item|items|minute|minutes|agenda|resolved|resolution|note|notes|summary|recommendations?|decision|classification|action|actions|proposed|seconded|moved|motion|vote|votes|ayes|noes|nays|abstentions?|outcome|result|attendees|attendance|members present|officers present|officials present|in attendance|also present|contact|email|e-mail|tel|telephone|phone|ask for|ward|wards|key decision|report author|author|purpose|background|title|status|reference|ref|page|source|appendix|annex|question|answer|response|reply|update|comment|comments|issue|issues|risk|risks|cost|costs|total|yes|no|carried|lost|roll call|present in the chair|witness|witnesses)$/i;
// Words inside a label that may be lower case: "Chair of the Committee", "Leader of the Opposition".
const connectors = /^(?:of|the|and|for|de|du|la|le|van|von|der|da|di|del|y|on|in|to)$/;
// A transcript has at least this many turns, and they make up this share of its non-empty lines.
const minimumTurns = 6;
const minimumShare = 0.3;

/** The label of a "Speaker: words" line, or undefined when the line is not a speaker turn. */
export function speakerLabel(line: string): string | undefined {
  // A note-taker's "Q: (Mr Keane, Church Lane) …" / "A: (Cllr Ebbs) …": the person in brackets speaks.
  const asked = questionAnswerSpeaker(line);
  if (asked) return asked.speaker;
  // A caption's timestamp or an evidence session's question number may open the turn ("Q12 Chair: …").
  const clean = line.slice(turnLeadLength(line));
  // "The CHAIRMAN. The question is…": Hansard's label ends at a full stop.
  const stopped = /^[^:]*\.\s/.test(clean) ? speakerOf(clean) : undefined;
  if (stopped && !clean.startsWith(`${stopped.speaker}:`)) return stopped.speaker;
  let depth = 0;
  for (let index = 0; index < Math.min(clean.length, maxLabelLength); index += 1) {
    const character = clean[index]!;
    if (character === '(') depth += 1;
    else if (character === ')') depth = Math.max(0, depth - 1);
    else if (character === ':' && depth === 0) {
      if (!/^\s+\S/.test(clean.slice(index + 1))) return undefined;
      const label = clean.slice(0, index).trim();
      return isSpeakerName(label) ? label : undefined;
    }
  }
  return undefined;
}

function isSpeakerName(label: string): boolean {
  if (label.length < 2 || notSpeakers.test(label) || /^\d/.test(label)) return false;
  const outside = label.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/g, ' ').trim();
  const words = outside.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > maxLabelWords || notSpeakers.test(outside)) return false;
  if (!/^[A-Z]/.test(words[0]!)) return false;
  if (numberedVoice.test(outside)) return true;
  // "Ruairi Banks, Clerk": one comma, after the name, sets off the speaker's role.
  const commas = words.filter((word) => word.endsWith(','));
  if (commas.length > 1 || words.at(-1)!.endsWith(',') || (commas.length === 1 && words.indexOf(commas[0]!) < 1))
    return false;
  return words.every((word) => /^[A-Z\p{Lu}][\p{L}.'’-]*,?$/u.test(word) || connectors.test(word));
}

/**
 * The speaker turns of a verbatim transcript ("Mr Smith: …", "The Chair (Hon. Lena Bergeron): …",
 * "COUNCILMEMBER LEE: …"): each runs from its label to the next turn. Papers whose "Label: value" lines are
 * fields, or too few to be a transcript, have none.
 */
export function findSpeakerTurns(lines: Line[]): SpeakerTurn[] {
  const starts: { line: Line; speaker: string }[] = [];
  for (const line of lines) {
    const speaker = speakerLabel(line.clean);
    if (speaker && line.clean.length > speaker.length + 3) starts.push({ line, speaker });
  }
  const nonEmpty = lines.filter((line) => line.clean !== '').length;
  const speakers = new Set(starts.map((start) => start.speaker));
  if (starts.length < minimumTurns || starts.length < nonEmpty * minimumShare || speakers.size < 2) return [];
  // A note-taker's questions and answers are speech however their askers come round.
  const asked = starts.filter((start) => questionAnswerSpeaker(start.line.clean) !== undefined).length;
  if (asked * 2 < starts.length && isRecordForm(starts.map((start) => start.speaker))) return [];
  const end = lines.at(-1)?.end ?? 0;
  return starts.map((start, position) => ({
    speaker: withoutTime(start.speaker.replace(/\s+/g, ' ')),
    start: start.line.start,
    end: starts[position + 1]?.line.start ?? end,
  }));
}

// A form's records repeat the same fields, each once a record: at least this many of them, in this many records.
const minimumRecordFields = 3;
const minimumRecords = 2;

/**
 * Whether "Label: value" lines are records of a form ("Application No: … / Site: … / Proposal: … / Decision:
 * …", one record an application) rather than people speaking: from the first label that recurs, the labels
 * come round in records that each open with it and name no label twice, and several labels recur in every
 * record. People in a meeting do not speak in such a round: the chair speaks between the others, someone
 * speaks twice before another does.
 */
function isRecordForm(labels: string[]): boolean {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const opener = labels.find((label) => counts.get(label)! >= minimumRecords);
  if (!opener) return false;
  const records: string[][] = [];
  for (const label of labels.slice(labels.indexOf(opener))) {
    if (label === opener) records.push([]);
    records.at(-1)!.push(label);
  }
  if (records.length < minimumRecords || records.some((record) => new Set(record).size !== record.length)) return false;
  const inEveryRecord = [...counts.keys()].filter((label) => records.every((record) => record.includes(label)));
  return inEveryRecord.length >= minimumRecordFields;
}
