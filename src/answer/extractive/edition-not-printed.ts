import { monthPattern } from '../../core/dates.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';

const year = String.raw`((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2,4}))?`;
// "The 2019 lifestyle survey", "its 2031 harbour census": a year typed as the label of a thing, then
// the words naming it. "In 2019", "since 2019" say when, not which edition, and are not read here.
const yearLabelled = new RegExp(String.raw`\b(?:the|its|their|this|that)\s+${year}((?:\s+[a-z][a-z'’-]*){1,4})`, 'i');
// "The commissioning plan 2026-30", "the Local Plan 2040": the thing's name, then its edition's year or span.
const nameLabelled = new RegExp(String.raw`\b(?:the|its|their|this|that)((?:\s+[a-z][a-z'’-]*){1,4})\s+${year}\b`, 'i');
// Words that, set before a year, say when ("the meeting of March 2024", "the financial year 2024/25"), not which
// edition of a thing.
const timeWord = new RegExp(
  String.raw`^(?:${monthPattern}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|year|years|month|quarter|week|day|term|season|period|session|spring|summer|autumn|winter)$`,
  'i',
);

/**
 * "When was the 2019 lifestyle survey published?" when the papers print the survey only as another year's
 * ("Lifestyle Survey 2018"): the thing asked about is an edition the papers do not hold, and quoting the
 * other edition reads as an answer about it. True only when the passages label the thing with a year, and
 * no label (nor a range such as "2018/19" or "2018 - 2019") covers the year asked; a thing they never label
 * with a year leaves the question's year to say when.
 */
export function asksForEditionNotPrinted(question: string, texts: string[]): boolean {
  const asked = askedEdition(question);
  if (!asked) return false;
  const { from: askedFrom, to: askedTo, words } = asked;
  // The thing's name as typed, or a shorter run of it, longest first: "the 2019 survey results" names the survey,
  // and papers shorten "the 2027 bridleway audit" to "the 2026 audit". The longest run labelled says which
  // editions the papers hold, unless another run is labelled with the year asked: "the 2033 Christmas lights
  // switch-on" is printed as "the 2033 switch-on" under the item "Christmas Lights 2034".
  let holdsOther = false;
  for (let length = words.length; length > 0; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const name = words.slice(start, start + length);
      if (contentTerms(name.join(' ')).length !== name.length) continue;
      const labels = printedYears(name, texts);
      if (labels.some(([from, to]) => from <= askedFrom && askedTo <= to)) return false;
      holdsOther ||= labels.length > 0;
    }
  }
  return holdsOther;
}

/**
 * The edition asked for: its first and last year, and the words naming the thing. A span is an edition of its own:
 * "the commissioning plan 2026-30" is not the plan 2025-29, though the two share years.
 */
function askedEdition(question: string): { from: number; to: number; words: string[] } | undefined {
  const before = yearLabelled.exec(question);
  if (before) {
    const from = Number(before[1]);
    return { from, to: before[2] ? expandYear(before[2], from) : from, words: before[3]!.trim().split(/\s+/) };
  }
  const after = nameLabelled.exec(question);
  if (!after) return undefined;
  // The name is the run of naming words right before the year: "the plan in 2026" names nothing by its year.
  const typed = after[1]!.trim().split(/\s+/);
  const words: string[] = [];
  for (const word of typed.reverse()) {
    if (timeWord.test(word) || contentTerms(word).length !== 1) break;
    words.unshift(word);
  }
  if (words.length === 0) return undefined;
  const from = Number(after[2]);
  return { from, to: after[3] ? expandYear(after[3], from) : from, words };
}

/** The years (or ranges) the texts print right before or after the name. */
function printedYears(name: string[], texts: string[]): [number, number][] {
  const phrase = name.map(escapeRegExp).join(String.raw`\s+`);
  const after = new RegExp(String.raw`\b${phrase}\s*[,:–-]?\s*${year}`, 'gi');
  const before = new RegExp(String.raw`${year}\s+${phrase}\b`, 'gi');
  const labels: [number, number][] = [];
  for (const text of texts) {
    for (const match of [...text.matchAll(after), ...text.matchAll(before)]) {
      const from = Number(match[1]);
      labels.push([from, match[2] ? expandYear(match[2], from) : from]);
    }
  }
  return labels;
}

function expandYear(written: string, from: number): number {
  return written.length === 4 ? Number(written) : Math.floor(from / 100) * 100 + Number(written);
}
