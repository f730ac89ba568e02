import { findFirstDate } from '../../src/core/dates.js';
import type { Line } from '../../src/core/lines.js';
import type { ReportDetail } from '../../src/core/paper.js';
import { findExemptMarking } from './find-exempt-marking.js';

export interface CoverSheet {
  detail: ReportDetail;
  committee?: string;
  meetingDate?: string;
  /** Index of the last line of the labelled fields: the summary and the report body follow. */
  lastLineIndex: number;
}

// "Label: value" lines of a cover sheet; a value may wrap onto the lines below until the next label.
const label = /^([A-Z][A-Za-z()/' ]{1,40}?)\s*[:?]\s*(.*)$/;
const bodyStart = /^(?:summary|executive summary|recommendations?(?:\(s\))?|purpose(?: of (?:the )?report)?)\s*:/i;

/**
 * Reads a "From: / To: <committee> – <date> / Subject: / Decision No: / Classification:" cover sheet, as
 * English county and district reports have it: the report belongs to the meeting its "To:" line names.
 */
export function parseCoverSheet(lines: Line[]): CoverSheet {
  const fields = new Map<string, string[]>();
  let current: string | undefined;
  let lastLineIndex = lines[0]?.index ?? 0;
  for (const line of lines) {
    if (bodyStart.test(line.clean)) break;
    const match = label.exec(line.clean);
    if (match && isFieldLabel(match[1]!)) {
      current = match[1]!.toLowerCase().trim();
      fields.set(current, match[2] ? [match[2]] : []);
      lastLineIndex = line.index;
      continue;
    }
    if (line.clean === '') {
      // A blank line ends a wrapped value, except for the author list, which runs one name a paragraph.
      if (current === 'from') fields.get(current)!.push('');
      else current = undefined;
      continue;
    }
    if (/^\d+\.?\s+[A-Z]/.test(line.clean) && !current) break;
    if (current) {
      fields.get(current)!.push(line.clean);
      lastLineIndex = line.index;
    }
  }
  const to = fields.get('to')?.join(' ') ?? '';
  const coverText = lines
    .filter((line) => line.index <= lastLineIndex)
    .map((line) => line.clean)
    .join('\n');
  const title = fields.get('subject')?.join(' ').trim();
  return {
    detail: {
      title: title || 'Untitled report',
      author: firstAuthor(fields.get('from') ?? []),
      ...decisionNumberOf(fields),
      exempt: findExemptMarking(coverText),
      summary: fieldAfter(lines, /^(?:executive )?summary\s*:\s*/i, lastLineIndex),
      recommendations: fieldAfter(lines, /^recommendations?(?:\(s\))?\s*:\s*/i, lastLineIndex),
    },
    committee: committeeOf(to),
    meetingDate: findFirstDate(to)?.iso,
    lastLineIndex,
  };
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

function isFieldLabel(name: string): boolean {
  return /^(?:from|to|subject|decision (?:no|number|ref(?:erence)?)|classification|key decision|past pathway(?: of (?:report|paper))?|future pathway(?: of (?:report|paper))?|electoral divisions?|wards?(?: affected)?|is the decision eligible for call-in|report author|author|date|exempt from the press and public|contact officer)\.?$/i.test(
    name.trim(),
  );
}

/** "Cabinet - 30 January 2025" → "Cabinet"; "All Members of the County Council" → "County Council". */
function committeeOf(to: string): string | undefined {
  const name = to
    .split(/\s+[-–—]\s+|,\s*(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i)[0]!
    .replace(/^(?:all )?members of (?:the )?/i, '')
    .replace(/\s*\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$/, '')
    .trim();
  return name.length > 1 && name.length <= 80 ? name : undefined;
}

/** "Decision No: 24/00096" (also "Decision Number", "Decision Ref"), whichever label the sheet uses. */
function decisionNumberOf(fields: Map<string, string[]>): Pick<ReportDetail, 'decisionNumber'> {
  for (const [label, value] of fields) {
    const number = /^decision (?:no|number|ref)/.test(label) ? value.join(' ').trim() : '';
    if (number) return { decisionNumber: number };
  }
  return {};
}
