import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import type { AgendaDetail, AgendaItem, NextMeeting } from '../../src/core/paper.js';
import { trimEnd } from './parse-minutes.js';

const itemLine = /^(\d{1,2})\.\s+(.+)$/;
const timePattern = /\b(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)|\d{1,2}[.:]\d{2})/i;

/** Extracts the meeting's time and venue, its numbered items and the next meeting's date. */
export function parseAgenda(text: string, lines: Line[]): AgendaDetail {
  const dateLine = lines.find((line) => /^Date and Time\b/i.test(line.clean));
  const venueLine = lines.find((line) => /^Venue\b/i.test(line.clean));
  const agendaHeading = lines.find((line) => /^A\s?G\s?E\s?N\s?D\s?A$/i.test(line.clean));
  const items = findAgendaItems(
    text,
    lines.filter((line) => !agendaHeading || line.index > agendaHeading.index),
  );
  return {
    time: meetingTime(lines, dateLine),
    venue: venueLine?.clean.replace(/^Venue\s*:?-?\s*/i, '').trim() || undefined,
    items,
    nextMeeting: findNextMeeting(text, lines),
  };
}

/** "Date and Time:- Tuesday 5 December 2023 at 10.00 a.m.", or a separate "Time: 10.00 a.m." line. */
function meetingTime(lines: Line[], dateLine: Line | undefined): string | undefined {
  const afterAt =
    dateLine?.clean
      .split(/\bat\b/i)
      .slice(1)
      .join(' ') ?? '';
  const timeLine = lines.find((line) => /^Time\s*:/i.test(line.clean))?.clean.replace(/^Time\s*:-?/i, '') ?? '';
  return timePattern.exec(afterAt)?.[1]?.trim() ?? timePattern.exec(timeLine)?.[1]?.trim();
}

function findAgendaItems(text: string, lines: Line[]): AgendaItem[] {
  const headings: { line: Line; number: string; title: string }[] = [];
  for (const line of lines) {
    const match = itemLine.exec(line.clean);
    if (!match) continue;
    const number = match[1]!;
    const previous = headings.at(-1);
    if (previous ? Number(number) !== Number(previous.number) + 1 : Number(number) !== 1) continue;
    headings.push({ line, number, title: match[2]!.replace(/\s*\(Pages?[^)]*\)\s*$/i, '').trim() });
  }
  const end = lines.at(-1)?.end ?? 0;
  return headings.map((heading, position) => {
    const itemEnd = trimEnd(text, heading.line.start, headings[position + 1]?.line.start ?? end);
    const description = text
      .slice(heading.line.end, itemEnd)
      .replace(/<[^>]+>|\*\*/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { number: heading.number, title: heading.title, description, start: heading.line.start, end: itemEnd };
  });
}

function findNextMeeting(text: string, lines: Line[]): NextMeeting | undefined {
  const from = lines[0]?.start ?? 0;
  const to = lines.at(-1)?.end ?? 0;
  const region = text.slice(from, to);
  // Within one paragraph, so the heading "Date and time of the next meeting" cannot swallow the sentence under it.
  const matches = [
    ...region.matchAll(/next meeting(?:(?!\n[ \t]*\n)[\s\S]){0,80}?(?:held|take place|takes place|will be|is)\b/gi),
  ];
  for (const match of matches.reverse()) {
    const start = from + match.index;
    const paragraphEnd = region.slice(match.index).search(/\n[ \t]*\n/);
    const end = trimEnd(text, start, paragraphEnd === -1 ? to : start + paragraphEnd);
    const sentence = text
      .slice(start, end)
      .replace(/<[^>]+>|\*\*/g, '')
      .replace(/\s+/g, ' ');
    const date = findFirstDate(sentence);
    if (!date) continue;
    const afterDate = sentence.slice(date.index + date.length);
    const time = timePattern.exec(afterDate)?.[1]?.trim();
    const venue =
      /\b(?:in|at)\s+((?:the\s+)?[A-Z][^.,]*?(?:Hall|House|Centre|Room|Chamber|Offices|Building)[^.]*)/.exec(
        afterDate,
      )?.[1];
    return { date: date.iso, time, venue: venue?.trim(), start, end };
  }
  return undefined;
}
