import type { Chunk } from '../../papers/chunk.js';
import { findDates } from '../../papers/parse-date.js';
import { spokenDate } from '../../store/searchable-text.js';
import { contentTerms } from '../../text/tokenize.js';

export type Weigh = (stem: string) => number;

/** The share of the question's topic weight (IDF) that a piece of text covers. */
export function coverage(questionStems: string[], text: string, weigh: Weigh): number {
  const total = questionStems.reduce((sum, stem) => sum + weigh(stem), 0);
  if (total === 0) return 0;
  const present = new Set(stemsWithDates(text));
  return questionStems.reduce((sum, stem) => sum + (present.has(stem) ? weigh(stem) : 0), 0) / total;
}

/** The text a passage is judged on: its words, its heading path and its meeting date in words. */
export function passageContext(chunk: Chunk): string {
  return [chunk.headingPath.slice(2).join(' '), chunk.meetingDate ? spokenDate(chunk.meetingDate) : '', chunk.text].join('\n');
}

function stemsWithDates(text: string): string[] {
  const dates = findDates(text).map((date) => spokenDate(date.iso));
  return contentTerms(`${text} ${dates.join(' ')}`);
}
