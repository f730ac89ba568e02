import { findDates } from '../../src/core/dates.js';
import { shiftDates } from '../../test/support/shift-dates.js';
import { createRandom } from './create-random.js';
import { renameCommittee } from './rename-committee.js';

export interface QuestionVariation {
  count: number;
  seed: number;
  /** Topic phrases to swap for one another where a question uses one. */
  topics: string[];
  /** The committee the questions name, and names to put in its place. */
  committee?: { from: string; to: string[] };
  /** Dates (and bare years) move by up to this many weeks, as the synthetic corpus's copies do. */
  maxWeeks: number;
}

const bareYear = /\b(?:19|20)\d\d\b/g;

/**
 * Questions recombined from the wording of `questions` (never their answers): each takes one of
 * them as a template, swaps its topic phrase for another, moves its dates and years, and names
 * another committee. Deterministic for a seed.
 */
export function varyQuestions(questions: string[], variation: QuestionVariation): string[] {
  const random = createRandom(variation.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const topics = [...variation.topics].sort((a, b) => b.length - a.length);
  const varied: string[] = [];
  for (let index = 0; index < variation.count; index += 1) {
    let question = pick(questions);
    const topic = topics.find((phrase) => question.toLowerCase().includes(phrase.toLowerCase()));
    if (topic) question = replaceOnce(question, topic, pick(variation.topics));
    const days = 7 * Math.floor(random() * (variation.maxWeeks + 1));
    question = shiftYears(shiftDates(question, days), Math.floor(days / 365));
    if (variation.committee)
      question = renameCommittee(question, variation.committee.from, pick(variation.committee.to));
    varied.push(question);
  }
  return varied;
}

function replaceOnce(text: string, phrase: string, replacement: string): string {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  return text.slice(0, at) + replacement + text.slice(at + phrase.length);
}

/** Moves years written on their own ("in 2022-2023", "October 2023"), not those inside full dates. */
export function shiftYears(text: string, years: number): string {
  if (years === 0) return text;
  const dates = findDates(text).map((date) => [date.index, date.index + date.length] as const);
  return text.replace(bareYear, (year, at: number) =>
    dates.some(([start, end]) => at >= start && at < end) ? year : String(Number(year) + years),
  );
}
