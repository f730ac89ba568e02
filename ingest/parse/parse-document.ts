import { titleCase } from '../../src/core/committee-names.js';
import { findFirstDate } from '../../src/core/dates.js';
import { type Line, toLines } from '../../src/core/lines.js';
import type { ParsedDocument, Part, PartKind, SpeakerTurn } from '../../src/core/paper.js';
import { describesFiles } from './describes-files.js';
import { findAuthority } from './find-authority.js';
import { findCommitteeHeading, findCommitteeName } from './find-committee.js';
import { findCoverSheetStart } from './find-cover-sheet-start.js';
import { findHeadMeeting } from './find-head-meeting.js';
import { findMeetingDate } from './find-meeting-date.js';
import { findNotesMeeting } from './find-notes-meeting.js';
import { findOpeningMeeting } from './find-opening-meeting.js';
import { findPartStarts, type PartStart } from './find-part-starts.js';
import { findResolutionAdoption, resolutionSections } from './find-resolution-adoption.js';
import { findSections } from './find-sections.js';
import { findSpeakerTurns } from './find-speaker-turns.js';
import { parseAgenda } from './parse-agenda.js';
import { parseCoverSheet } from './parse-cover-sheet.js';
import { findDecidedOn, findDecisionRecordStart, parseDecisionRecord } from './parse-decision-record.js';
import { parseMinutes, trimEnd } from './parse-minutes.js';
import { parseReportSheet } from './parse-report.js';
import { readLetterMeeting } from './read-letter-meeting.js';

export interface ParseInput {
  source: string;
  text: string;
  sha256: string;
  pageStarts?: number[];
}

const unknownCommittee = 'Unknown committee';

/**
 * Splits a paper into its parts (agenda, minutes, reports, work programme) from content alone.
 * Structure it does not recognise degrades to plain sections with no date, never a guessed one.
 */
export function parseDocument({ source, text, sha256, pageStarts }: ParseInput): ParsedDocument {
  const lines = toLines(text);
  // A cover sheet's "Meeting: / Report Author: / Wards Affected:" labels are fields, not people speaking.
  const turns = opensWithCoverSheet(lines) ? [] : findSpeakerTurns(lines);
  if (turns.length > 0) {
    const transcript = withAuthority([buildTranscript(text, lines, turns)], findAuthority(lines, []));
    return { source, sha256, text, parts: transcript, ...(pageStarts ? { pageStarts } : {}) };
  }
  const starts = findPartStarts(lines);
  const letter = readLetterMeeting(lines);
  const coverLetter = coverLetterMeeting(lines);
  const committee =
    starts.find((start) => start.committee && !start.registerRow)?.committee ??
    letter?.committee ??
    // "COUNCIL – 22 FEBRUARY 2033" under the council's name says no more than that name does.
    (coverLetter && !/^council$/i.test(coverLetter.committee) ? coverLetter.committee : undefined) ??
    firstCommitteeIn(lines) ??
    unknownCommittee;
  const agendaStart = starts.find((start) => start.kind === 'agenda');
  const packDate =
    (agendaStart ? (agendaStart.meetingDate ?? agendaDate(lines.slice(agendaStart.lineIndex))) : undefined) ??
    coverLetter?.meetingDate ??
    letter?.meetingDate ??
    undefined;
  const bounded: PartStart[] = [];
  const first = starts[0];
  // A register's heading and column names head the whole register, not its first row.
  if (first && !first.registerRow && isLetterhead(lines.slice(0, first.lineIndex)))
    bounded.push({ ...first, lineIndex: 0 }, ...starts.slice(1));
  else {
    if ((first?.lineIndex ?? lines.length) > 0) bounded.push({ kind: 'other', lineIndex: 0 });
    bounded.push(...starts);
  }
  const built = bounded
    .map((start, position) => {
      const partLines = lines.slice(start.lineIndex, bounded[position + 1]?.lineIndex ?? lines.length);
      return buildPart(text, partLines, start, { committee, packDate });
    })
    .filter((part): part is Part => part !== undefined);
  const parts = withAuthority(
    built,
    findAuthority(
      lines,
      bounded.map((start) => start.lineIndex),
    ),
  );
  fillPreviousMinutesDate(parts);
  // Structure found nowhere and a text about files: a note kept beside the papers, not one of them.
  const unstructured = parts.every(
    (part) => part.kind === 'other' && part.meetingDate === null && part.committee === unknownCommittee,
  );
  if (unstructured && describesFiles(text)) return { source, sha256, text, parts: [] };
  const read = unstructured ? withOpeningMeeting(parts, text) : parts;
  return pageStarts ? { source, sha256, text, parts: read, pageStarts } : { source, sha256, text, parts: read };
}

/**
 * Captions that name no speaker ("good evening and welcome to this meeting of … committee it's thursday the
 * 7th of july 2033 …") have no structure to read, but the chair opens the meeting: a body and a date said
 * together in the opening are the meeting's. A body alone, or a date alone, is not enough.
 */
function withOpeningMeeting(parts: Part[], text: string): Part[] {
  const [only] = parts;
  if (!only || parts.length > 1) return parts;
  const opening = findOpeningMeeting(text.slice(only.start));
  if (!opening.committee || !opening.meetingDate) return parts;
  const { authority: _printed, ...part } = only;
  return [
    {
      ...part,
      committee: opening.committee,
      meetingDate: opening.meetingDate,
      title: 'Transcript',
      ...(opening.authority ? { authority: opening.authority } : {}),
    },
  ];
}

/** Every part of the paper belongs to the authority its title block names, unless the part's committee is it. */
function withAuthority(parts: Part[], authority: string | undefined): Part[] {
  if (!authority) return parts;
  return parts.map((part) =>
    part.committee.toLowerCase() === authority.toLowerCase() ? part : { ...part, authority },
  );
}

/**
 * The council's name and a title or two printed over the first part ("DUNMARSH CITY COUNCIL" / "RECORD OF
 * DECISION BY AN INDIVIDUAL CABINET MEMBER"): a few short lines, no sentence among them. They head that part
 * rather than standing as a part of their own filed under the council's name.
 */
function isLetterhead(lines: Line[]): boolean {
  const printed = lines.filter((line) => line.clean !== '');
  return (
    printed.length > 0 &&
    printed.length <= 3 &&
    printed.every((line) => printedTitle(line.clean) && !/[.,;:]$/.test(line.clean) && !/^\d/.test(line.clean))
  );
}

// A title in capitals may run long ("CONFIRMATION HEARING: PROPOSED APPOINTMENT OF DEPUTY POLICE AND CRIME
// COMMISSIONER"); a mixed-case line that long is more likely a sentence.
function printedTitle(line: string): boolean {
  return line.length <= 80 || (line.length <= 120 && !/\p{Ll}/u.test(line));
}

// A paper's cover sheet sits on its first page, under at most a letterhead.
const coverSheetLines = 12;

function opensWithCoverSheet(lines: Line[]): boolean {
  const first = lines
    .slice(0, 40)
    .filter((line) => line.clean !== '')
    .slice(0, coverSheetLines);
  return first.some((line) => findCoverSheetStart(lines, line.index) !== undefined);
}

interface PackContext {
  committee: string;
  packDate?: string;
}

function buildPart(text: string, lines: Line[], start: PartStart, context: PackContext): Part | undefined {
  const first = lines.find((line) => line.clean !== '');
  if (!first) return undefined;
  const span = { start: first.start, end: trimEnd(text, first.start, lines.at(-1)!.end) };
  if (text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().length < 40 && start.kind === 'other')
    return undefined;
  const base = { ...span, kind: start.kind, committee: start.committee ?? context.committee, sections: [] };
  switch (start.kind) {
    case 'agenda':
      return {
        ...base,
        title: 'Agenda',
        meetingDate: (start.explicit ? start.meetingDate : undefined) ?? agendaDate(lines) ?? start.meetingDate ?? null,
        agenda: parseAgenda(text, lines),
      };
    case 'minutes':
      return {
        ...base,
        title: start.title ?? 'Minutes',
        meetingDate: start.meetingDate ?? null,
        minutes: parseMinutes(text, lines),
      };
    case 'report': {
      const recordStart = findDecisionRecordStart(lines);
      if (recordStart !== undefined) return buildDecisionRecord(text, lines.slice(recordStart), base, context);
      return start.coverSheet
        ? buildCoverSheetReport(text, lines, base, context)
        : buildReport(text, lines, base, context, start.title);
    }
    default: {
      if (start.registerRow)
        return { ...base, title: start.title ?? titleOf(lines), meetingDate: start.meetingDate ?? null };
      const dated = context.packDate ?? (start.kind === 'other' ? publishedDate(lines) : undefined);
      const headed = dated || start.kind !== 'other' ? undefined : findHeadMeeting(lines);
      const resolution = dated || start.kind !== 'other' || headed ? undefined : findResolutionAdoption(lines);
      const notes = headed || resolution || dated || start.kind !== 'other' ? undefined : findNotesMeeting(lines);
      // A group's notes of its meeting are its minutes in all but name: their numbered items, "ACTION:" lines and
      // action log are read as minutes are, so the actions tracker and the digest see them. Notes that open on an
      // agenda list of bare titles, or exported as markdown with "## Decisions" and "## Action items" headings that
      // the last item would swallow, keep their sections.
      if (notes) {
        const minutes = parseMinutes(text, lines);
        const discussed = minutes.items.every((item) => text.slice(item.bodyStart, item.end).trim() !== '');
        const markdown = lines.some((line) => /^\s*#{1,6}\s/.test(line.raw));
        if (minutes.items.length > 0 && discussed && !markdown)
          return {
            ...base,
            kind: 'minutes',
            committee: notes.committee,
            title: notes.title ?? titleOf(lines),
            meetingDate: notes.meetingDate,
            minutes,
          };
      }
      const head = headed ?? resolution ?? notes;
      return {
        ...base,
        ...(head ? { committee: head.committee } : {}),
        title: start.kind === 'work-programme' ? first.clean : (head?.title ?? titleOf(lines)),
        meetingDate: dated ?? head?.meetingDate ?? null,
        sections:
          (resolution && resolutionSections(text, lines, resolution.title ?? kindLabel(start.kind))) ??
          findSections(text, lines, kindLabel(start.kind)),
      };
    }
  }
}

function buildReport(
  text: string,
  lines: Line[],
  base: Omit<Part, 'title' | 'meetingDate'>,
  context: PackContext,
  printedTitle?: string,
): Part {
  const parsed = parseReportSheet(lines);
  // A report with no summary sheet is titled by the line its part starts at.
  const sheet = printedTitle ? { ...parsed, detail: { ...parsed.detail, title: printedTitle } } : parsed;
  const sheetEnd = lines.find((line) => line.index === sheet.lastLineIndex)?.end ?? base.start;
  const body = lines.filter((line) => line.index > sheet.lastLineIndex);
  const sheetDate = sheet.committeeLine ? findFirstDate(sheet.committeeLine)?.iso : undefined;
  // A report with no "Report to:" line may name the body and the day in its head instead.
  const head = sheet.committeeLine || context.packDate ? undefined : findHeadMeeting(lines);
  return {
    ...base,
    committee: (sheet.committeeLine && findCommitteeName(sheet.committeeLine)) || head?.committee || base.committee,
    title: sheet.detail.title,
    meetingDate: sheetDate ?? context.packDate ?? head?.meetingDate ?? null,
    report: sheet.detail,
    sections: [
      { heading: 'Summary sheet', start: base.start, end: sheetEnd },
      ...findSections(text, body, sheet.detail.title),
    ],
  };
}

function buildCoverSheetReport(
  text: string,
  lines: Line[],
  base: Omit<Part, 'title' | 'meetingDate'>,
  context: PackContext,
): Part {
  const sheet = parseCoverSheet(lines);
  const sheetEnd = lines.find((line) => line.index === sheet.lastLineIndex)?.end ?? base.start;
  const body = lines.filter((line) => line.index > sheet.lastLineIndex);
  const exempt = sheet.detail.exempt === true;
  return {
    ...base,
    committee: sheet.committee ?? base.committee,
    title: sheet.detail.title,
    meetingDate: sheet.meetingDate ?? context.packDate ?? null,
    report: sheet.detail,
    ...(exempt ? { exempt } : {}),
    sections: [{ heading: 'Summary sheet', start: base.start, end: sheetEnd }, ...findSections(text, body, 'Summary')],
  };
}

/** A record of decision belongs to the meeting its pack is for, and is titled by its decision, not its letterhead. */
function buildDecisionRecord(
  text: string,
  lines: Line[],
  base: Omit<Part, 'title' | 'meetingDate'>,
  context: PackContext,
): Part {
  const record = parseDecisionRecord(lines);
  const sheetEnd = lines.find((line) => line.index === record.lastLineIndex)?.end ?? base.start;
  const body = lines.filter((line) => line.index > record.lastLineIndex);
  const taker = record.committee && findCommitteeName(record.committee);
  return {
    ...base,
    committee: taker || base.committee,
    title: record.detail.title,
    meetingDate: context.packDate ?? record.decidedOn ?? null,
    report: record.detail,
    ...(record.detail.exempt === true ? { exempt: true } : {}),
    sections: [
      { heading: 'Record of decision', start: base.start, end: sheetEnd },
      ...findSections(text, body, record.detail.title),
    ],
  };
}

/**
 * A verbatim transcript is one part: its committee and date come from the lines above the first turn (a
 * date said inside a turn is about something else), or, where captions print no heading, from the chair
 * opening the meeting; its chunks follow the turns.
 */
function buildTranscript(text: string, lines: Line[], turns: SpeakerTurn[]): Part {
  const header = lines.filter((line) => line.end <= turns[0]!.start && line.clean !== '');
  const opening = findOpeningMeeting(text.slice(turns[0]!.start));
  const printed = transcriptCommittee(header.map((line) => line.clean));
  // A heading naming only the council ("Ashby Borough Council webcast") over a chair who opens a meeting of one
  // of its committees: the committee met, and the heading names its authority.
  const councilHeading = printed !== undefined && councilOnly.test(printed);
  const sharper = councilHeading && opening.committee && !councilOnly.test(opening.committee);
  const headed = sharper ? undefined : printed;
  const committee = headed ?? opening.committee;
  const authority = headed === undefined ? (opening.authority ?? (sharper ? printed : undefined)) : undefined;
  const date = findMeetingDate(header.map((line) => line.clean).join('\n')) ?? opening.meetingDate;
  const start = header[0]?.start ?? turns[0]!.start;
  return {
    start,
    end: trimEnd(text, start, turns.at(-1)!.end),
    kind: 'transcript',
    committee: committee ?? unknownCommittee,
    ...(authority ? { authority } : {}),
    meetingDate: date ?? null,
    title: 'Transcript',
    turns,
    sections: [],
  };
}

const bodyWord =
  /\b(?:committee|commission|board|panel|cabinet|council|assembly|inquiry|hearing|forum|working group|steering group|task ?force|house of (?:commons|lords|representatives|keys|delegates)|senate)\b/i;
// A council or a chamber is the body that met only when its record names no committee, panel or group of it.
const councilOnly = /\b(?:council|house of \w+|senate)$/i;

/**
 * The body a transcript's heading names: where one line names the council and another (or a later part
 * of the same line) one of its committees, panels or working groups, the committee is the body that met.
 */
function transcriptCommittee(header: string[]): string | undefined {
  const bodies = header.flatMap((line) => transcriptBodies(line));
  return bodies.find((body) => !councilOnly.test(body)) ?? bodies[0];
}

/**
 * "JOINT COMMITTEE ON RIVER QUALITY AND FLOODING": the whole heading names the body, not just its first
 * words. A heading of dashed parts names the body that met in its last part with a body word
 * ("Greenvale Town Council - Planning Committee"); a heading that opens with the council's name and a
 * comma names both ("Ashby Council, Licensing Panel, 3 May 2025"). What follows the body ("… Board -
 * regular meeting recording", "CITY COUNCIL REGULAR MEETING", "… Board meeting, captions") describes the
 * record, not the body.
 */
function transcriptBodies(clean: string): string[] {
  if (clean.length > 100 || !bodyWord.test(clean)) return [];
  const part = clean.split(/\s+[-–—]\s+/).findLast((piece) => bodyWord.test(piece))!;
  const named = /^([^,]+\bcouncil),\s+(.+)$/i.exec(part);
  const pieces = named
    ? [
        named[1]!,
        ...named[2]!
          .split(/,\s+/)
          .filter((piece) => bodyWord.test(piece))
          .slice(0, 1),
      ]
    : [part];
  return pieces.map((piece) => {
    const body = piece
      .replace(
        /\s+(?:(?:regular|special|ordinary|extraordinary|annual|public|adjourned|emergency|virtual|hybrid|stated|called|work|study)\s+)*(?:meeting|sitting|session)\b(?!\s+(?:of|on)\b).*$/i,
        '',
      )
      // "Ashby Borough Council webcast, captions edited …": what the file is, after the body's name.
      .replace(/\s+(?:webcast|live\s*stream|recording|captions?|subtitles|transcript|video|audio)\b.*$/i, '')
      .trim();
    return body === body.toUpperCase() ? titleCase(body) : body;
  });
}

/**
 * A pack's covering letter names the meeting: "CABINET - THURSDAY, 30 JANUARY 2025"; so does an update sheet under
 * its council's name ("PLANNING COMMITTEE – 7 JUNE 2033"), whose body is the committee, not the council above it.
 */
function coverLetterMeeting(lines: Line[]): { committee: string; meetingDate: string } | undefined {
  for (const line of lines.slice(0, 40)) {
    const heading = findCommitteeHeading(line.clean);
    const date = heading && /^[-–—:,]/.test(heading.rest) ? findFirstDate(heading.rest) : undefined;
    if (heading && date) return { committee: heading.name, meetingDate: date.iso };
  }
  return undefined;
}

// A notice dated by its publication: "Published: 14 February 2033", "Date of publication: …"; a council's reply
// to a petition or a consultation by the day it was issued ("Date of response: 6 May 2037", "Date issued: …"),
// not the day the petition came in.
const publishedLine =
  /^(?:published(?:\s+on)?|date\s+(?:of\s+)?publi(?:cation|shed)|publication\s+date|date\s+(?:of\s+)?(?:response|reply|issue)|(?:response|reply|issue)\s+date|date\s+issued)\s*[:\-–]?\s+\S/i;

/**
 * A forward plan or notice of decisions meets nowhere: the date it states it was published is its date,
 * read from its head only, so a date a record names further down is not taken for it. A notice of one decision
 * that prints the day it was taken ("Date of decision: 4 March 2038", above "Date published: 5 March 2038", or
 * a hearing panel's written decision) is dated by the decision, as a record of that decision is.
 */
function publishedDate(lines: Line[]): string | undefined {
  const head = lines.slice(0, 20);
  const decidedOn = findDecidedOn(head);
  if (decidedOn) return decidedOn;
  const line = head.find((candidate) => publishedLine.test(candidate.clean));
  return line ? findFirstDate(line.clean)?.iso : undefined;
}

function agendaDate(lines: Line[]): string | undefined {
  const dateLine = lines.find((line) => /^Date and Time\b/i.test(line.clean) || /^Date\s*:/i.test(line.clean));
  return dateLine ? findFirstDate(dateLine.clean)?.iso : undefined;
}

/** Minutes whose own header lost its date take it from the agenda's "minutes of the meeting held on …". */
function fillPreviousMinutesDate(parts: Part[]): void {
  const agenda = parts.find((part) => part.kind === 'agenda');
  const previous = agenda?.agenda?.items.find((item) =>
    /minutes of the previous meeting/i.test(`${item.title} ${item.description}`),
  );
  if (!previous) return;
  const date = findFirstDate(`${previous.title} ${previous.description}`)?.iso;
  for (const part of parts) {
    if (part.kind === 'minutes' && part.meetingDate === null && date) part.meetingDate = date;
  }
}

function firstCommitteeIn(lines: Line[]): string | undefined {
  for (const line of lines.slice(0, 60)) {
    const heading = findCommitteeHeading(line.clean);
    if (heading) return heading.name;
  }
  return undefined;
}

function titleOf(lines: Line[]): string {
  const letter = coveringLetterTitle(lines);
  if (letter) return letter;
  const printed = lines.findIndex((line) => line.clean.length > 3);
  if (printed === -1) return 'Untitled';
  // "BRENNOCK BOROUGH COUNCIL" / "COUNCIL – 22 FEBRUARY 2033" over "FORWARD PLAN OF KEY DECISIONS": the council's
  // name and the meeting head the paper; its title is the first line after them.
  const heads = (line: Line) => line.clean === '' || isCouncilHeading(line.clean);
  const titled = lines.findIndex((line, index) => index >= printed && !heads(line) && line.clean.length > 3);
  const position = titled !== -1 && titled - printed <= 4 ? titled : printed;
  // "Summons to and" / "Agenda for an Extraordinary Meeting on …": a title the page broke after a joining word.
  let title = lines[position]!.clean;
  const following = lines.slice(position + 1).filter((line) => line.clean !== '');
  for (const next of following.slice(0, 3)) {
    if (!/\b(?:and|to|of|for|the|on|at|in|with|by|a|an)$/i.test(title)) break;
    title = `${title} ${next.clean}`;
  }
  return title.slice(0, 100);
}

/** A heading that only names a council, or a body's meeting and its date ("PLANNING COMMITTEE – 7 JUNE 2033"). */
function isCouncilHeading(clean: string): boolean {
  const heading = findCommitteeHeading(clean);
  if (!heading) return false;
  if (/^[-–—:,]/.test(heading.rest) && findFirstDate(heading.rest) !== undefined) return true;
  return heading.rest === '' && /\bcouncil$/i.test(heading.name);
}

/**
 * A pack's covering letter opens with its sender's contact lines ("Direct Dial/Ext:", "Ask for:"): it is titled
 * by the meeting it names under "Dear Member", or as a covering letter.
 */
function coveringLetterTitle(lines: Line[]): string | undefined {
  const opening = lines.slice(0, 30);
  const salutation = opening.findIndex((line) => /^Dear\s+(?:Member|Councillor|Colleague|Sir|Madam)/i.test(line.clean));
  if (salutation === -1) return undefined;
  const heading = opening.slice(salutation + 1).find((line) => line.clean !== '');
  const meeting = heading && findCommitteeHeading(heading.clean) ? heading.clean : undefined;
  return meeting ? `Covering letter: ${meeting}` : 'Covering letter';
}

function kindLabel(kind: PartKind): string {
  return kind === 'work-programme' ? 'Work programme' : 'Text';
}
