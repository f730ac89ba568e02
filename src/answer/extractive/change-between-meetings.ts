import type { Chunk } from '../../core/chunk.js';
import { formatMeetingDate, monthName, monthNumber, monthPattern } from '../../core/dates.js';
import { splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { ContinuedList } from './list-after-intro.js';

const month = `(${monthPattern})`;
// "Between the March and June 2032 meetings", "since the March meeting", "since the last meeting".
const betweenMonths = new RegExp(`\\bbetween (?:the )?${month}(?: (\\d{4}))? and (?:the )?${month}(?: (\\d{4}))?`, 'i');
const sinceMonth = new RegExp(`\\bsince (?:the )?${month}(?: (\\d{4}))? meeting`, 'i');
const anyMonth = new RegExp(month, 'gi');
const sinceLast = /\bsince (?:the )?(?:last|previous) meeting\b/i;
// Which way a figure moved: "go up or down", "rise or fall", "how has … changed".
const askedDirection =
  /\b(?:go|gone|went) (?:up|down)\b|\b(?:rise|rose|risen|fall|fell|fallen|increase|decrease|drop|grow|grew|reduce)[ds]?\b|\bhow (?:has|have|did)\b[^?]*\bchang/i;
// Words of the asking, not of the measure asked about.
const askingWords = new Set(
  contentTerms(
    'go went gone up down rise rose risen fall fell fallen increase decrease drop grow reduce change changed between since last previous meeting meetings number figure level how did has',
  ),
);
// A share of the measure's words a line must print to give its figure ("rent arrears on council homes").
const measureShare = 0.6;
// An amount, count or share, not a year ("2032") or a day of a month.
const figure = /(?<![\w.])(£?\d[\d,]*(?:\.\d+)?)(\s*(?:million|m\b|bn|billion|%|per ?cent))?/gi;
const year = /^(?:19|20)\d{2}$/;
const dayOfMonth = new RegExp(`^(?:st|nd|rd|th)?\\s+${month}`, 'i');

type Meeting = { month: number; year?: number } | 'latest' | 'previous';

/** The two meetings a question compares a figure between, oldest first, when it asks which way it moved. */
export function meetingsCompared(question: string): [Meeting, Meeting] | undefined {
  if (!askedDirection.test(question)) return undefined;
  const between = betweenMonths.exec(question);
  if (between) {
    const laterYear = between[4] ? Number(between[4]) : undefined;
    return [
      { month: monthNumber(between[1]!), year: between[2] ? Number(between[2]) : laterYear },
      { month: monthNumber(between[3]!), year: laterYear },
    ];
  }
  const since = sinceMonth.exec(question);
  if (since) return [{ month: monthNumber(since[1]!), year: since[2] ? Number(since[2]) : undefined }, 'latest'];
  return sinceLast.test(question) ? ['previous', 'latest'] : undefined;
}

interface Found {
  meetingDate: string;
  passage: RetrievedPassage;
  start: number;
  end: number;
  text: string;
  value: number;
  printed: string;
}

export type Compared = { list: ContinuedList; verdict: string } | { missing: string };

/**
 * Asked which way a figure moved between two meetings, the answer quotes the line giving it at each, oldest
 * first, and says which way only when both are found: one meeting's figure alone reads as the change. The
 * meetings are those of the body whose passage was quoted first; a month asked names the one held in it.
 */
export function changeBetweenMeetings(
  question: string,
  chosen: ContinuedList,
  found: RetrievedPassage[],
): Compared | undefined {
  const asked = meetingsCompared(question);
  const best = chosen.segments[0] && chosen.candidates[chosen.segments[0].passageIndex]?.passage.chunk;
  if (!asked || !best) return undefined;
  const body = (chunk: Chunk) => `${chunk.authority ?? ''} ${chunk.committee}`;
  const ofBody = found.filter((passage) => body(passage.chunk) === body(best) && passage.chunk.meetingDate);
  const held = [...new Set(ofBody.map((passage) => passage.chunk.meetingDate!))].sort();
  const bodyStems = new Set(contentTerms(body(best)));
  const measure = contentTerms(question.replace(anyMonth, ' ').replace(/\d+/g, ' ')).filter(
    (stem) => !askingWords.has(stem) && !bodyStems.has(stem),
  );
  if (measure.length === 0) return undefined;
  const dates = asked.map((meeting) => meetingDateOf(meeting, held));
  const lines = dates.map((date) =>
    date === undefined
      ? undefined
      : figureLine(
          ofBody.filter((passage) => passage.chunk.meetingDate === date),
          measure,
        ),
  );
  const [before, after] = lines;
  if (!before || !after || before.meetingDate === after.meetingDate) {
    const said = (meeting: Meeting, date: string | undefined) =>
      date
        ? `the ${formatMeetingDate(date)} meeting`
        : typeof meeting === 'string'
          ? `the ${meeting} meeting`
          : `a ${monthName(meeting.month)}${meeting.year ? ` ${meeting.year}` : ''} meeting`;
    const given = lines.flatMap((line, index) =>
      line ? [`${said(asked[index]!, dates[index])} (${line.printed})`] : [],
    );
    const absent = lines.flatMap((line, index) => (line ? [] : [said(asked[index]!, dates[index])]));
    const notFound = absent.length > 0 ? absent.join(' or ') : 'a second meeting';
    const missing =
      given.length > 0
        ? `I found the figure for ${given.join(' and ')} but not for ${notFound} in the papers`
        : `I found no figure for ${notFound} in the papers`;
    return { missing: `${missing}, so I cannot say which way it moved.` };
  }
  const candidates = [...chosen.candidates];
  const segments = [before, after].map((line) => {
    let passageIndex = candidates.findIndex((candidate) => candidate.passage.chunk === line.passage.chunk);
    if (passageIndex < 0) passageIndex = candidates.push({ passage: line.passage, coverage: 0 }) - 1;
    const top = chosen.segments[0]!;
    return { start: line.start, end: line.end, text: line.text, passageIndex, score: top.score, signal: top.signal };
  });
  const way = after.value > before.value ? 'up' : after.value < before.value ? 'down' : 'unchanged';
  return {
    list: { candidates, segments },
    verdict: `From ${before.printed} (${formatMeetingDate(before.meetingDate)}) to ${after.printed} (${formatMeetingDate(after.meetingDate)}): ${way}.`,
  };
}

function meetingDateOf(meeting: Meeting, held: string[]): string | undefined {
  if (meeting === 'latest') return held.at(-1);
  if (meeting === 'previous') return held.at(-2);
  return held.find((date) => {
    const [year, monthOf] = date.split('-').map(Number);
    return monthOf === meeting.month && (meeting.year === undefined || year === meeting.year);
  });
}

/**
 * The line of a meeting's passages that gives the measure's figure: the sentence printing most of its words, and
 * in it the figure of the clause that prints most of them ("of which 19 were in bed and breakfast").
 */
function figureLine(passages: RetrievedPassage[], measure: string[]): Found | undefined {
  let best: (Found & { covered: number }) | undefined;
  for (const passage of passages) {
    for (const segment of splitSegments(passage.chunk.text)) {
      const covered = measure.filter((stem) => contentTerms(segment.text).includes(stem)).length;
      if (covered < Math.ceil(measure.length * measureShare) || (best && covered <= best.covered)) continue;
      const value = clauseFigure(segment.text, measure);
      if (!value) continue;
      best = { ...segment, ...value, passage, meetingDate: passage.chunk.meetingDate!, covered };
    }
  }
  return best;
}

function clauseFigure(sentence: string, measure: string[]): { value: number; printed: string } | undefined {
  let best: { value: number; printed: string; covered: number } | undefined;
  for (const clause of sentence.split(/(?<=[.!?])\s+|[,;:]\s|\s(?:while|whereas)\s/)) {
    const covered = measure.filter((stem) => contentTerms(clause).includes(stem)).length;
    if (covered === 0 || (best && covered <= best.covered)) continue;
    for (const match of clause.matchAll(figure)) {
      const digits = match[1]!.replace(/[£,]/g, '');
      const after = clause.slice(match.index + match[0].length);
      if (!match[2] && (year.test(digits) || dayOfMonth.test(after))) continue;
      const scale = /million|m\b/i.test(match[2] ?? '') ? 1e6 : /bn|billion/i.test(match[2] ?? '') ? 1e9 : 1;
      best = { value: Number(digits) * scale, printed: `${match[1]}${match[2] ?? ''}`.trim(), covered };
      break;
    }
  }
  return best && { value: best.value, printed: best.printed };
}
