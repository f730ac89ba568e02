import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import type { PartKind } from '../../src/core/paper.js';
import { findCommitteeHeading, findCommitteeName } from './find-committee.js';
import { findCoverSheetStart } from './find-cover-sheet-start.js';
import { findMeetingDate } from './find-meeting-date.js';
import { isDecisionRecordStart } from './parse-decision-record.js';
import { readMinutesHeader, readNoticeHeader } from './read-meeting-header.js';
import { readRegisterRow } from './read-register-row.js';

export interface PartStart {
  kind: PartKind;
  lineIndex: number;
  committee?: string;
  meetingDate?: string;
  /** The header named the body and the date outright ("MINUTES of a meeting of the Cabinet held … on …"). */
  explicit?: boolean;
  /** Last line of a header that runs over several lines. */
  headerEnd?: number;
  /** A report that opens with a labelled cover sheet ("Report to: / Date of meeting: / Title:"). */
  coverSheet?: boolean;
  /** What a part that is not titled "Minutes" records: a hearing notice's application and premises. */
  title?: string;
  /** One row of a register of decisions, dated by its own date cell. */
  registerRow?: boolean;
}

const lookahead = 8;
const hearingDate = /^(?:date of (?:the )?hearing|hearing date)\s*:\s*(.+)$/i;
// "Licensing Sub-Committee – Hearing held on 14 October 2032": the panel and the day it sat, on one line.
const hearingHeldOn = /^(?:(.+?)\s+(?:[–—:-]\s+)?)?hearing held on\s+(.+)$/i;
const hearingField = /^(?:application(?: type)?|premises|name of premises)\s*:\s*(.+)$/i;

/**
 * "Variation of a premises licence — The Lantern Rooms, 7 Quay Row": what a hearing was about, from its notice's
 * fields, which its decision and reasons below never repeat.
 */
function hearingSubject(window: Line[]): string | undefined {
  const values = window.map((line) => hearingField.exec(line.clean)?.[1]?.trim()).filter((value) => value);
  return values.length > 0 ? values.join(' — ') : undefined;
}

/** Finds where each part of a pack begins, from the shape of its header rather than the file name. */
export function findPartStarts(lines: Line[]): PartStart[] {
  const starts: PartStart[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const row = readRegisterRow(lines, index);
    if (row) {
      // Each row is its own decision: rows never merge as the lines of one header do.
      starts.push({ kind: 'other', lineIndex: index, ...row, registerRow: true });
      continue;
    }
    const start = classifyLine(lines, index);
    if (!start) continue;
    const previous = starts.at(-1);
    // Lines of a long header read as a header again ("COMMITTEE HELD IN THE COUNCIL CHAMBER …") start nothing.
    if (
      previous?.headerEnd !== undefined &&
      previous.kind === start.kind &&
      start.lineIndex <= previous.headerEnd + lookahead
    )
      continue;
    // A header block (committee line, date line, Present line) must produce one start, not several; the
    // line that names the meeting outright beats the council's name printed above it. Two titles each over their
    // own "Report of …" line are two short reports, however close.
    const twoReports = previous?.kind === 'report' && previous.title !== undefined && start.title !== undefined;
    if (previous && previous.kind === start.kind && start.lineIndex - previous.lineIndex <= lookahead && !twoReports) {
      previous.title ??= start.title;
      if (start.explicit && !previous.explicit) {
        // "WARRANBOOL SHIRE COUNCIL" over "MINUTES OF THE ORDINARY COUNCIL MEETING": the fuller name of the same body.
        if (!fullerName(previous.committee, start.committee)) previous.committee = start.committee;
        previous.meetingDate = start.meetingDate ?? previous.meetingDate;
        previous.explicit = true;
      }
      continue;
    }
    starts.push(start);
  }
  return starts;
}

/** Whether `name` names the body `generic` calls by its bare kind ("Council", "Committee"). */
function fullerName(name: string | undefined, generic: string | undefined): boolean {
  if (!name || !generic || /\s/.test(generic)) return false;
  return name.toLowerCase().endsWith(` ${generic.toLowerCase()}`);
}

function classifyLine(lines: Line[], index: number): PartStart | undefined {
  const line = lines[index]!;
  if (/^Committee Name and Date of Committee Meeting/i.test(line.clean)) {
    return { kind: 'report', lineIndex: reportHeaderStart(lines, index) };
  }
  if (isWorkProgrammeHeading(line)) return { kind: 'work-programme', lineIndex: index };
  const labelledMinutes = readLabelledMeeting(lines, index);
  if (labelledMinutes?.kind === 'minutes') return labelledMinutes;
  if (isDecisionRecordStart(lines, index)) return { kind: 'report', lineIndex: index };
  const coverStart = findCoverSheetStart(lines, index);
  if (coverStart !== undefined) return { kind: 'report', lineIndex: coverStart, coverSheet: true };
  const minutesHeader = readMinutesHeader(lines, index);
  if (minutesHeader?.meetingDate) {
    const { committee, meetingDate, lastLineIndex } = minutesHeader;
    return { kind: 'minutes', lineIndex: index, committee, meetingDate, explicit: true, headerEnd: lastLineIndex };
  }
  const agendaHeader = readAgendaHeading(lines, index) ?? readMeetingNotice(lines, index) ?? labelledMinutes;
  if (agendaHeader) return agendaHeader;
  const notice = readNoticeHeader(lines, index);
  if (notice?.meetingDate) {
    return {
      kind: 'agenda',
      lineIndex: index,
      committee: notice.committee,
      meetingDate: notice.meetingDate,
      explicit: true,
    };
  }
  const heading = findCommitteeHeading(line.clean);
  if (heading) {
    const window = nextLines(lines, index + 1, lookahead);
    if (window.some((next) => /^Date(?: and Time)?\s*:/i.test(next.clean) || /^Date and Time\b/i.test(next.clean))) {
      return { kind: 'agenda', lineIndex: index, committee: heading.name };
    }
    // A licensing or appeals hearing's notice of determination: the panel's name over "Date of hearing:", the
    // record of what that sitting decided. The council's name printed above it yields to the panel's.
    const hearing = window.map((next) => hearingDate.exec(next.clean)).find((match) => match !== null);
    const held = window.map((next) => hearingHeldOn.exec(next.clean)).find((match) => match !== null);
    const hearingOn = findFirstDate(hearing?.[1] ?? held?.[2] ?? '');
    if (hearingOn) {
      const panel = held?.[1] ? findCommitteeName(held[1]) : undefined;
      const explicit = panel !== undefined || !/\bcouncil$/i.test(heading.name);
      const title = hearingSubject(window);
      return {
        kind: 'minutes',
        lineIndex: index,
        committee: panel ?? heading.name,
        meetingDate: hearingOn.iso,
        explicit,
        ...(title ? { title } : {}),
      };
    }
    if (window.some((next) => /^Present\b/i.test(next.clean))) {
      const dateText = [heading.rest, ...window.slice(0, 3).map((next) => next.clean)].join(' ');
      // US minutes print the date month first ("Tuesday, September 9, 2025 - 7:00 PM").
      const date = findMeetingDate(dateText.split(/Present/i)[0] ?? '');
      return { kind: 'minutes', lineIndex: index, committee: heading.name, meetingDate: date };
    }
  }
  const titled = readTitledReport(lines, index);
  if (titled) return { kind: 'report', lineIndex: index, title: titled };
  if (
    /^Present\s*:/i.test(line.clean) &&
    !lines.slice(Math.max(0, index - lookahead), index).some((prev) => findCommitteeHeading(prev.clean))
  ) {
    const held = heldMeetingAbove(lines, index);
    if (held) return { kind: 'minutes', ...held };
    // Minutes whose committee heading the converter lost: the date sits just above "Present".
    const above = nextLines(lines, Math.max(0, index - 4), 4).filter((prev) => prev.index < index);
    const told = above.map((prev) => prev.clean).join(' ');
    const date = findFirstDate(told);
    // A clerk's email of the decisions tells which meeting took them ("… at last night's meeting of the Allotments
    // Committee (Tuesday 9 February 2038 …)").
    const committee = meetingOfCommittee(told);
    if (date)
      return {
        kind: 'minutes',
        lineIndex: above[0]?.index ?? index,
        meetingDate: date.iso,
        ...(committee ? { committee } : {}),
      };
  }
  return undefined;
}

const meetingOfBody = /\bmeeting of (?:the )?(\p{Lu}.*)$/u;

/** The committee a sentence says met ("meeting of the Allotments Committee (Tuesday …"), if it names one. */
function meetingOfCommittee(told: string): string | undefined {
  const named = meetingOfBody.exec(told)?.[1];
  return named ? findCommitteeName(named) : undefined;
}

// "Report of the Head of Transport Policy.": the officer a pack's report is by, on its own line, with no meeting.
const reportBy = /^Report (?:of|by|from) (?:the )?\p{Lu}[\p{L}\d ,&()'’/-]{2,80}\.?$/u;

/**
 * A report in a pack that prints only its title over "Report of <officer>": the title starts a report, which
 * belongs to the pack's meeting. A numbered line is an item heading, not a report's title.
 */
function readTitledReport(lines: Line[], index: number): string | undefined {
  const title = lines[index]!.clean;
  const next = nextLines(lines, index + 1, 1)[0];
  // Other packs print the officer first: "Report of the Head of Planning" over "32/0612/FUL – Land north of …".
  if (isReportBy(title)) return next && isReferencedTitle(next.clean) ? next.clean : undefined;
  if (title.length > 80 || !/^\p{Lu}/u.test(title) || /[.,:;]$/.test(title)) return undefined;
  return next !== undefined && isReportBy(next.clean) ? title : undefined;
}

function isReportBy(clean: string): boolean {
  return reportBy.test(clean) && !/\bto\s+(?:the\s+)?\p{Lu}/u.test(clean);
}

// A title opening on its application or report reference ("32/0612/FUL – Land north of Coldwater Lane").
const referencedTitle = /^[A-Z\d][A-Z\d/.-]{3,20}\s+[–—-]\s+\p{Lu}/u;

/** A title under the officer's line: referenced, so that a sub-heading of minutes is not read as a report. */
function isReferencedTitle(clean: string): boolean {
  return clean.length <= 100 && referencedTitle.test(clean) && !/[.,:;]$/.test(clean);
}

/** A report's cover sheet: "From: …", then "To: <committee> – <date>" and "Subject: …" close below. */
/** An agenda frontsheet: "AGENDA", the committee in capitals and the meeting's date on the lines below. */
function readAgendaHeading(lines: Line[], index: number): PartStart | undefined {
  if (!/^A\s?G\s?E\s?N\s?D\s?A$/i.test(lines[index]!.clean)) return undefined;
  const window: Line[] = [];
  for (const next of nextLines(lines, index + 1, 3)) {
    if (/^\d+[.)]/.test(next.clean)) break;
    window.push(next);
  }
  // The committee is printed under "AGENDA" or, on other councils' frontsheets, just over it.
  const above = lines
    .slice(Math.max(0, index - 4), index)
    .filter((previous) => previous.clean !== '')
    .slice(-2)
    .reverse();
  const committee =
    [...window, ...above].map((next) => findCommitteeHeading(next.clean)?.name).find((name) => name !== undefined) ??
    window.map((next) => leadingCommitteeName(next.clean)).find((name) => name !== undefined);
  const date = findFirstDate(window.map((next) => next.clean).join(' '));
  if (!committee || !date) return headedFrontsheetAbove(lines, index);
  return { kind: 'agenda', lineIndex: index, committee, meetingDate: date.iso, explicit: true };
}

/**
 * A body named in mixed case at the start of a line under "AGENDA", alone or before the venue and date
 * ("Environment Committee, Town Hall, 18/03/2031"): not a sentence that merely mentions one.
 */
function leadingCommitteeName(clean: string): string | undefined {
  const name = findCommitteeName(clean);
  if (!name || /^(?:minutes|agenda|notice|meeting|report)\b/i.test(name)) return undefined;
  if (!clean.toLowerCase().startsWith(name.toLowerCase())) return undefined;
  return /^(?:$|\s*[,–—-]\s)/.test(clean.slice(name.length)) ? name : undefined;
}

// How far above "AGENDA" a frontsheet's heading block may start (committee, date, time, venue, membership).
const frontsheetLines = 8;

/**
 * A frontsheet that prints the committee in capitals, then the date, venue and membership, and "AGENDA" only
 * over the items: the agenda starts at the committee's name, with the first date printed under it.
 */
function headedFrontsheetAbove(lines: Line[], index: number): PartStart | undefined {
  const above = lines
    .slice(Math.max(0, index - 3 * frontsheetLines), index)
    .filter((previous) => previous.clean !== '')
    .slice(-frontsheetLines);
  if (above.some((previous) => /^\d+[.)]/.test(previous.clean))) return undefined;
  for (let at = above.length - 2; at >= 0; at -= 1) {
    const heading = findCommitteeHeading(above[at]!.clean);
    if (heading?.rest !== '') continue;
    const date = findFirstDate(
      above
        .slice(at + 1)
        .map((next) => next.clean)
        .join(' '),
    );
    if (!date) continue;
    // "ORMSFORD DISTRICT COUNCIL" over "Planning Committee" and the date: the council's committee is who meets.
    const named = above
      .slice(at + 1)
      .map((next) => leadingCommitteeName(next.clean))
      .find((name) => name !== undefined);
    return {
      kind: 'agenda',
      lineIndex: above[at]!.index,
      committee: named ?? heading.name,
      meetingDate: date.iso,
      explicit: true,
    };
  }
  return undefined;
}

const noticeTitle = /^(?:notice of (?:the )?meeting|summons(?: to attend(?: the)? meeting)?|agenda)$/i;
const dateLabel = /^Date(?: of meeting)?\s*:/i;

/**
 * A ModernGov-style frontsheet in mixed case: "Notice of Meeting" (or "Agenda"), the body's name on its own
 * line, then "Date: / Time: / Venue:" lines. The body and the date must both be there: a notice that names
 * no meeting starts nothing.
 */
function readMeetingNotice(lines: Line[], index: number): PartStart | undefined {
  if (!noticeTitle.test(lines[index]!.clean)) return undefined;
  const window = nextLines(lines, index + 1, 4);
  const dateAt = window.findIndex((next) => dateLabel.test(next.clean));
  if (dateAt <= 0) return bodyAndDateLine(window[0], index);
  const committee = window
    .slice(0, dateAt)
    .map((next) => next.clean)
    .find((clean) => clean.length <= 80 && !/[.,:;]$/.test(clean) && findCommitteeName(clean) === clean);
  const date = findFirstDate(window[dateAt]!.clean);
  if (!committee || !date) return undefined;
  return { kind: 'agenda', lineIndex: index, committee, meetingDate: date.iso, explicit: true };
}

/** The notice's first line names the body, then the day, time and place: "Scrutiny Committee, Monday 28 April 2031 at …". */
function bodyAndDateLine(line: Line | undefined, index: number): PartStart | undefined {
  const committee = line && leadingCommitteeName(line.clean);
  const date = committee && findFirstDate(line.clean.slice(committee.length));
  if (!committee || !date) return undefined;
  return { kind: 'agenda', lineIndex: index, committee, meetingDate: date.iso, explicit: true };
}

const meetingLabel = /^(?:meeting|meeting of|committee)\s*:\s*(.+)$/i;
const timeOrVenue = /^(?:time|venue|place|location)\s*:/i;
const minutesTitle = /^(?:minutes|record of (?:the )?decisions|decisions? (?:record|notice|sheet))$/i;
const fieldLabel = /^[A-Z][A-Za-z ]{0,40}:/;

/**
 * A frontsheet or record that names its meeting in a labelled block: the body's name alone on its line (or after
 * "Meeting:"), "Date: <date>" on the next and "Time:" or "Venue:" just below. It is an agenda unless a title
 * just above calls it minutes or a record of decisions (the part then starts at that title). A name under
 * another label belongs to that label's block (a report's cover sheet), not to a meeting.
 */
function readLabelledMeeting(lines: Line[], index: number): PartStart | undefined {
  const clean = lines[index]!.clean;
  if (minutesTitle.test(clean)) {
    const next = nextLines(lines, index + 1, 1)[0];
    const block = next && readMeetingBlock(lines, next.index);
    return block && { kind: 'minutes', lineIndex: index, ...block, explicit: true };
  }
  const block = readMeetingBlock(lines, index);
  if (!block) return undefined;
  const above = lines
    .slice(Math.max(0, index - 4), index)
    .filter((previous) => previous.clean !== '')
    .map((previous) => previous.clean);
  if (fieldLabel.test(above.at(-1) ?? '')) return undefined;
  const kind = above.some((title) => minutesTitle.test(title)) ? 'minutes' : 'agenda';
  return { kind, lineIndex: index, ...block, explicit: true };
}

function readMeetingBlock(lines: Line[], index: number): { committee: string; meetingDate: string } | undefined {
  const clean = lines[index]!.clean;
  const name = meetingLabel.exec(clean)?.[1]?.trim() ?? clean;
  if (name.length > 80 || /[.,:;]$/.test(name) || findCommitteeName(name) !== name) return undefined;
  const window = nextLines(lines, index + 1, 3);
  const date = dateLabel.test(window[0]?.clean ?? '') ? findFirstDate(window[0]!.clean) : undefined;
  if (!date || !window.slice(1).some((next) => timeOrVenue.test(next.clean))) return undefined;
  return { committee: name, meetingDate: date.iso };
}

function isWorkProgrammeHeading(line: Line): boolean {
  if (!/work programme/i.test(line.clean) || /^\d+\.?\s/.test(line.clean) || line.clean.length > 120) return false;
  if (/summary work programme/i.test(line.clean) || /^appendix\b/i.test(line.clean)) return true;
  const isHeading = /^\s*(#|\*\*)/.test(line.raw);
  return isHeading && /^[\w\s–-]*work programme\s*[\d/\-–]*$/i.test(line.clean);
}

/** Report summary sheets are often preceded by a "Public Report / Committee" cover. */
function reportHeaderStart(lines: Line[], index: number): number {
  let start = index;
  for (let back = index - 1; back >= Math.max(0, index - 6); back -= 1) {
    const clean = lines[back]!.clean;
    if (clean === '' || /^-{3,}$/.test(clean)) continue;
    if (/^Public Report$/i.test(clean) || (/^Public Report/i.test(lines[back - 1]?.clean ?? '') && clean.length < 80)) {
      start = back;
      continue;
    }
    break;
  }
  return start;
}

// "… was held at the Parish Hall on Wednesday the 24th day of September 2036": the date follows within a clause.
const heldOn = /\b(?:was|were)\s+held\b/i;
const heldDateReach = 160;
const openingLines = 8;

/**
 * Minutes that open on a sentence rather than a heading ("An Assembly of the Principals and Officers of the Parish
 * of St. Aubinet was held at the Parish Hall on Wednesday the 24th day of September 2036"): the part starts at that
 * sentence's paragraph and the meeting is dated by the date it was held on, not by a date in a sentence between
 * it and the attendance ("the notice having been published in the Gazette on 10 September 2036").
 */
function heldMeetingAbove(lines: Line[], index: number): { lineIndex: number; meetingDate: string } | undefined {
  const above: Line[] = [];
  for (let previous = index - 1; previous >= 0 && above.length < openingLines; previous -= 1) {
    if (lines[previous]!.clean !== '') above.unshift(lines[previous]!);
  }
  for (const [position, line] of above.entries()) {
    const held = heldOn.exec(line.clean);
    if (!held) continue;
    const clause = [line.clean.slice(held.index), ...above.slice(position + 1).map((next) => next.clean)].join(' ');
    const date = findFirstDate(clause.slice(0, heldDateReach));
    if (!date) continue;
    let start = line.index;
    while (start > 0 && lines[start - 1]!.clean !== '') start -= 1;
    return { lineIndex: start, meetingDate: date.iso };
  }
  return undefined;
}

function nextLines(lines: Line[], from: number, count: number): Line[] {
  const found: Line[] = [];
  for (let index = from; index < lines.length && found.length < count; index += 1) {
    if (lines[index]!.clean !== '') found.push(lines[index]!);
  }
  return found;
}
