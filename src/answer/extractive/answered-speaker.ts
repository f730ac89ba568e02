import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';
import { personTitles } from './answer-kinds.js';

/** The verbs and nouns of a person's own word, after their name in a question ("Cllr Amery said", "Dr Okafor's view"). */
export const ownWord =
  '(?:say|said|says|think|thought|thinks|argue|argued|feel|felt|believe|believed|want|wanted|suggest|suggested|propose|proposed|comment|commented|raise|raised|view|views|position|stance|opinion|concerns?)\\b';
// "What did cllr Amery think …", "what was Dr Okafor's view": a titled person, typed in any case, then their own word.
const titledSpeaker = new RegExp(String.raw`\b(?:${personTitles})\.?\s+([\p{L}'’-]+)(?:'s|’s)?\s+${ownWord}`, 'iu');
// How minutes name the member an officer answered: "In response to Cllr Amery,", "In reply to Councillor Dunne and
// Cllr Amery,", "responding to Mr Amery". Names are capitalised, and joined by "and": after a comma comes the one
// who replied ("In response to Cllr Dunne, Cllr Amery said …").
const titledName = String.raw`(?:(?:${personTitles})\.?\s+)?(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]*`;
const answeredPhrase = new RegExp(
  String.raw`\b(?:[Ii]n (?:response|reply|answer) to|[Rr]esponding to|[Rr]eplying to)\s+(?:(?:a |the )?questions? (?:from|by)\s+)?${titledName}(?:,?\s+and\s+${titledName}){0,2}`,
  'gu',
);

/** The stems of the titled person whose own word the question asks for ("what did Cllr Amery think …"). */
export function askedSpeaker(question: string): string[] {
  const name = titledSpeaker.exec(question)?.[1];
  return name ? contentTerms(name) : [];
}

/**
 * A line naming the person asked about only as the one an officer answered ("In response to Cllr Amery, the
 * engineer advised …") reports the officer's word, not theirs.
 */
export function namesOnlyAsAnswered(text: string, speaker: string[]): boolean {
  if (speaker.length === 0) return false;
  const names = (part: string) => {
    const stems = new Set(contentTerms(part));
    return speaker.some((stem) => stems.has(stem));
  };
  if (!names(text)) return false;
  const answered = [...text.matchAll(answeredPhrase)].map((match) => match[0]);
  if (!answered.some(names)) return false;
  const rest = answered.reduce((left, phrase) => left.replace(new RegExp(escapeRegExp(phrase), 'u'), ' '), text);
  return !names(rest);
}
