import { titleCase } from '../../src/core/committee-names.js';
import { type CoverField, readCoverLabel } from '../../src/core/cover-sheet-labels.js';
import { findFirstDate } from '../../src/core/dates.js';
import { type Line, upperCaseShare } from '../../src/core/lines.js';
import type { ReportDetail } from '../../src/core/paper.js';
import { type ReportByLine, readReportByLine } from './find-cover-sheet-start.js';
import { findExemptMarking } from './find-exempt-marking.js';

export interface CoverSheet {
  detail: ReportDetail;
  committee?: string;
  meetingDate?: string;
  /** Index of the last line of the labelled fields: the summary and the report body follow. */
  lastLineIndex: number;
}

const bodyStart =
  /^(?:summary|executive summary|recommendations?(?:\(s\))?|purpose(?: of (?:the )?report)?)\s*:|^(?:\d+(?:\.\d+)*\.?\s+)?(?:purpose(?: of (?:the )?report)?|executive summary|summary|recommendations?|introduction|background)$/i;

/**
 * Reads a report's cover sheet by its labelled fields, in the forms English, Welsh, Scottish and Irish councils
 * print: the body ("To: / Report to: / Meeting: / Committee: / Decision maker:"), the meeting's date (a date on
 * the body's own line wins over "Date of meeting:"), the title ("Subject: / Title: / Report title:"), the author
 * ("From: / Report of: / Report by:", or the named officer when those give only a post) and the exempt marking.
 * A sheet that names no body names no meeting: its "Date:" is then only when it was written, and it stays undated.
 */
export function parseCoverSheet(lines: Line[]): CoverSheet {
  const fields = new Map<CoverField, string[]>();
  let current: string[] | undefined;
  let currentLabel: string | undefined;
  let afterBlank = false;
  let reportBy: ReportByLine | undefined;
  let titleAbove: string | undefined;
  let lastLineIndex = lines[0]?.index ?? 0;
  for (const [position, line] of lines.entries()) {
    if (bodyStart.test(line.clean)) break;
    const byLine = reportBy ? undefined : readReportByLine(line.clean);
    if (byLine) {
      reportBy = byLine;
      // The council's name printed over the title is the letterhead, not part of the title.
      const above = lines
        .slice(0, position)
        .filter((previous) => previous.clean !== '' && !/\bcouncil$/i.test(previous.clean));
      titleAbove =
        above.length > 0 && above.length <= 2 ? above.map((previous) => previous.clean).join(' ') : undefined;
      lastLineIndex = line.index;
      current = undefined;
      continue;
    }
    const labelled = readCoverLabel(line.clean, line.raw);
    if (labelled) {
      // The first label of each fact wins; a repeated one ("Contact officer" twice) is read and dropped.
      current = labelled.value ? [labelled.value] : [];
      currentLabel = labelled.label;
      afterBlank = false;
      if (!fields.has(labelled.field)) fields.set(labelled.field, current);
      lastLineIndex = line.index;
      continue;
    }
    if (line.clean === '') {
      // A blank line ends a wrapped value, except for a "From:" author list, which runs one name a paragraph.
      if (currentLabel === 'from' && current) current.push('');
      else current = undefined;
      afterBlank = true;
      continue;
    }
    if (/^\d+\.?\s+[A-Z]/.test(line.clean) && (!current || afterBlank)) break;
    afterBlank = false;
    if (current) {
      current.push(line.clean);
      lastLineIndex = line.index;
      continue;
    }
    // Prose after the labels is the report itself, unless another label follows just below it.
    if ((fields.size > 0 || reportBy) && !labelFollows(lines, position)) break;
  }
  const body = fields.get('body')?.join(' ').trim() ?? reportBy?.body ?? '';
  // A two-column row keeps its gutter, which stands between a label and its value as a colon would.
  const coverText = lines
    .filter((line) => line.index <= lastLineIndex)
    .map((line) => (line.raw.includes('\t') ? line.raw.trim() : line.clean))
    .join('\n');
  const title =
    fields.get('title')?.join(' ').trim() ||
    titleAbove ||
    headingBelow(lines, lastLineIndex) ||
    headingAbove(lines, fields.size > 0 ? firstLabelled(lines) : undefined);
  const committee = committeeOf(body);
  const dateField = fields.get('meetingDate')?.join(' ') ?? '';
  const meetingDate =
    findFirstDate(body)?.iso ?? reportBy?.meetingDate ?? (committee ? findFirstDate(dateField)?.iso : undefined);
  return {
    detail: {
      title: title || 'Untitled report',
      ...authorOf(fields, reportBy, lines, lastLineIndex),
      ...decisionNumberOf(fields),
      exempt: findExemptMarking(coverText),
      summary: fieldAfter(lines, /^(?:executive )?summary\s*:\s*/i, lastLineIndex),
      recommendations: fieldAfter(lines, /^recommendations?(?:\(s\))?\s*:\s*/i, lastLineIndex),
    },
    committee,
    meetingDate,
    lastLineIndex,
  };
}

function labelFollows(lines: Line[], position: number): boolean {
  return lines
    .slice(position + 1)
    .filter((line) => line.clean !== '')
    .slice(0, 2)
    .some((line) => readCoverLabel(line.clean, line.raw) !== undefined);
}

function firstLabelled(lines: Line[]): number | undefined {
  return lines.find((line) => readCoverLabel(line.clean, line.raw) !== undefined)?.index;
}

/**
 * The paper's own heading over its labels ("# Wyebourne and Lessingham Joint Scrutiny Inquiry into Flood
 * Resilience" over "Report to: / Date of Executive meeting:"), for a sheet with no title label: its first line,
 * unless that is the council's letterhead.
 */
function headingAbove(lines: Line[], labelIndex: number | undefined): string | undefined {
  if (labelIndex === undefined) return undefined;
  const first = lines.find((line) => line.clean !== '' && line.index < labelIndex)?.clean;
  return first && first.length <= 120 && !/\bcouncil$/i.test(first) ? first : undefined;
}

/** A heading printed under the labels ("GARDEN WASTE CHARGES"), for a sheet with no title label. */
function headingBelow(lines: Line[], afterIndex: number): string | undefined {
  const next = lines.find((line) => line.index > afterIndex && line.clean !== '');
  if (!next || next.clean.length > 120 || /[.,:;]$/.test(next.clean) || /^\d/.test(next.clean)) return undefined;
  return bodyStart.test(next.clean) || readCoverLabel(next.clean) ? undefined : next.clean;
}

// "Sue Chandler, Cabinet Member for …" or "Cllr Jo Bloggs" names a person; "Head of Neighbourhood Services",
// "Licensing Manager" or "Executive Director, Place" names only a post.
const honorific = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?\s/;
const postWord =
  /\b(?:head|director|manager|officer|chief|executive|clerk|secretary|lead|leader|member|services?|team|department|directorate|portfolio|cabinet|council|committee|corporate|strategic)\b/i;

function namesPerson(author: string): boolean {
  if (honorific.test(author)) return true;
  const [name, post] = author.split(/,\s*/, 2);
  return post !== undefined && !postWord.test(name!);
}

// Where an officer's contact details begin: "…, Waste Manager, 01632 960123, name@council.gov.uk".
const contactDetails =
  /[,;]?\s*(?:\b(?:tel(?:ephone)?|phone|e-?mail|ext(?:ension)?)\b|\(?\b0\d{2,4}\)?\s?\d{3}|\S+@\S+)/i;

/**
 * The author: "From:" or "Report of:" when it names a person; when it names only a post, the officer the sheet
 * names ("Report author:", "Contact officer:", on the cover or at the report's end) is who wrote it.
 */
function authorOf(
  fields: Map<CoverField, string[]>,
  reportBy: ReportByLine | undefined,
  lines: Line[],
  lastLineIndex: number,
): Pick<ReportDetail, 'author'> {
  const named = firstAuthor(fields.get('author') ?? []) ?? reportBy?.author;
  if (named && namesPerson(named)) return { author: named };
  const officerLine = fields.get('officer') ?? laterOfficer(lines, lastLineIndex);
  const officer = officerLine
    ? firstAuthor(officerLine)
        ?.split(contactDetails)[0]
        ?.replace(/[,;\s]+$/, '')
    : undefined;
  const author = officer || named;
  return author ? { author } : {};
}

function laterOfficer(lines: Line[], afterIndex: number): string[] | undefined {
  for (const line of lines) {
    if (line.index <= afterIndex) continue;
    const labelled = readCoverLabel(line.clean, line.raw);
    if (labelled?.field === 'officer' && labelled.label !== 'contact' && labelled.value) return [labelled.value];
  }
  return undefined;
}

// "Jo Bloggs, Cabinet Member…" or "Mr J Bloggs, …": a line opening with a name and a comma starts another author.
const authorStart = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s/;

/**
 * The first author: a title wrapped onto the next line ("Cabinet Member for Integrated / Children's Services")
 * is joined, and the author ends at a blank line or at a line that starts another name.
 */
function firstAuthor(lines: string[]): string | undefined {
  const parts: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (parts.length > 0) break;
      continue;
    }
    if (parts.length > 0 && authorStart.test(line)) break;
    parts.push(line.trim());
  }
  const author = parts.join(' ').replace(/,\s*$/, '').trim();
  return author === '' ? undefined : author;
}

// The summary and recommendations run to the next label or the report's first numbered heading.
const fieldEnd = /^(?:(?:executive )?summary|recommendations?(?:\(s\))?)\s*:|^\d+\.?\s+[A-Z]/i;

function fieldAfter(lines: Line[], label: RegExp, afterIndex: number): string | undefined {
  const first = lines.findIndex((line) => line.index > afterIndex && label.test(line.clean));
  if (first === -1) return undefined;
  const parts = [lines[first]!.clean.replace(label, '')];
  for (const line of lines.slice(first + 1)) {
    if (fieldEnd.test(line.clean)) break;
    parts.push(line.clean);
  }
  const value = parts.join(' ').replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

/**
 * "Cabinet - 30 January 2025" → "Cabinet"; "All Members of the County Council" → "County Council"; "The
 * Cathaoirleach and each Member of the Municipal District of X" → "Municipal District of X"; "EDUCATION COMMITTEE
 * ON 5 MARCH 2025" → "Education Committee".
 */
function committeeOf(to: string): string | undefined {
  const name = officeOf(to)
    .split(/\s+[-–—]\s+|,\s*(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i)[0]!
    .replace(
      /^(?:the\s+)?(?:cathaoirleach|mayor|chair(?:man|person)?|leader|convener|provost)\s+and\s+(?:the\s+)?/i,
      '',
    )
    .replace(/^(?:(?:all|each)\s+)?members?\s+of\s+(?:the\s+)?/i, '')
    .replace(/\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d.*$/i, '')
    .replace(/\s*\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$/, '')
    .trim();
  if (name.length <= 1 || name.length > 80) return undefined;
  return upperCaseShare(name) > 0.9 ? titleCase(name) : name;
}

// A member named by title and name: "Councillor Petra Lindgren", "Cllr J. Moss", "Mr A Smith".
const namedMember = String.raw`(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const officeThenMember = new RegExp(String.raw`^(.+?)[\s,(–-]+${namedMember}\)?$`, 'u');
const memberThenOffice = new RegExp(String.raw`^${namedMember}\s*[,(–-]\s*(.+?)\)?$`, 'u');

/**
 * A single member's decision names the office that decides and its holder, in either order: "Cabinet Member
 * for Environment and Climate" over "Councillor Petra Lindgren", or "Cllr J Moss, Leader of the Council". The
 * office is the decision-maker the paper is filed under (as a committee is), the same whoever holds it; the
 * holder's name stays in the sheet's text.
 */
function officeOf(body: string): string {
  const trimmed = body.trim();
  const office = officeThenMember.exec(trimmed)?.[1] ?? memberThenOffice.exec(trimmed)?.[1];
  return office && !/\d/.test(office) ? office.trim() : trimmed;
}

/** "Decision No: 24/00096" (also "Decision Number", "Decision Ref"), whichever label the sheet uses. */
function decisionNumberOf(fields: Map<CoverField, string[]>): Pick<ReportDetail, 'decisionNumber'> {
  const number = fields.get('decisionNumber')?.join(' ').trim();
  return number ? { decisionNumber: number } : {};
}
