import { LRUCache } from 'lru-cache';
import { namesChair } from '../../core/chair-titles.js';
import type { Chunk } from '../../core/chunk.js';
import { findDates } from '../../core/dates.js';
import { addClosedForms, contentTerms } from '../../core/tokenize.js';
import type { Expansion } from '../../search/expand-vocabulary.js';
import { spokenDate } from '../../store/searchable-text.js';

const chairStem = contentTerms('chair')[0]!;

export type Weigh = (stem: string) => number;

/**
 * The share of the question's topic weight that a piece of text covers. `credit` may value a
 * matched term below its full weight (a word the heading already carries earns less).
 */
export function coverage(questionStems: string[], present: Set<string>, weigh: Weigh, credit: Weigh = weigh): number {
  const total = questionStems.reduce((sum, stem) => sum + weigh(stem), 0);
  if (total === 0) return 0;
  return questionStems.reduce((sum, stem) => sum + (present.has(stem) ? credit(stem) : 0), 0) / total;
}

/**
 * Stems a text holds, its dates spelled out, and the question's own wording wherever the text
 * says the same thing another way (an acronym, a synonym).
 */
export function presentStems(text: string, expansions: Expansion[]): Set<string> {
  const stems = new Set(stemsOfText(text));
  for (const expansion of expansions) {
    const { used, alternatives } = expansionStems(expansion);
    const bridged = alternatives.some((alternative) => alternative.every((stem) => stems.has(stem)));
    if (bridged) for (const stem of used) stems.add(stem);
  }
  return stems;
}

// An expansion's wordings, stemmed once: answering tests every passage and line against the same question's.
const stemmedExpansions = new WeakMap<Expansion, { used: string[]; alternatives: string[][] }>();

function expansionStems(expansion: Expansion): { used: string[]; alternatives: string[][] } {
  let stemmed = stemmedExpansions.get(expansion);
  if (!stemmed) {
    stemmed = {
      used: contentTerms(expansion.used),
      alternatives: expansion.alternatives.map((alternative) => contentTerms(alternative)),
    };
    stemmedExpansions.set(expansion, stemmed);
  }
  return stemmed;
}

/**
 * Texts whose own stems were found lately, bounded by their characters (a few MB). Answering scores
 * the same passages and sentences several times a question (ranking, judging the evidence, choosing
 * the sentences) and the same popular passages question after question; tokenising, stemming and
 * finding dates was about a sixth of the answering process's CPU under concurrent askers.
 */
const rememberedTexts = new LRUCache<string, ReadonlySet<string>>({
  maxSize: 2_000_000,
  sizeCalculation: (_stems, text) => Math.max(text.length, 1),
});

/** The stems a text holds whatever the question: its words, its dates spelled out, and the chair it names. */
function stemsOfText(text: string): ReadonlySet<string> {
  const remembered = rememberedTexts.get(text);
  if (remembered) return remembered;
  const dates = findDates(text).map((date) => spokenDate(date.iso));
  const stems = new Set(contentTerms(`${addClosedForms(text)} ${dates.join(' ')}`));
  // "Mr Gough (Chairman)", "An Cathaoirleach", "chairperson", "(Convener)", "(Mayor)", "called the meeting to
  // order", "Present: Mayor T. Okonkwo, …": whoever chairs is the chair.
  if (
    /\b(?:chairman|chairwoman|chairperson|chairs|cathaoirleach|presiding|presided|conven[eo]r|called the meeting to order)\b/i.test(
      text,
    ) ||
    namesChair(text)
  )
    stems.add(chairStem);
  rememberedTexts.set(text, stems);
  return stems;
}

/** The text a passage is judged on: its heading path, its meeting date in words, and its words. */
export function passageContext(chunk: Chunk): string {
  return [headingContext(chunk), chunk.text].join('\n');
}

export function headingContext(chunk: Chunk): string {
  return [chunk.headingPath.slice(2).join(' '), chunk.meetingDate ? spokenDate(chunk.meetingDate) : ''].join(' ');
}
