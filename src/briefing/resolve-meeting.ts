import * as chrono from 'chrono-node';
import { findDates, formatMeetingDate, toIso } from '../core/dates.js';
import { QuorumError } from '../core/errors.js';
import type { Part } from '../core/paper.js';
import { contentTerms } from '../core/tokenize.js';

export interface ResolvedMeeting<T> {
  agenda: T;
  /** Said to the reader when the choice was not exactly what they asked for. */
  note?: string;
}

const nextWords = /^\s*(?:the\s+)?(?:next|upcoming|forthcoming)\b(?:\s+meeting\b)?/i;
const fillerWords = new Set(contentTerms('meeting brief briefing on the of for me please agenda pack'));

/**
 * Finds the agenda a briefing request means: "next"/"upcoming" (the soonest on or after today, else the
 * latest, said so), an ISO or written date ("2023-12-05", "5 December 2023", "5 Dec 2023"), optionally
 * with a committee name. An unknown meeting is a `not_found` error naming the agendas there are.
 */
export function resolveMeeting<T extends { part: Part }>(agendas: T[], request: string, now: Date): ResolvedMeeting<T> {
  const dated = agendas.filter((agenda) => agenda.part.meetingDate !== null);
  const next = nextWords.exec(request);
  const { date, rest } = next
    ? { date: undefined, rest: request.slice(next[0].length) }
    : findRequestedDate(request, now);
  const candidates = dated.filter((agenda) => matchesCommittee(agenda.part.committee, rest));
  if (next) return soonest(candidates, now, dated, request);
  const onDate = date ? candidates.filter((agenda) => agenda.part.meetingDate === date) : [];
  if (onDate.length === 0) throw notFound(request, dated);
  const [first, ...others] = onDate;
  if (!first) throw notFound(request, dated);
  if (others.length === 0) return { agenda: first };
  const names = others.map((agenda) => agenda.part.committee).join(', ');
  return {
    agenda: first,
    note: `Several meetings on ${formatMeetingDate(date ?? null)}: briefing ${first.part.committee}; name the committee to choose (${names}).`,
  };
}

function soonest<T extends { part: Part }>(
  candidates: T[],
  now: Date,
  dated: T[],
  request: string,
): ResolvedMeeting<T> {
  const today = now.toISOString().slice(0, 10);
  const dateOf = (agenda: T) => agenda.part.meetingDate ?? '';
  const byDate = [...candidates].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const upcoming = byDate.find((agenda) => dateOf(agenda) >= today);
  if (upcoming) return { agenda: upcoming };
  const latest = byDate.at(-1);
  if (!latest) throw notFound(request, dated);
  return {
    agenda: latest,
    note: `No agenda is indexed for a meeting on or after ${formatMeetingDate(today)}; this is the latest one (${formatMeetingDate(latest.part.meetingDate)}).`,
  };
}

/** The date a request names (ISO, written or plain words) and the rest of it, which may name a committee. */
export function findRequestedDate(request: string, now: Date): { date?: string; rest: string } {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(request);
  if (iso)
    return {
      date: toIso(Number(iso[1]), Number(iso[2]), Number(iso[3])),
      rest: without(request, iso.index, iso[0].length),
    };
  const written = findDates(request)[0];
  if (written) return { date: written.iso, rest: without(request, written.index, written.length) };
  const parsed = chrono.en.GB.parse(request, now)[0];
  if (!parsed) return { rest: request };
  const { start } = parsed;
  return {
    date: toIso(start.get('year') ?? now.getUTCFullYear(), start.get('month') ?? 0, start.get('day') ?? 0),
    rest: without(request, parsed.index, parsed.text.length),
  };
}

/** Whether the words of a request beside its date name the committee, or name none. */
export function matchesCommittee(committee: string, text: string): boolean {
  const wanted = contentTerms(text).filter((term) => !fillerWords.has(term));
  if (wanted.length === 0) return true;
  const names = new Set(contentTerms(committee));
  return wanted.filter((term) => names.has(term)).length / wanted.length >= 0.5;
}

function without(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`;
}

function notFound(request: string, agendas: { part: Part }[]): QuorumError {
  const known = [...new Set(agendas.map((agenda) => `${agenda.part.meetingDate} (${agenda.part.committee})`))].sort();
  const listing = known.length > 0 ? `Agendas indexed: ${known.join(', ')}.` : 'No agendas are indexed yet.';
  return new QuorumError('not_found', `No agenda found for "${request.trim()}". ${listing}`);
}
