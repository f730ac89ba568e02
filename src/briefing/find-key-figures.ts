import type { Span } from '../core/paper.js';
import { splitSegments } from '../core/sentences.js';

export interface FoundFigure extends Span {
  /** The figures as written ("44%", "£1.2m", "107"). */
  figures: string[];
  /** The sentence that gives them their meaning, verbatim (offsets are into the document). */
  text: string;
}

const monthWord = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
// Numbers that are not figures: dates, years, times, section, page and statute references ("Schedule 12A"),
// phone numbers, durations.
const notFigures = [
  new RegExp(
    `\\b\\d{1,2}(?:\\s*(?:st|nd|rd|th|<\\/?sup>))*(?:\\s*(?:&|and|-|–|to)\\s*\\d{1,2}(?:\\s*(?:st|nd|rd|th|<\\/?sup>))*)?\\s+(?:of\\s+)?${monthWord}\\b`,
    'gi',
  ),
  new RegExp(`\\b${monthWord}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  /\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/g,
  /\b\d{1,2}-[a-z]{3}-\d{2,4}\b/gi,
  /(?<![£$\d.,])\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\b(?!\s*%)/g,
  // A time, "7.30" or "10:00 am"; not a sum or a share with the same digits ("£1.45 million", "12.50%").
  /(?<![£$€]\s?)\b\d{1,2}[.:]\d{2}(?!\d|\s?(?:%|per\s?cent\b|k\b|m\b|bn\b|million\b|billion\b))\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)/gi,
  /\b(?:pages?|appendix|appendices|item|items|minute|minutes|no\.?|section|sections|paragraph|paragraphs|para|priority|priorities|recommendation|recommendations|option|options|phases?|stages?|year|years|tiers?|levels?|steps?|rounds?|waves?|quarters?|q|schedule|schedules|article|articles|regulation|regulations|rule|rules|chapters?|clause|clauses|annex|annexe|tables?|figures?|charts?)\s+\d+(?:\.\d+)*(?:\s*(?:[-–,&]|to|and)\s*\d+(?:\.\d+)*)*/gi,
  /\b\d+(?:\.\d+){2,}\b/g,
  /\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/g,
  /\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b/g,
  /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*-?\s*(?:days?|weeks?|months?|hours?|minutes?)\b/gi,
  // Ages say whom a service is for ("aged 18 – 21", "up to age 25", "16-year-olds"), not how much of it there is.
  /\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+|up\s+to\s+|under\s+|over\s+)?\d{1,3}(?:\s*(?:[-–]|to|and)\s*\d{1,3})?(?:\s*\+|\s+and\s+(?:over|above|under|older|younger))?/gi,
  // "at 16, young people gain legal rights", "under 18 conception rates", "the over-75s": an age without "aged".
  /\bat\s+(?:1\d|2[0-5])(?=\s*,)|\b(?:under|over)[-\s](?:1\d|2[0-5]|65|75|85)s?\b(?![,.]\d|\s*(?:%|per\s?cent\b|k\b|m\b|bn\b|million\b|billion\b))/gi,
  /\b\d{1,3}(?:\s*(?:[-–]|to)\s*\d{1,3})?[-\s]years?[-\s]olds?\b|\b\d{1,2}(?:st|nd|rd|th)\s+birthday\b|\b\d{1,2}\+(?![\d%])/gi,
];
const leadingNumber = /^\s*(?:[-•*#>]+\s*)*(?:\*\*)?\(?\d+(?:\.\d+)*[.)]?(?:\*\*)?\s+/;
const figurePattern =
  /(?:£\s?)?\b\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?(?:%|per\s?cent\b|k\b|m\b|bn\b|million\b|billion\b))?|(?:£\s?)?\b\d+(?:\.\d+)?(?:\s?(?:%|per\s?cent\b|k\b|m\b|bn\b|million\b|billion\b))?/gi;
const maxSentence = 360;

/**
 * The sentences of a report that carry its numbers (percentages, money, counts), best first by how
 * much they quantify, returned in reading order. Tables and lists of headings are skipped: a figure
 * without its sentence means little.
 */
export function findKeyFigures(
  documentText: string,
  span: Span,
  { limit = 6, title = '' }: { limit?: number; title?: string } = {},
): FoundFigure[] {
  const text = documentText.slice(span.start, span.end);
  // The numbers of the report's own title ("the 18-25 service", "Budget 2025-26") name its subject.
  const subject = new Set(title.match(/\d+(?:[.,]\d+)*/g) ?? []);
  const candidates: (FoundFigure & { score: number; order: number })[] = [];
  const seen = new Set<string>();
  for (const segment of splitSegments(text)) {
    if (!isProse(segment.text)) continue;
    const lead = leadingNumber.exec(segment.text)?.[0].length ?? 0;
    const sentence = segment.text.slice(lead);
    const figures = figuresIn(sentence).filter((figure) => figure.strong || !subject.has(figure.text));
    if (figures.length === 0) continue;
    const window = trimAround(sentence, figures[0]?.index ?? 0);
    const start = span.start + segment.start + lead + window.start;
    const quoted = documentText.slice(start, span.start + segment.start + lead + window.end);
    if (seen.has(quoted)) continue;
    seen.add(quoted);
    const inWindow = figures.filter((figure) => figure.index >= window.start && figure.index < window.end);
    candidates.push({
      figures: inWindow.map((figure) => figure.text),
      text: quoted,
      start,
      end: start + quoted.length,
      score: inWindow.reduce((total, figure) => total + (figure.strong ? 3 : 1), 0),
      order: candidates.length,
    });
  }
  return candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .sort((a, b) => a.order - b.order)
    .map(({ figures, text: quoted, start, end }) => ({ figures, text: quoted, start, end }));
}

interface Figure {
  text: string;
  index: number;
  /** Percentages and money say more than a bare count. */
  strong: boolean;
}

function figuresIn(sentence: string): Figure[] {
  const masked = new Array<boolean>(sentence.length).fill(false);
  for (const pattern of notFigures) {
    for (const match of sentence.matchAll(pattern)) masked.fill(true, match.index, match.index + match[0].length);
  }
  const figures: Figure[] = [];
  for (const match of sentence.matchAll(figurePattern)) {
    const digitsAt = match.index + match[0].search(/\d/);
    if (
      masked[digitsAt] ||
      /[\d.,/-]$/.test(sentence.slice(0, match.index)) ||
      /^[/-]\d/.test(sentence.slice(match.index + match[0].length))
    )
      continue;
    const value = match[0].trim();
    const strong = /%|per\s?cent|£|k$|m$|bn$|million|billion/i.test(value);
    if (!strong && Number(value.replace(/,/g, '')) < 10) continue;
    figures.push({ text: value, index: match.index, strong });
  }
  return figures;
}

/**
 * Running prose: enough words, no table cells or markup, and a sentence's start: one opening in lower case
 * ("admissions following violent crime …") is the tail of a sentence a page break cut, meaningless alone.
 */
function isProse(text: string): boolean {
  if (/\t|<(?:ul|li|td|tr|table)\b|\|.*\|/i.test(text)) return false;
  if (/^[^\p{L}\d£$€]*\p{Ll}/u.test(text.replace(leadingNumber, ''))) return false;
  return text.split(/\s+/).filter((word) => /[a-z]{2,}/i.test(word)).length >= 6;
}

function trimAround(sentence: string, index: number): { start: number; end: number } {
  if (sentence.length <= maxSentence) return { start: 0, end: sentence.trimEnd().length };
  let start = Math.max(0, index - 150);
  let end = Math.min(sentence.length, start + maxSentence);
  if (start > 0) start = sentence.indexOf(' ', start) + 1;
  if (end < sentence.length) end = sentence.lastIndexOf(' ', end);
  return { start, end };
}
