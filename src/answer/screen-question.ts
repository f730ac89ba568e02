import { findDates, findImpossibleDates, monthPattern } from '../core/dates.js';
import { contentTerms } from '../core/tokenize.js';
import type { Answer, AnswerQuestion, AnswerRequest } from './answer.js';

const monthOrYear = new RegExp(String.raw`\b(?:${monthPattern})\b|\b(?:19|20)\d{2}\b`, 'i');

/**
 * What a question gets before any search, when searching could only mislead: a date that does not
 * exist is said to be impossible (rather than answered from a neighbouring meeting), and text with no
 * word to search for ("" OR 1=1 --") gets an abstention rather than passages that match a digit.
 */
export function screenQuestion({ question, history }: AnswerRequest): Answer | undefined {
  const impossible = findImpossibleDates(question);
  if (impossible.length > 0) {
    const [first] = impossible;
    return reply(
      `There is no ${first?.phrase}: ${first?.reason}. Please check the date and ask again, for example with the meeting date as it appears on the papers.`,
    );
  }
  // A follow-up ("and after that?") borrows its topic from the conversation.
  if (history && history.length > 0) return undefined;
  const topical = contentTerms(question).some((term) => /\p{L}/u.test(term));
  if (!topical && findDates(question).length === 0 && !monthOrYear.test(question)) {
    return reply(
      'I could not find a question in that. Ask about a committee, an item, a report or a meeting date, for example "What was resolved about school transport in March 2024?"',
    );
  }
  return undefined;
}

/** The answerer behind a screen: screened questions never reach retrieval. */
export function screenQuestions(answerQuestion: AnswerQuestion): AnswerQuestion {
  return async (request) => screenQuestion(request) ?? answerQuestion(request);
}

function reply(text: string): Answer {
  return { text, citations: [], abstained: true, passages: [] };
}
