import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { personTitles } from './answer-kinds.js';
import { passageContext, presentStems } from './score-evidence.js';
import type { ScoredSegment } from './select-segments.js';

// "Who is the vice chair …", "who's the clerk", "who chairs …": asked who holds an office now, not on a day.
const asksHolderNow =
  /\bwho(?:'s|’s|s| is| are) (?:the |its |their |our )?(?:current |present )?((?:vice|deputy)[- ]?)?(chair(?:man|woman|person)?|clerk|mayor|secretary|treasurer|cathaoirleach)\b|\bwho (?:currently |now )?(chair)s\b/i;
// A name as lists and signature lines print it: "Cllr Wendy Ash", "Mrs P Orrell", "Knight".
const name = String.raw`(?:(?:${personTitles})\.?\s+)?(?:[A-Z]\.?\s+){0,3}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]{2,})?`;
// Office words are no topic: every passage naming the holder prints them.
const officeStems = new Set(
  contentTerms(
    'vice deputy chair chairman chairwoman chairperson clerk mayor secretary treasurer cathaoirleach current present',
  ),
);

/**
 * "Who is the vice chair of the commission?" asks who holds the office now: where the papers print the holder more
 * than once, a newer paper's membership line or signature outranks an older one's, however the older one ranks for
 * the question's words. Holders are printed bound to the office: "Vice-Chair: Cllr A Name", "Name (Vice-Chair)".
 * A question naming a day or a year asks about that time instead, and is left to the usual ranking.
 */
export function latestOfficeHolder(
  passages: RetrievedPassage[],
  analysis: QuestionAnalysis,
): { segment: ScoredSegment; passage: RetrievedPassage } | undefined {
  if (analysis.dateRange) return undefined;
  const asked = asksHolderNow.exec(analysis.question);
  if (!asked) return undefined;
  const qualifier = asked[1]
    ? `${anyCase(asked[1].toLowerCase().replace(/[- ]$/, ''))}[- ]?`
    : `(?<!(?:${anyCase('vice')}|${anyCase('deputy')})[- ]?)`;
  const office = `${qualifier}${anyCase((asked[2] ?? asked[3])!.toLowerCase().replace(/(?:man|woman|person)$/, ''))}(?:${anyCase('man')}|${anyCase('woman')}|${anyCase('person')})?\\b`;
  const holder = new RegExp(String.raw`${office}\s*[:–-]\s*${name}|${name}\s*\(${office}\)`, 'u');
  const topic = analysis.stems.filter((stem) => !officeStems.has(stem) && !analysis.namedStems.includes(stem));
  let best: { segment: ScoredSegment; passage: RetrievedPassage } | undefined;
  for (const passage of passages) {
    const { chunk } = passage;
    const present = presentStems(passageContext(chunk), analysis.expansions);
    if (!topic.every((stem) => present.has(stem))) continue;
    const line = [...chunk.text.matchAll(/[^\n]+/g)].find((match) => holder.test(match[0]));
    if (!line) continue;
    if (best && (chunk.meetingDate ?? '') <= (best.passage.chunk.meetingDate ?? '')) continue;
    const trimmed = line[0].trim();
    const start = line.index + line[0].indexOf(trimmed);
    best = {
      passage,
      segment: { start, end: start + trimmed.length, text: trimmed, passageIndex: 0, score: 1, signal: 1 },
    };
  }
  return best;
}

/** A word matched in any case ("[Cc][Hh][Aa][Ii][Rr]"), while the name beside it keeps its capitals. */
function anyCase(word: string): string {
  return [...word].map((letter) => (/[a-z]/.test(letter) ? `[${letter.toUpperCase()}${letter}]` : letter)).join('');
}
