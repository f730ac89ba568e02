import { contentTerms, words } from '../text/tokenize.js';
import { type DateRange, findDateRange } from './find-date-range.js';

export type QuestionIntent = 'resolution' | 'attendance' | 'declarations' | 'next-meeting' | 'figure' | 'date' | 'general';

export interface QuestionAnalysis {
  question: string;
  /** Content words as typed (lower case), for the full-text query. */
  words: string[];
  /** Their stems, for evidence scoring. */
  stems: string[];
  intent: QuestionIntent;
  dateRange?: DateRange;
}

// Words that frame the question rather than name its topic; scoring evidence on them misleads.
const framingWords = new Set(
  'resolved resolve resolution decided decide decision agreed agree discussed discuss said say tell happen happened commission committee meeting meetings council rotherham according'.split(
    ' ',
  ),
);

export function analyzeQuestion(question: string, now: Date): QuestionAnalysis {
  const lower = question.toLowerCase();
  const topicWords = words(question).filter((word) => !framingWords.has(word));
  return {
    question,
    words: topicWords.filter((word) => contentTerms(word).length > 0),
    stems: [...new Set(contentTerms(topicWords.join(' ')))],
    intent: intentOf(lower),
    dateRange: findDateRange(question, now),
  };
}

function intentOf(question: string): QuestionIntent {
  if (/\b(declar\w*|interests?)\b/.test(question) && /\bdeclar/.test(question)) return 'declarations';
  if (/\b(attend\w*|present|apolog\w*|absent|chair(ed)?|who (was|were) there)\b/.test(question)) return 'attendance';
  if (/\bnext meeting\b|\bmeeting after\b|\bwhen is the (next )?meeting\b|\bwhen will .* meet\b/.test(question)) return 'next-meeting';
  if (/\b(resolv\w*|decid\w*|decision|agree\w*|approv\w*)\b/.test(question)) return 'resolution';
  if (/\bhow (many|much)\b|\bwhat (percentage|proportion|number|rate)\b|\bcompletion rate\b/.test(question)) return 'figure';
  if (/^\s*when\b/.test(question)) return 'date';
  return 'general';
}
