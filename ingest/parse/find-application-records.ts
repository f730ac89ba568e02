import type { Line } from '../../src/core/lines.js';

export interface ApplicationRecord {
  line: Line;
  /** The application's reference ("24/0871/FUL"), as the minute number it is cited by. */
  number: string;
  /** Where the application is ("Land rear of 14-22 Orchard Rise"), else what it proposes. */
  title: string;
}

// "Application No: 24/0871/FUL", "Planning Application Number 24/0871/FUL", "Application Ref: P/24/0871",
// "Case No.: ZC-2024-11": the label opening one application's record, its value a reference with a figure.
const referenceLine =
  /^(?:(?:planning\s+)?application|case|file)\s*(?:no\b\.?|number|ref\b\.?|reference)?\s*[:.]?\s*([A-Z]{0,4}[\w./-]*\d[\w./-]*)$/i;
// The fields that say where the application is, then (when none does) what it is for.
const siteLabel = /^(?:site(?:\s+address)?|location|address|property)\s*:\s*(\S.*)$/i;
const proposalLabel = /^(?:proposal|description(?:\s+of\s+development)?|development)\s*:\s*(\S.*)$/i;
// A title is the field's value up to its first sentence's end, at most this long.
const maxTitleLength = 120;

/**
 * A planning committee's schedule of decisions prints each application as a record of labelled fields
 * ("Application No: … / Site: … / Proposal: … / Applicant: … / Decision: REFUSED / Reasons: …"): each record is
 * an item of the meeting, numbered by its reference and titled by its site. A reference line counts only with
 * a site or proposal field in its record, and only two records or more make a schedule.
 */
export function findApplicationRecords(lines: Line[]): ApplicationRecord[] {
  const labelled = labelledRecords(lines);
  return labelled.length > 0 ? labelled : listedApplications(lines);
}

// "(1) NP/RD/31/0877 – Gillside Farm, Langdale End: conversion of a barn …": a planning item listing its
// applications one to a numbered paragraph, each opening with its reference (a figure and a slash in it), then
// the site, then what is proposed after a colon.
const listedApplication = /^\((\d{1,2})\)\s+((?=\S*\d)[A-Z\d][\w.-]*(?:\/[\w.-]+)+)\s+[–—-]\s+(\S.*)$/;

/** The applications a planning item lists as numbered paragraphs, each an item cited by its reference. */
function listedApplications(lines: Line[]): ApplicationRecord[] {
  const records = lines.flatMap((line) => {
    const match = listedApplication.exec(line.clean);
    if (!match) return [];
    const site = match[3]!.split(/:\s/)[0]!.slice(0, maxTitleLength).trim();
    return [{ line, number: match[2]!, title: site }];
  });
  return records.length >= 2 ? records : [];
}

function labelledRecords(lines: Line[]): ApplicationRecord[] {
  const starts = lines.flatMap((line, position) => {
    const match = referenceLine.exec(line.clean);
    return match ? [{ line, position, number: match[1]! }] : [];
  });
  const records = starts.flatMap(({ line, position, number }, index) => {
    const fields = lines.slice(position + 1, starts[index + 1]?.position ?? lines.length).map((field) => field.clean);
    const site = firstValue(fields, siteLabel) ?? firstValue(fields, proposalLabel);
    return site ? [{ line, number, title: site }] : [];
  });
  return records.length >= 2 ? records : [];
}

function firstValue(fields: string[], label: RegExp): string | undefined {
  for (const field of fields) {
    const value = label.exec(field)?.[1];
    if (value)
      return value
        .split(/(?<=[a-z)])\.\s/)[0]!
        .replace(/\.$/, '')
        .slice(0, maxTitleLength)
        .trim();
  }
  return undefined;
}
