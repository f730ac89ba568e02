import { contentTerms } from '../../core/tokenize.js';
import { shownKinds, wantedKinds } from './answer-kinds.js';

// "How old is the traffic calming policy?": a thing's age is as often told by the year it was made ("the current
// (2018) policy") as in years.
const yearPrinted = /\b(?:19|20)\d{2}\b/;

// The words of an age itself, and of whoever is aged ("young people", "children"): a line that shares only these
// with the question gives the age of other people ("young people aged 10+ cared for in their families" is no age
// to join the youth cabinet).
const agedWords = new Set(
  contentTerms(
    'age ages aged old older year years young youth people person persons child children adult adults pupil pupils student students resident residents kid kids',
  ),
);

/**
 * "From what age can young people join the youth cabinet?" answered only by lines that print no age, or the age of
 * someone doing something else: the papers name the topic but not the age, and quoting them reads as an answer
 * that is not there.
 */
export function omitsAgeAsked(question: string, lines: string[]): boolean {
  if (lines.length === 0 || !wantedKinds(question).has('age')) return false;
  const howOld = /\bhow old\b/i.test(question);
  const topic = new Set(contentTerms(question).filter((stem) => !agedWords.has(stem)));
  const onTopic = (line: string) => contentTerms(line).some((stem) => topic.has(stem));
  return !lines.some((line) => (shownKinds(line).has('age') && onTopic(line)) || (howOld && yearPrinted.test(line)));
}
