import { contentTerms, words } from '../../core/tokenize.js';
import type { Weigh } from './score-evidence.js';

export interface Compound {
  /** The words typed together, in order. */
  stems: string[];
  /** The most specific of them. */
  key: string;
}

// Words that open a new noun phrase ("bought another company"): a compound does not run across them.
const determiners = new Set(['another', 'every', 'either', 'neither', 'several', 'such']);

/**
 * The question's compounds ("electric school buses", "ski resorts"), each by its most specific word: runs of
 * two or more of the given topic words typed together within a clause, and of each the word `specificity`
 * rates highest. A word the given topic leaves out (a name, a date, a word of the speaker asked about)
 * breaks a run, as do a determiner and punctuation.
 */
export function topicCompounds(question: string, topic: readonly string[], specificity: Weigh): Compound[] {
  const wanted = new Set(topic);
  const compounds: Compound[] = [];
  for (const clause of question.split(/[,;:?!.()"“”]+/)) {
    let run: string[] = [];
    const close = () => {
      if (run.length >= 2)
        compounds.push({
          stems: run,
          key: run.reduce((top, stem) => (specificity(stem) > specificity(top) ? stem : top)),
        });
      run = [];
    };
    for (const word of words(clause)) {
      const stem = contentTerms(word)[0];
      if (stem !== undefined && wanted.has(stem) && !determiners.has(word)) run.push(stem);
      else close();
    }
    close();
  }
  return compounds;
}

/**
 * When the question's whole topic is one compound of two words ("parking charges?", "the tram depot"), the
 * words a passage must hold together: a passage printing one half ("free of charge", "the bus depot") is on
 * something else. A word the index never saw is left out (the asker's own vocabulary, judged on its own). A
 * longer run holds modifiers the papers put their own way ("a particular fundraising campaign"), and a topic of
 * one word or of several compounds asks nothing here; nor does a question typing a name or an acronym
 * (`named`), which says what it is about more surely than the words around it.
 */
export function wholeTopicCompound(
  question: string,
  topic: readonly string[],
  named: readonly string[],
  specificity: Weigh,
  isUnseen: (stem: string) => boolean,
): string[] {
  if (named.length > 0) return [];
  const compounds = topicCompounds(question, topic, specificity);
  if (compounds.length !== 1) return [];
  const typed = compounds[0]!.stems;
  if (!topic.every((stem) => typed.includes(stem))) return [];
  const run = endsWithVerb(question, typed) ? typed.slice(0, -1) : typed;
  const held = run.filter((stem) => !isUnseen(stem));
  return held.length === 2 && run.length === 2 ? held : [];
}

// An auxiliary opening the question ("how much did", "was", "when were"): the verb it asks of comes last.
const auxiliary =
  /^\W*(?:(?:how|what|when|where|who|which|why)\s+(?:[\p{L}'’-]+\s+)?)?(did|does|do|has|have|had|will|would|can|could|should|is|are|was|were)\b/iu;

/**
 * Whether the compound's last word is the question's verb, typed after its subject: "how much did the harbour
 * lighting cost?", "was the depot application approved?", but not "what was the parking charge?". Only a
 * compound that closes the question ends on that verb: in "what did the parish pay Paragon Bank, and what
 * for?" the verb comes first and the compound's last word is part of the name.
 */
function endsWithVerb(question: string, compound: readonly string[]): boolean {
  const opening = auxiliary.exec(question)?.[1]?.toLowerCase();
  if (opening === undefined) return false;
  const last = words(question).at(-1) ?? '';
  if (contentTerms(last)[0] !== compound.at(-1)) return false;
  return !['is', 'are', 'was', 'were'].includes(opening) || /(?:ed|en)$/i.test(last);
}
