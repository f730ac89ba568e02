import { findDates, monthNames, monthPattern } from '../../core/dates.js';

// "When did inspectors last visit?", "the latest rating", "most recently", "the last time": the newest of several
// dated events, not the best-worded one. "Last year", "the last meeting", "at last" name a period or a sitting.
const asksLatest =
  /\b(?:latest|most recent(?:ly)?|newest)\b|\blast\b(?!\s+(?:year|month|week|quarter|night|meeting|sitting|session|spring|summer|autumn|winter|financial|municipal|academic|few|two|three|four|five|one)\b)(?<!\bat last\b)/i;

/** Whether the question asks for the newest of several events ("when did … last …", "the latest …"). */
export function asksForLatest(question: string): boolean {
  return asksLatest.test(question);
}

// "When did the river trust last survey …", "when was the play area last inspected": the words between the verb and
// "last" name whose event is asked; a line about another body's survey is not it.
const subjectBeforeLast =
  /\b(?:when|what year|which year)\s+(?:did|was|were|has|have|had|is|are)\s+(.+?)\s+(?:last|most recently)\b/i;

/** The words naming whose or what event a "when did … last" question asks about; undefined when it is not so worded. */
export function latestSubject(question: string): string | undefined {
  return subjectBeforeLast.exec(question)?.[1];
}

const monthYear = new RegExp(String.raw`\b(${monthPattern})\s*,?\s+((?:19|20)\d{2})\b`, 'gi');
const bareYear = /(?<![\d/-])\b((?:19|20)\d{2})\b(?![/-]\d)/g;

/**
 * The newest time a line names, as a sortable key ("2031-04-12", "2031-04", "2031"): a full date, a month and year
 * ("in June 2031"), or a year alone; undefined when it names none. A span's years ("2030/31") are a period, not
 * an event, and are not read.
 */
export function newestMention(text: string): string | undefined {
  const keys = [
    ...findDates(text).map((date) => date.iso),
    ...[...text.matchAll(monthYear)].map(
      (match) => `${match[2]}-${String(monthNames.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, '0')}`,
    ),
    ...[...text.matchAll(bareYear)].map((match) => match[1]!),
  ];
  return keys.sort().at(-1);
}
