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
