import { placeWords } from '../../src/core/authority-names.js';
import { titleCase } from '../../src/core/committee-names.js';
import type { Line } from '../../src/core/lines.js';

// A paper's title block is its first few printed lines, and each part's own first few in a pack.
const titleBlockLines = 8;
const maxNameLength = 80;

// A health body is an authority too: "Brackmoor Community Health NHS Trust", "NHS Ostwold Integrated Care Board",
// "Caerwen University Health Board" (an NHS trust, ICB or Welsh and Scottish health board, whose board meets in public).
// A charity's trustees and a harbour's commissioners meet as the board of a body named by its place too: "The
// Hartwell Community Foundation", "PORTHALLOW HARBOUR COMMISSIONERS". So do an academy trust's ("GREYSTONE LEARNING
// TRUST", "HOLLINS VALLEY SCHOOLS TRUST"), and a South African municipality is the council ("UMLAZANA LOCAL
// MUNICIPALITY").
const authorityEnd = String.raw`(?:council|authority|nhs\s+(?:foundation\s+)?trust|integrated\s+care\s+board|health\s+board|foundation|charity|(?:harbour|port|conservancy)\s+(?:commissioners|trust)|(?:learning|schools?|academy|academies|education)\s+trust|(?:local|district|metropolitan)\s+municipality)`;
// "KENT COUNTY COUNCIL", "Hartshire Fire and Rescue Authority", "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION",
// "Greenvale Town Council - Planning Committee": the authority's name alone on its line, or before a dash and
// the paper's title.
const nameLine = new RegExp(
  String.raw`^((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|and|of|the|&))*?\s+${authorityEnd})(?:\s+[-–—]\s+\S.*)?$`,
  'iu',
);
// "Minutes of the Meeting of Limerick City and County Council’s Travel and Transportation Strategic Policy
// Committee": the authority whose committee met.
const possessive =
  /\b(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|and|of|the|&))*?\s+(?:Council|Authority))['’]s\s/u;
// "Township of Ashgrove", "City of Harlow", "Shire of Eden": a municipality printed over the title.
const placeLine =
  /^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:city|town|township|village|county|municipality|shire|borough|district)\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/iu;
// "Minutes of the Meeting of Limerick City and County Council's …": the heading's words before the name.
const headingLead = /^.*\b(?:meeting|minutes|proceedings|agenda|report|notice|decisions)\s+of\s+(?:the\s+)?/i;
// Lines that open with these are headings of the business, not the authority's name.
const notAName = /^(?:minutes|meeting|agenda|report|to|from|all|members|dear|notice|summons|the\s+meeting)\b/i;

/**
 * The council or authority whose paper this is, as its title block prints it: over the committee's name
 * ("WESTBURY TOWN COUNCIL" over "Minutes of the Community and Environment Committee"), in the header's
 * possessive ("Limerick City and County Council's … Committee"), or as a municipality ("Township of
 * Ashgrove"). A question names the place ("allotments in Westbury") where every passage of the paper does
 * not print it. Undefined when the title block names none with a place.
 */
export function findAuthority(lines: Line[], partStartLines: number[]): string | undefined {
  for (const start of [0, ...partStartLines]) {
    const block = printedLines(lines, start, titleBlockLines);
    for (const line of block) {
      const name = authorityIn(line.clean);
      if (name) return name;
    }
  }
  return undefined;
}

function authorityIn(clean: string): string | undefined {
  const owner = possessive.exec(clean)?.[1];
  const whole = clean.length <= maxNameLength && !notAName.test(clean) ? nameLine.exec(clean)?.[1] : undefined;
  const place = clean.length <= maxNameLength && placeLine.test(clean) ? clean : undefined;
  const name = (owner ?? whole ?? place)?.replace(headingLead, '').replace(/^the\s+/i, '');
  if (!name || placeWords(name).length === 0) return undefined;
  return name === name.toUpperCase() ? titleCase(name) : name;
}

function printedLines(lines: Line[], from: number, count: number): Line[] {
  const found: Line[] = [];
  for (let index = from; index < lines.length && found.length < count; index += 1) {
    if (lines[index]!.clean !== '') found.push(lines[index]!);
  }
  return found;
}
