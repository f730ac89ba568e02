import type { Chunk } from '../../core/chunk.js';
import { monthNames } from '../../core/dates.js';
import { splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { DateRange } from '../../search/find-date-range.js';
import { mentionsDateIn } from '../../search/mentions-date-in.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { ScoredSegment } from './select-segments.js';

// A plan lists a sitting's business on one row; two papers planning it (last year's and this year's
// programme) say as much as any more would.
const maxPassages = 2;

/**
 * "What is on the agenda for the 14 May meeting?" when the papers hold no sitting that day: a work
 * programme or another meeting's agenda plans it, and its lines naming that day are the business it is
 * to take. Only the lines naming the day: the rest of the plan is other sittings'. A work programme's row
 * lists the business; an agenda naming the day more often only announces it as the next meeting, so its
 * lines answer only when no programme does.
 */
export function plannedBusiness(range: DateRange, passages: RetrievedPassage[]): ScoredSegment[] {
  const fromProgramme = linesNaming(range, passages, (chunk) => chunk.kind === 'work-programme');
  return fromProgramme.length > 0 ? fromProgramme : linesNaming(range, passages, (chunk) => chunk.kind === 'agenda');
}

function linesNaming(
  range: DateRange,
  passages: RetrievedPassage[],
  plans: (chunk: Chunk) => boolean,
): ScoredSegment[] {
  const chosen: ScoredSegment[] = [];
  const used = new Set<number>();
  passages.forEach(({ chunk }, passageIndex) => {
    if (!plans(chunk)) return;
    for (const segment of splitSegments(chunk.text)) {
      if (!mentionsDateIn(segment.text, range) || !printsMoreThanDate(segment.text)) continue;
      if (!used.has(passageIndex) && used.size >= maxPassages) return;
      used.add(passageIndex);
      chosen.push({ ...segment, passageIndex, score: 1, signal: 0 });
    }
  });
  return chosen;
}

/** A line with words beside its date ("14 May · Moorings review"); a programme's empty row ("14-May-31") plans nothing. */
export function printsMoreThanDate(text: string): boolean {
  return contentTerms(text).some((stem) => !/\d/.test(stem) && !calendarStems.has(stem));
}

const calendarStems = new Set(contentTerms([...monthNames, ...monthNames.map((month) => month.slice(0, 3))].join(' ')));

// Words that ask what a sitting is to take: "what's lined up", "the topics planned", "scheduled", "on the agenda".
const businessWords = new Set(contentTerms('agenda item items business topics lined planned scheduled meet coming'));

/**
 * "Which topics are lined up for the board in May 2031?": the month, not a day, of a sitting the question asks
 * the business of, when it asks nothing else (its words are the month's and the asking's). A work programme's
 * row for a day in that month answers it, as for a named day; what the sitting resolved only its record says.
 */
export function monthOfPlannedBusiness(analysis: QuestionAnalysis): DateRange | undefined {
  const range = analysis.dateRange;
  if (!range?.since || !range.until || range.anchor || range.latest) return undefined;
  if (range.since.slice(0, 7) !== range.until.slice(0, 7)) return undefined;
  if (analysis.intent !== 'general' && analysis.intent !== 'date') return undefined;
  const asksBusiness = analysis.stems.some((stem) => businessWords.has(stem));
  const asksNothingElse = analysis.stems.every((stem) => analysis.dateStems.includes(stem) || businessWords.has(stem));
  return asksBusiness && asksNothingElse ? range : undefined;
}
