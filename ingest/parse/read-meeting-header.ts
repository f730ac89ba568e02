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
  /\b(?:committee|commission|board|panel|cabinet|council|forum|district|assembly|authority|executive|partnership|group|trust|sub-committee|subcommittee|conference|inquiry|governing body|governors|liaison)\b/i;
const meetingKinds =
  '(?:(?:ordinary|annual|extraordinary|special|monthly|regular|adjourned|statutory|budget|full|virtual|remote|online|hybrid)\\s+)*';
// "MINUTES of a meeting of the Cabinet held …", "Minutes of Proceedings at Meeting of the Municipal District of
// Adare-Rathkeale held at …", "Minutes of the Meeting of Limerick City and County Council's Travel and
// Transportation Strategic Policy Committee held on …", "MINUTES OF WRETTON PARISH COUNCIL MEETING HELD AT …".
// Scottish councils write the singular: "MINUTE of MEETING of the EDUCATION COMMITTEE held in …". Quebec councils
// sit rather than meet: "MINUTES of the regular sitting of the municipal council of the Municipality of …, held on …".
const minutesOf = new RegExp(
  `^minutes?\\s+of\\s+(?:the\\s+)?(?:proceedings\\s+(?:at|of)\\s+)?(?:an?\\s+|the\\s+)?${meetingKinds}(?:meeting|sitting)\\s+of\\s+(?:the\\s+)?(.+?),?\\s+(?:held|which took place|that took place)\\b(.*)$`,
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
// "Planning Committee Minutes – 14 April 2032": a cover's title, the body, "Minutes" and the date after a dash.
const bodyMinutesDated = /^(.{3,80}?)\s+minutes\s*[–—:-]\s*(.*\d{4})$/i;
// "MINUTES OF THE REGULAR CITY COUNCIL MEETING", "Minutes of the Council Meeting": the body before "meeting",
// the date on a line below.
const minutesOfBodyMeetingLine = new RegExp(
  `^(?:draft\\s+)?minutes\\s+of\\s+(?:the\\s+)?(?:an?\\s+)?(.+?)\\s+${meetingKinds}meeting$`,
  'i',
);
// "Minutes of the Infrastructure and Services Committee held in the Council Chamber … on Wednesday 19 March
// 2025" (New Zealand): no "meeting" word at all.
const minutesOfBodyHeld = /^(?:draft\s+)?minutes\s+of\s+(?:the\s+)?(.+?)\s+held\b(.*)$/i;
// "An extraordinary meeting of the County Council will be held in the Council Chamber … on Thursday, 9th January".
const meetingWillBeHeld = new RegExp(
  `\\b${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+(?:will|is to|shall)\\s+be\\s+held\\b(.*)$`,
  'i',
);
// A summons: "You are hereby summoned to attend a meeting of the Licensing Committee to be held in … on …". A
// bare "to be held" is no summons: minutes refer decisions to "the meeting of the County Council to be held on …".
const summonedToMeeting = new RegExp(
  `\\b(?:summoned|invited|requested)\\s+to\\s+attend\\s+(?:an?\\s+|the\\s+)?${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?(.+?)\\s+to\\s+be\\s+held\\b(.*)$`,
  'i',
);
// A header is read over this many non-empty lines: converters break long headers, one word a line at worst.
const headerLines = 16;
// "Commissioners present:", "Trustees present:": a board names its members by their office.
const headerEnd =
  /^(?:[\p{L}\s'’-]{2,40}\s\/\s)?(?:present|members present|in attendance|attendance|apologies|(?:councillors?|commissioners|trustees|directors|governors)\s+present)\b/iu;

// "1227/10/2020 MINUTES OF …": a page's running number and print date, run into the header's line by a converter
// that joined the page into one paragraph.
const printStamp = /^\d{1,4}\/\d{1,2}\/\d{4}\s+(?=(?:draft\s+)?minutes?\b)/i;

/** The committee and date a minutes header names, read across the lines the converter broke it into. */
export function readMinutesHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const stamp = printStamp.exec(lines[index]?.clean ?? '');
  if (!stamp) return readHeaderAt(lines, index);
  const line = lines[index]!;
  const unstamped = [...lines];
  unstamped[index] = { ...line, clean: line.clean.slice(stamp[0].length) };
  return readHeaderAt(unstamped, index);
}

function readHeaderAt(lines: Line[], index: number): MeetingHeader | undefined {
  const clean = lines[index]?.clean ?? '';
  // "COFNODION CYFARFOD Y CABINET / MINUTES OF THE CABINET MEETING": a Welsh council's heading in both
  // languages is read in its English half.
  const englishHalf = bilingualMinutes.exec(clean)?.[1];
  if (englishHalf) {
    const english = [...lines];
    english[index] = { ...lines[index]!, clean: englishHalf };
    return readMinutesHeader(english, index);
  }
  const titled = bodyMeetingMinutes.exec(clean);
  if (titled) {
    // "CITY COUNCIL REGULAR MEETING MINUTES" with the date on a line below.
    const { header, lastLineIndex } = joinHeader(lines, index, 4);
    const found = headerOf(titled[1]!, header.slice(clean.length), lastLineIndex);
    return found && { ...found, committee: withPlace(found.committee, lines, index) };
  }
  const decisions = decisionsHeader(lines, index);
  if (decisions) return decisions;
  const dated = bodyMinutesDated.exec(clean);
  if (dated) {
    const found = headerOf(dated[1]!, dated[2]!, index);
    if (found?.meetingDate) return found;
  }
  if (!/^(?:draft\s+)?minutes?\b/i.test(clean))
    return electorsTitleHeader(lines, index) ?? titleBlockHeader(lines, index);
  const { header, lastLineIndex } = joinHeader(lines, index);
  const unnamed = minutesOfMeetingHeld.exec(header);
  if (unnamed) {
    const body = bodyAbove(lines, index);
    return body ? headerOf(body, unnamed[1]!, lastLineIndex) : undefined;
  }
  const electors = electorsMeeting.exec(header);
  if (electors) {
    const date = findMeetingDate(electors[2]!.slice(0, 200));
    return date ? { committee: nameCase(electors[1]!), meetingDate: date, lastLineIndex } : undefined;
  }
  const match = minutesOf.exec(header) ?? minutesOfBodyMeeting.exec(header) ?? minutesOfBodyHeld.exec(header);
  if (match) {
    const found = headerOf(match[1]!, match[2]!, lastLineIndex);
    return found && { ...found, committee: fullerNameAbove(found.committee, lines, index) };
  }
  // "MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL" on its own line, the date below: no "held".
  const undated = minutesOfLine.exec(clean) ?? minutesOfBodyMeetingLine.exec(clean);
  if (!undated) return datedByRunningHeader(lines, index) ?? titleBlockHeader(lines, index);
  const near = joinHeader(lines, index, 4);
  const found = headerOf(undated[1]!, near.header.slice(clean.length), near.lastLineIndex);
  return found && { ...found, committee: withPlace(fullerNameAbove(found.committee, lines, index), lines, index) };
}

// "Minutes of the Annual Parish Meeting of the electors of Fennick held on …": a meeting of the parish's electors,
// which the parish council's chair presides over but which is no meeting of the council. It is the body that met.
const electorsMeeting =
  /^(?:draft\s+)?minutes\s+of\s+(?:the\s+)?((?:annual\s+)?(?:parish|town|village|community)\s+meeting|annual\s+(?:parish|town)\s+assembly)\b(?:\s+of\s+(?:the\s+)?(?:local\s+government\s+)?electors\s+of\s+[^,]+?)?\s+held\b(.*)$/i;

// "ANNUAL PARISH MEETING" over "held on Monday 7 April 2036 at 7.00pm in the Village Hall": the electors' meeting
// titled without "Minutes of", as a clerk heads it in the same file as the council's own minutes.
const electorsTitle =
  /^((?:annual\s+)?(?:parish|town|village|community)\s+meeting|annual\s+(?:parish|town)\s+assembly)(?:\s+of\s+(?:the\s+)?(?:local\s+government\s+)?electors\b.*)?$/i;

// A New England town clerk's report heads the town meeting with its day alone: "ANNUAL TOWN MEETING" over
// "Saturday, May 8, 2038" (month first, as US clerks write it) or "Saturday 8 May 2038".
const dayAlone =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\.?$/iu;

function electorsTitleHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const title = electorsTitle.exec(lines[index]!.clean);
  const held = followingLines(lines, index, 1)[0];
  if (!title || !held || !(/^held\b/i.test(held.clean) || dayAlone.test(held.clean))) return undefined;
  const date = findMeetingDate(held.clean);
  return date ? { committee: nameCase(title[1]!), meetingDate: date, lastLineIndex: held.index } : undefined;
}

// "Minutes of the Cabinet" alone, the day printed only in the page's running header above it ("Cabinet – 9 March
// 2032"), which the PDF reader keeps on the first page.
const minutesOfBody = /^(?:draft\s+)?minutes\s+of\s+(?:the\s+)?(.{3,80}?)\s*$/i;
const bodyDashDate = /^(.{3,80}?)\s*[–—|:-]\s*(.*\d{4})$/;

function datedByRunningHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const body = minutesOfBody.exec(lines[index]!.clean)?.[1];
  if (!body) return undefined;
  for (const line of precedingLines(lines, index, 3)) {
    const header = bodyDashDate.exec(line.clean);
    if (!header || header[1]!.toLowerCase() !== body.toLowerCase()) continue;
    const found = headerOf(body, header[2]!, index);
    return found?.meetingDate ? found : undefined;
  }
  return datedOnNextLine(body, lines, index);
}

// "Monday 6 September 2032, The Guildhall, …", "Tuesday, 4 May 2032 at 7pm": a line that opens with the date.
const dateLineStart =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\b/iu;

// "Date: Thursday 11 September 2031": the day as a field of the title block, under a line or two of others
// ("Meeting No. 214") that boards print first.
const dateField = /^(?:date(?:\s+of\s+meeting)?|meeting\s+date)\s*:\s*/i;
const fieldLines = 3;

/**
 * "Minutes of the Environment Committee" over a line that opens with the meeting's date (and its venue), or over
 * the title block's "Date:" field. Only the few lines before the attendance are read: a date further down is
 * the business's, not the meeting's.
 */
function datedOnNextLine(body: string, lines: Line[], index: number): MeetingHeader | undefined {
  const below = followingLines(lines, index, fieldLines);
  const end = below.findIndex((line) => headerEnd.test(line.clean));
  const block = end === -1 ? below : below.slice(0, end);
  const [next] = block;
  const dated = next && dateLineStart.test(next.clean) ? next : block.find((line) => dateField.test(line.clean));
  if (!dated) return undefined;
  const found = headerOf(body, dated.clean.replace(dateField, ''), dated.index);
  return found?.meetingDate ? found : undefined;
}

const bilingualMinutes = /^[^/]{2,80}\s\/\s+((?:draft\s+)?minutes?\b.*)$/i;

// "Minutes of the meeting held on Tuesday, 11 March 2025" under the body's name printed as a heading above it
// (ModernGov minutes converted to markdown, boards' minutes): the header names no body itself.
const minutesOfMeetingHeld = new RegExp(
  `^(?:draft\\s+)?minutes\\s+of\\s+(?:the|a|an)\\s+${meetingKinds}meeting\\s+held\\b(.*)$`,
  'i',
);

// "Schedule of decisions taken at the meeting held on Wednesday 12 February 2025" (the body printed above it),
// "Decisions of the Planning Committee held on …", "Record of decisions made at the meeting of the Licensing
// Panel held on …": what a meeting decided, published as its record.
const decisionsOf =
  /^(?:(?:schedule|record|list|summary|notice)\s+of\s+)?decisions\s+(?:(?:taken|made|reached)\s+(?:at|by)\s+|of\s+)(?:the\s+|a\s+|an\s+)?(?:(meeting)\s+(?:of\s+(?:the\s+)?(.+?)\s+)?|(.+?)\s+(?:meeting\s+)?)held\b(.*)$/i;

// "Licensing Committee – Record of Decisions" over "Meeting held on Monday 3 March 2025": the body named first,
// set off by a dash or a colon ("Licensing Sub-Committee: Schedule of Decisions").
const bodyThenDecisions =
  /^(.{3,80}?)(?:\s+[-–—]|\s*:)\s+(?:(?:schedule|record|list|summary)\s+of\s+)?decisions(?:\s+(?:taken|made))?$/i;
// The line under it that dates the meeting, or the hearing a licensing panel holds; or "Meeting of Wednesday 2nd
// April 2031, <venue>", the sitting named by its day.
const meetingHeldLine =
  /^(?:(?:the\s+)?(?:meeting|hearing)\s+)?held\b|^(?:date(?:\s+of\s+(?:meeting|hearing))?|(?:meeting|hearing)\s+date)\s*:|^(?:meeting|hearing)\s+(?:of|on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s/i;

/** A schedule of a meeting's decisions, read as its minutes: the body it names or the one printed above it. */
function decisionsHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const clean = lines[index]?.clean ?? '';
  const bodyFirst = bodyThenDecisions.exec(clean);
  if (bodyFirst) {
    const next = nextNonEmptyLine(lines, index);
    if (!next || !meetingHeldLine.test(next.clean)) return undefined;
    return headerOf(bodyFirst[1]!, next.clean, next.index);
  }
  if (!/^(?:(?:schedule|record|list|summary|notice)\s+of\s+)?decisions\b/i.test(clean)) return undefined;
  const member = memberDecisionsHeader(lines, index);
  if (member) return member;
  const { header, lastLineIndex } = joinHeader(lines, index, 4);
  const match = decisionsOf.exec(header);
  if (!match) return undefined;
  const named = match[2] ?? match[3];
  const body = named ?? bodyAbove(lines, index);
  return body ? headerOf(body, match[4]!, lastLineIndex) : undefined;
}

// One executive member's decisions, published as a meeting's record is: "Record of Decisions" over "Cabinet
// Member for Housing – Councillor A Name" (or "Leader of the Council", "Portfolio Holder for …") over "Decisions
// taken on Wednesday, 9 July 2031". The office is the body that decided; the holder's name is not part of it.
const decisionMaker =
  /^((?:(?:deputy\s+)?(?:cabinet|executive|lead)\s+member|portfolio\s+holder|leader\s+of\s+the\s+council)\b[^–—:\n]{0,80}?)(?:\s*[-–—:]\s*(?:councillor|cllr|mayor)\b.*)?$/i;
const decidedOn = /^(?:decisions?\s+(?:taken|made)\s+on|date\s+of\s+decisions?\s*:)\s*(.+)$/i;

function memberDecisionsHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const [maker, dated] = followingLines(lines, index, 2);
  const office = maker && decisionMaker.exec(maker.clean)?.[1];
  const when = dated && decidedOn.exec(dated.clean)?.[1];
  const meetingDate = when && findMeetingDate(when);
  if (!office || !meetingDate) return undefined;
  return { committee: nameCase(office.trim()), meetingDate, lastLineIndex: dated.index };
}

/** The body named on one of the few lines above a header: the heading it sits under. */
function bodyAbove(lines: Line[], index: number): string | undefined {
  for (const line of precedingLines(lines, index, 3)) {
    const body = bodyName(line.clean);
    if (body) return body;
  }
  return undefined;
}

// Bodies a header calls by their bare kind ("Minutes of the meeting of the Authority held …", "… of the Fire
// Authority", "… of the Joint Committee") under their full name printed above ("FELLHAVEN NATIONAL PARK
// AUTHORITY", "HARTSHIRE FIRE AND RESCUE AUTHORITY", "NORTH VALE JOINT WASTE COMMITTEE"), and a local council by
// its kind ("Minutes of the Full Town Council Meeting" under "HADLEIGH ST MARY TOWN COUNCIL"): a question names it
// by its place. A principal council's "County Council" or "Council" is left alone: its papers have always been
// filed under that name, and so is a council committee named by its topic ("Planning Committee").
const bareKind =
  /^(?:(?:combined|joint|fire|rescue|police|crime|and|&)\s+)*(?:authority|board|panel|commission|assembly|forum|partnership|trust)$|^joint\s+committee$|^(?:town|parish|community|village)\s+council$/i;

/**
 * "Authority" under "FELLHAVEN NATIONAL PARK AUTHORITY" is that authority; "Fire Authority" under "HARTSHIRE FIRE
 * AND RESCUE AUTHORITY" too.
 */
function fullerNameAbove(committee: string, lines: Line[], index: number): string {
  if (!bareKind.test(committee)) return committee;
  const kindWords = words(committee);
  // Printed above the header as a heading, or (less often) on the line under it.
  for (const line of [...precedingLines(lines, index, 3), ...followingLines(lines, index, 1)]) {
    const body = bodyName(line.clean);
    const bodyWords = body ? words(body) : [];
    // A body of that kind, with every word the header calls it by, and more: a place, a purpose.
    if (
      bodyWords.length > kindWords.length &&
      bodyWords.at(-1) === kindWords.at(-1) &&
      kindWords.every((word) => bodyWords.includes(word))
    ) {
      return nameCase(body!);
    }
  }
  return committee;
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\d'’-]+/u)
    .filter((word) => word !== '');
}

function precedingLines(lines: Line[], index: number, count: number): Line[] {
  const found: Line[] = [];
  for (let position = index - 1; position >= 0 && found.length < count; position -= 1) {
    if (lines[position]!.clean !== '') found.push(lines[position]!);
  }
  return found;
}

// "Township of Ashgrove", "City of Harlow", "Shire of Eden": the municipality printed over the title.
const placeLine =
  /^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(city|town|township|village|county|municipality|shire|borough|district)\s+of\s+(\S.{1,60})$/i;

// A name every council shares: "Council", "City Council", "Town Council".
const genericBody =
  /^(?:(?:city|town|township|village|county|municipal|borough|district|shire)\s+)?(?:council|committee|board)$/i;

/**
 * "Township of Ashgrove" over "Minutes of the Council Meeting": the body is that township's council, not
 * "Council", a name every council shares; "CITY OF WILLOW BEND" over "… CITY COUNCIL MEETING" is the
 * Willow Bend City Council.
 */
function withPlace(committee: string, lines: Line[], index: number): string {
  if (!genericBody.test(committee)) return committee;
  const above = lines
    .slice(Math.max(0, index - 3), index)
    .reverse()
    .find((line) => line.clean !== '');
  const place = above && placeLine.exec(above.clean);
  if (!place) return committee;
  const kind = titleCase(place[1]!);
  const name = nameCase(place[2]!.trim());
  return committee.toLowerCase().startsWith(kind.toLowerCase())
    ? `${name} ${committee}`
    : `${name} ${kind} ${committee}`;
}

// "Minutes" alone on its line, as a title under or over the body's name. US agenda systems title the minutes of
// what was done "Action Summary" (or "Action Minutes") over the body's name.
const bareMinutesTitle = new RegExp(
  `^(?:(?:draft|approved|unconfirmed)\\s+)?${meetingKinds}(?:meeting\\s+|action\\s+)?(?:minutes|(?<=action\\s+)summary)(?:\\s+of\\s+(?:the\\s+)?meeting)?$`,
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
  const titleAbove = isMinutesTitle(clean);
  const title = titleAbove ? lines[index] : next.find((line) => isMinutesTitle(line.clean));
  // "GLANNAU COUNTY COUNCIL" / "MINUTES" / "EDUCATION SCRUTINY COMMITTEE": the council prints its name over
  // the title, the body that met under it; that one is read from the title's own line.
  const underTitle = title && !titleAbove ? followingLines(lines, title.index, 1)[0] : undefined;
  if (underTitle && bodyName(underTitle.clean)) return undefined;
  const body = titleAbove ? next.find((line) => bodyName(line.clean)) : bodyName(clean) ? lines[index] : undefined;
  if (!body || !title) return undefined;
  const below = followingLines(lines, Math.max(body.index, title.index), 4);
  const end = below.findIndex((line) => headerEnd.test(line.clean));
  const block = end === -1 ? below : below.slice(0, end);
  const date = findMeetingDate(block.map((line) => line.clean).join('\n'));
  if (!date) return undefined;
  const dated = block.find((line) => findMeetingDate(line.clean) !== undefined)!;
  // "REGULAR MEETING OF COUNCIL" under "THE CORPORATION OF THE TOWNSHIP OF ASHGROVE LAKE": the kind of sitting is
  // no part of the body's name, and a council every township has is named by its place.
  const named = bodyName(body.clean)!.replace(kindOfMeeting, '');
  return {
    committee: withPlace(nameCase(named), lines, titleAbove ? title.index : body.index),
    meetingDate: date,
    lastLineIndex: dated.index,
  };
}

const kindOfMeeting = new RegExp(`^${meetingKinds}meeting\\s+of\\s+(?:the\\s+)?`, 'i');

// Welsh councils print headings in both languages: "COFNODION / MINUTES", "PWYLLGOR CRAFFU / SCRUTINY COMMITTEE".
function languageHalves(clean: string): string[] {
  const halves = clean.split(/\s+\/\s+/);
  return halves.length === 2 ? [clean, ...halves] : [clean];
}

function isMinutesTitle(clean: string): boolean {
  return languageHalves(clean).some((half) => bareMinutesTitle.test(half));
}

/** The body a short line names (the half naming one, in a heading printed in two languages), not a sentence. */
function bodyName(clean: string): string | undefined {
  const halves = languageHalves(clean);
  return (halves.length > 1 ? halves.slice(1) : halves).find(
    // A line in brackets under a joint body's name lists its member councils; it names none that met.
    (half) =>
      bodyWord.test(half) && half.length <= 80 && !/[.;:]$/.test(half) && !/^\d/.test(half) && !/^\(.*\)$/.test(half),
  );
}

function followingLines(lines: Line[], index: number, count: number): Line[] {
  const found: Line[] = [];
  for (let position = index + 1; position < lines.length && found.length < count; position += 1) {
    if (lines[position]!.clean !== '') found.push(lines[position]!);
  }
  return found;
}

/**
 * A summons or notice: "A meeting of the Planning Committee will be held at … on Monday 3 June 2024", "You are
 * requested to attend a Meeting of the … to be held in … on Monday, 20th October," with the year on the next line.
 */
export function readNoticeHeader(lines: Line[], index: number): MeetingHeader | undefined {
  const line = lines[index]!;
  // "The next meeting of … will be held on …" (or "The next Ordinary Meeting of Council …") closes an agenda or
  // minutes: it announces another meeting, not this one.
  if (!/\bmeeting\s+of\b/i.test(line.clean) || /\bnext\s+(?:[\p{L}-]+\s+){0,2}meeting\b/iu.test(line.clean))
    return undefined;
  const { header } = joinHeader(lines, index, 3);
  const match = meetingWillBeHeld.exec(header) ?? summonedToMeeting.exec(header);
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
  const date = findMeetingDate(rest.slice(0, 200));
  return { committee: nameCase(name), meetingDate: date, lastLineIndex };
}

function nextNonEmptyLine(lines: Line[], index: number): Line | undefined {
  return lines.slice(index + 1).find((line) => line.clean !== '');
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

/** Capitals are title-cased; a name already in mixed case keeps its own spelling. */
function nameCase(name: string): string {
  return name === name.toUpperCase() ? titleCase(name) : name;
}
