import { titleCase } from '../../src/core/committee-names.js';
import type { Line } from '../../src/core/lines.js';
import { findMeetingDate } from './find-meeting-date.js';

export interface MeetingHeader {
  committee: string;
  meetingDate?: string;
  /** Index of the header's last line. */
  lastLineIndex: number;
}

// Words that name a body that meets; a header naming none of them is not trusted for the committee.
const bodyWord =
  /\b(?:committee|commission|board|panel|cabinet|council|forum|district|assembly|authority|executive|partnership|group|trust|sub-committee|subcommittee|conference|inquiry)\b/i;
const meetingKinds =
  '(?:(?:ordinary|annual|extraordinary|special|monthly|regular|adjourned|statutory|budget|full)\\s+)*';
// "MINUTES of a meeting of the Cabinet held …", "Minutes of Proceedings at Meeting of the Municipal District of
// Adare-Rathkeale held at …", "Minutes of the Meeting of Limerick City and County Council's Travel and
// Transportation Strategic Policy Committee held on …", "MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT …".
// Scottish councils write the singular: "MINUTE of MEETING of the EDUCATION COMMITTEE held in …".
const minutesOf = new RegExp(
  `^minutes?\\s+of\\s+(?:the\\s+)?(?:proceedings\\s+(?:at|of)\\s+)?(?:an?\\s+|the\\s+)?${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:held|which took place|that took place)\\b(.*)$`,
  'i',
);
const minutesOfBodyMeeting = new RegExp(
  `^(?:draft\\s+)?minutes\\s+of\\s+(?:the\\s+)?(?:an?\\s+)?(.+?)\\s+${meetingKinds}meeting\\s+(?:held|which took place)\\b(.*)$`,
  'i',
);
const minutesOfLine = new RegExp(
  `^minutes\\s+of\\s+(?:the\\s+)?(?:an?\\s+)?${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s*$`,
  'i',
);
const bodyMeetingMinutes = new RegExp(`^(.+?)\\s+${meetingKinds}meeting\\s+minutes$`, 'i');
// "An extraordinary meeting of the County Council will be held in the Council Chamber … on Thursday, 9th January".
const meetingWillBeHeld = new RegExp(
  `\\b${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:will|is to|shall)\\s+be\\s+held\\b(.*)$`,
  'i',
);
// A header is read over this many non-empty lines: converters break long headers, one word a line at worst.
const headerLines = 16;
const headerEnd = /^(?:present|members present|in attendance|attendance|apologies|councillors? present)\b/i;

/** The committee and date a minutes header names, read across the lines the converter broke it into. */
export function readMinutesHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const clean = lines[index]?.clean ?? '';
  const titled = bodyMeetingMinutes.exec(clean);
  if (titled) {
    // "CITY COUNCIL REGULAR MEETING MINUTES" with the date on a line below.
    const { header, lastLineIndex } = joinHeader(lines, index, 4);
    return headerOf(titled[1]!, header.slice(clean.length), lastLineIndex);
  }
  if (!/^(?:draft\s+)?minutes?\b/i.test(clean)) return titleBlockHeader(lines, index);
  const { header, lastLineIndex } = joinHeader(lines, index);
  const match = minutesOf.exec(header) ?? minutesOfBodyMeeting.exec(header);
  if (match) return headerOf(match[1]!, match[2]!, lastLineIndex);
  // "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL" on its own line, the date below: no "held".
  const undated = minutesOfLine.exec(clean);
  if (!undated) return titleBlockHeader(lines, index);
  const near = joinHeader(lines, index, 4);
  return headerOf(undated[1]!, near.header.slice(clean.length), near.lastLineIndex);
}

// "Minutes" alone on its line, as a title under or over the body's name.
const bareMinutesTitle = new RegExp(
  `^(?:(?:draft|approved|unconfirmed)\\s+)?${meetingKinds}(?:meeting\\s+)?minutes(?:\\s+of\\s+(?:the\\s+)?meeting)?$`,
  'i',
);

/**
 * A title block of short lines, as Canadian and US minutes print it: "City of Lakeport" / "Committee of the
 * Whole" / "Minutes" / "Date: Monday, September 9, 2024". It opens at the body's name (or the title above it),
 * and its date is the first on the lines below, before the attendance.
 */
function titleBlockHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const clean = lines[index]!.clean;
  const next = followingLines(lines, index, 2);
  const titleAbove = bareMinutesTitle.test(clean);
  const body = titleAbove ? next.find((line) => namesBody(line.clean)) : namesBody(clean) ? lines[index] : undefined;
  const title = titleAbove ? lines[index] : next.find((line) => bareMinutesTitle.test(line.clean));
  if (!body || !title) return undefined;
  const below = followingLines(lines, Math.max(body.index, title.index), 4);
  const end = below.findIndex((line) => headerEnd.test(line.clean));
  const block = end === -1 ? below : below.slice(0, end);
  const date = findMeetingDate(block.map((line) => line.clean).join('\n'));
  if (!date) return undefined;
  const dated = block.find((line) => findMeetingDate(line.clean) !== undefined)!;
  return { committee: nameCase(body.clean), meetingDate: date, lastLineIndex: dated.index };
}

/** A short line that is a body's name, not a sentence about one. */
function namesBody(clean: string): boolean {
  return bodyWord.test(clean) && clean.length <= 80 && !/[.;:]$/.test(clean) && !/^\d/.test(clean);
}

function followingLines(lines: Line[], index: number, count: number): Line[] {
  const found: Line[] = [];
  for (let position = index + 1; position < lines.length && found.length < count; position += 1) {
    if (lines[position]!.clean !== '') found.push(lines[position]!);
  }
  return found;
}

/** A summons or notice: "A meeting of the Planning Committee will be held at … on Monday 3 June 2024". */
export function readNoticeHeader(line: Line): MeetingHeader | undefined {
  const match = meetingWillBeHeld.exec(line.clean);
  return match ? headerOf(match[1]!, match[2]!, line.index) : undefined;
}

function headerOf(body: string, rest: string, lastLineIndex: number): MeetingHeader | undefined {
  // "Limerick City and County Council's Travel and Transportation Strategic Policy Committee": the body that met.
  // "MINUTES OF THE ORDINARY COUNCIL MEETING": the kind of meeting is no part of the body's name.
  const name = (body.split(/['’]s\s+/).at(-1) ?? body)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(new RegExp(`^${meetingKinds}`, 'i'), '');
  if (!bodyWord.test(name) || name.length > 90 || /\b(?:held|minutes)\b/i.test(name)) return undefined;
  const date = findMeetingDate(readableDate(rest.slice(0, 200)));
  return { committee: nameCase(name), meetingDate: date, lastLineIndex };
}

function joinHeader(lines: Line[], index: number, count = headerLines): { header: string; lastLineIndex: number } {
  const parts: string[] = [];
  let lastLineIndex = index;
  for (let position = index; position < lines.length && parts.length < count; position += 1) {
    const clean = lines[position]!.clean;
    if (clean === '') continue;
    if (position > index && headerEnd.test(clean)) break;
    parts.push(clean);
    lastLineIndex = position;
  }
  // "ADARE-" at a line end and "RATHKEALE" on the next are one word.
  return { header: parts.join(' ').replace(/(\w)- (\w)/g, '$1-$2'), lastLineIndex };
}

/** OCR reads a superscript "th" as ™ or a quote mark: "10™ DECEMBER, 2015". */
function readableDate(text: string): string {
  return text.replace(/(\d)\s?(?:™|"|”|'')/g, '$1th ');
}

/** Capitals are title-cased; a name already in mixed case keeps its own spelling. */
function nameCase(name: string): string {
  return name === name.toUpperCase() ? titleCase(name) : name;
}
