import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import type { AgendaDetail, AgendaItem, NextMeeting } from '../../src/core/paper.js';
import { trimEnd } from './parse-minutes.js';

// An item may follow its start time in a time column ("10:35\t4. Riverside Path Lighting").
const itemLine = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?(\d{1,2})\.\s+(.+)$/i;
const timePattern = /\b(\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)|\d{1,2}[.:]\d{2})/i;

/** Extracts the meeting's time and venue, its numbered items and the next meeting's date. */
export function parseAgenda(text: string, lines: Line[]): AgendaDetail {
  const dateLine = lines.find((line) => /^Date and Time\b/i.test(line.clean));
  const venueLine = lines.find((line) => /^Venue\b/i.test(line.clean));
  const agendaHeading = lines.find((line) => /^A\s?G\s?E\s?N\s?D\s?A$/i.test(line.clean));
  const itemLines = lines.filter((line) => !agendaHeading || line.index > agendaHeading.index);
  const headings = findItemHeadings(itemLines);
  const closingLine = findClosingMatter(itemLines, headings.at(-1)?.line);
  const end = closingLine?.start ?? lines.at(-1)?.end ?? 0;
  const partEnd = lines.at(-1)?.end ?? 0;
  const closing = closingLine
    ? { start: closingLine.start, end: trimEnd(text, closingLine.start, partEnd) }
    : undefined;
  const dated = datedHeadingLine(lines, headings[0]?.line);
  return {
    time: meetingTime(lines, dateLine) ?? dated?.time,
    venue: venueLine?.clean.replace(/^Venue\s*:?-?\s*/i, '').trim() || dated?.venue,
    items: itemsOf(
      text,
      headings,
      end,
      itemLines.filter((line) => partHeading.test(line.clean)),
    ),
    nextMeeting: findNextMeeting(text, lines),
    ...(closing && closing.end > closing.start ? { closing } : {}),
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

// "Council Chamber, Civic Offices, Harwick", "Committee Room 2, Town Hall": a line naming where, under the date.
const venueWords = /\b(?:chamber|hall|room|house|offices|centre|center|building|library|pavilion|institute|suite)\b/i;
const longestVenue = 100;

/**
 * A frontsheet's title block prints the sitting under the committee's name with no "Date and Time:" label:
 * "CABINET" / "Wednesday, 11th September, 2030 at 7.00 pm" / "Council Chamber, Civic Offices, Harwick". The time is
 * the one after the date on that line, the venue the line under it when that names a room or building.
 */
function datedHeadingLine(lines: Line[], firstItem: Line | undefined): { time?: string; venue?: string } | undefined {
  const block = lines.filter((line) => line.clean !== '' && (!firstItem || line.index < firstItem.index)).slice(0, 12);
  for (const [position, line] of block.entries()) {
    const date = findFirstDate(line.clean);
    if (!date) continue;
    const time = /^,?\s*at\s+(.*)$/i.exec(line.clean.slice(date.index + date.length))?.[1];
    const found = time ? timePattern.exec(time)?.[1]?.trim() : undefined;
    if (!found) continue;
    const next = block[position + 1]?.clean ?? '';
    const venue =
      next.length <= longestVenue && venueWords.test(next) && !findFirstDate(next) && !/:/.test(next)
        ? next
        : undefined;
    return { time: found, ...(venue ? { venue } : {}) };
  }
  return undefined;
}

interface ItemHeading {
  line: Line;
  number: string;
  title: string;
}

// "(Pages 5 - 12)", or a contents line's dotted leader to its pages ("Budget Monitoring ...... 13 - 40").
const pageReference = /\s*(?:\(Pages?[^)]*\)|(?:\.{3,}|…+)\s*(?:\d+(?:\s*[-–]\s*\d+)?)?)\s*$/i;

// "3." alone, its title on the next line (as a PDF converter splits a numbered heading).
const bareNumber = /^(\d{1,2})\.$/;

function findItemHeadings(lines: Line[]): ItemHeading[] {
  const headings: ItemHeading[] = [];
  for (const [position, line] of lines.entries()) {
    const match = itemLine.exec(line.clean) ?? titledBelow(lines, position);
    if (!match) continue;
    const number = match[1]!;
    const previous = headings.at(-1);
    if (previous ? Number(number) !== Number(previous.number) + 1 : Number(number) !== 1) continue;
    headings.push({ line, number, title: match[2]!.replace(pageReference, '').trim() });
  }
  return headings;
}

/** A bare number whose next line reads as a title: a short line opening on a capital, with no stop. */
function titledBelow(lines: Line[], position: number): [string, string, string] | undefined {
  const number = bareNumber.exec(lines[position]!.clean)?.[1];
  const title = lines.slice(position + 1).find((line) => line.clean !== '')?.clean;
  if (!number || !title || title.length > 80 || !/^\p{Lu}/u.test(title) || /[.;:]$/.test(title)) return undefined;
  return [title, number, title];
}

// "Part I – Public", "Part II – Exempt", "EXEMPT ITEMS": a heading between items that belongs to neither.
const partHeading =
  /^(?:part (?:1|i|a|2|ii|b)\b(?:\s*[-–—:(]\s*[\w ]{0,40}\)?)?|(?:exempt|unrestricted|restricted|confidential|private|public) (?:items|business)\b.{0,80})$/i;

function itemsOf(text: string, headings: ItemHeading[], end: number, partHeadings: Line[]): AgendaItem[] {
  return headings.map((heading, position) => {
    const nextStart = headings[position + 1]?.line.start ?? end;
    const between = partHeadings.find((line) => line.start > heading.line.start && line.start < nextStart);
    const itemEnd = trimEnd(text, heading.line.start, between?.start ?? nextStart);
    const description = text
      .slice(heading.line.end, itemEnd)
      .replace(/<[^>]+>|\*\*/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return { number: heading.number, title: heading.title, description, start: heading.line.start, end: itemEnd };
  });
}

// What an agenda prints after its last item: the exempt-items notice, a Part 2 heading, the officer's signature.
const closingHeading =
  /^(?:(?:EXEMPT|UNRESTRICTED|RESTRICTED|CONFIDENTIAL|PRIVATE) ITEMS\b|PART (?:2|II|B)\b|EXCLUSION OF (?:THE )?PRESS\b|Yours (?:sincerely|faithfully)\b)/;
// The next meeting's date printed under the items as a label ("Date of next meeting: Monday, 9 November 2026").
const nextMeetingLabel = /^Date (?:and time )?of (?:the )?next meeting\s*:/i;
const signatureName = /^(?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.?)){1,3}$/;
const officerLine =
  /\b(?:General Counsel|Chief Executive|Head of|Director|Monitoring Officer|Democratic Services|Proper Officer|Town Clerk|Clerk to|Secretary)\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/;

// "Contact: A Name, Democratic Services Officer, 01632 …", "Enquiries to: …@….gov.uk": the officer to ask about the
// agenda, printed under its items; an office, a telephone number or an e-mail address on the line makes it one.
const contactLabel =
  /^(?:contact(?:\s+officer)?|enquiries(?:\s+to)?|further\s+information|for\s+(?:further\s+)?(?:information|enquiries)(?:\s+(?:please\s+)?contact)?)\s*:/i;
const emailAddress = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

/** Where the agenda's closing matter starts below the last item, so no item's text runs into it. */
function findClosingMatter(lines: Line[], lastHeading: Line | undefined): Line | undefined {
  if (!lastHeading) return undefined;
  const after = lines.filter((line) => line.index > lastHeading.index && line.clean !== '');
  return after.find(
    (line, position) =>
      closingHeading.test(line.clean) ||
      nextMeetingLabel.test(line.clean) ||
      (contactLabel.test(line.clean) && (officerLine.test(line.clean) || emailAddress.test(line.clean))) ||
      (signatureName.test(line.clean) && officerLine.test(after[position + 1]?.clean ?? '')),
  );
}

function findNextMeeting(text: string, lines: Line[]): NextMeeting | undefined {
  const from = lines[0]?.start ?? 0;
  const to = lines.at(-1)?.end ?? 0;
  const region = text.slice(from, to);
  // Within one paragraph, so the heading "Date and time of the next meeting" cannot swallow the sentence under it.
  const matches = [
    ...region.matchAll(
      /next meeting(?:(?!\n[ \t]*\n)[\s\S]){0,80}?(?:(?:held|take place|takes place|will be|is)\b|:)/gi,
    ),
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
