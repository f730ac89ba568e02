import { authorityOf } from '../../core/authority-names.js';
import type { Chunk } from '../../core/chunk.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';

// The asking word before the council and the act after it, shared by both readings below.
const asking = String.raw`\b(?:did|has|have|had|will|would|does|do|is|was|were)\s+`;
const act = String.raw`\s+(?:\w+\s+)?(?:decide[sd]?|agree[sd]?|adopt\w*|approve[sd]?|resolve[sd]?|vote[sd]?|endorse[sd]?|reject\w*|refuse[sd]?|sign\w*|choose|chose|do|done|say|said)\b`;

// "What did Medway Council decide …", "has Ashby Town Council adopted …": a council by its place's name, the
// body whose act the question asks about.
const councilActing = new RegExp(
  String.raw`${asking}((?:[a-z'’-]+\s+){1,3}?)(?:(?:county|city|borough|district|parish|town|municipal|metropolitan)\s+)*council${act}`,
  'i',
);

// "What did Ashby's cabinet decide …", "has Thornmere council's executive agreed …", "did Hampshire County
// Council's cabinet decide …": the council by its place's name, acting through its cabinet or a committee.
const councilBodyActing = new RegExp(
  String.raw`${asking}((?:[a-z'’-]+\s+){0,2}?[a-z-]+)(?:\s+(?:(?:county|city|borough|district|parish|town|metropolitan)\s+)?council)?(?:'s|’s)\s+(?:cabinet|executive|council|committee|board|leader)${act}`,
  'i',
);

// Determiners before the name; any other common word in the run means it is not a place's name ("members of the").
const determiners = new Set(['the', 'a', 'an', 'this', 'that']);
const notPlace = new Set(
  'their its our your whole full new old same other members councillors of for in at on by to and or with from board committee cabinet panel council executive'.split(
    ' ',
  ),
);

/** The place words of the council the question asks to have acted ("medway"), if it names one. */
export function councilAskedToAct(question: string): string[] {
  const match = councilActing.exec(question) ?? councilBodyActing.exec(question);
  if (!match) return [];
  const words = match[1]!
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const place = words[0] && determiners.has(words[0]) ? words.slice(1) : words;
  return place.some((word) => notPlace.has(word) || determiners.has(word)) ? [] : place;
}

/**
 * Whether the passages are another body's that names the asked council only in passing: none is that council's
 * paper, while one prints its name ("… leaders from Medway Council"). What that council did is not in them.
 */
export function namedOnlyInPassing(place: string[], chunks: Chunk[]): boolean {
  if (place.length === 0 || chunks.length === 0) return false;
  const own = (chunk: Chunk) => {
    const names = `${chunk.committee} ${chunk.authority ?? ''} ${chunk.headingPath.join(' ')}`.toLowerCase();
    return place.every((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`).test(names));
  };
  // "Sheffield and Barnsley Councils" names each of them.
  const printed = new RegExp(`\\b${place.map(escapeRegExp).join('\\s+')}\\s+(?:[A-Z][a-z]+\\s+){0,2}Councils?\\b`, 'i');
  return !chunks.some(own) && (chunks.some((chunk) => printed.test(chunk.text)) || onlyInOtherNames(place, chunks));
}

// A name of a body that is not a council: "Ashby Children's Services Trust", "Ashby Royal Hospital".
const otherBodyName =
  /^(?:\s+[A-Z][\p{L}'’-]*){1,3}?\s+(?:Trust|Partnership|Foundation|Hospital|College|University|Academy|School|Company|Group|Association)\b/u;

/**
 * Whether the passages print the place, and only as the start of another body's name: "funding sat with Ashby
 * Children's Services Trust" tells of a trust there, not of that council's cabinet. A place printed on its own
 * ("Ashby would still be accountable") may be the council the papers are of.
 */
function onlyInOtherNames(place: string[], chunks: Chunk[]): boolean {
  const printed = new RegExp(`\\b${place.map(escapeRegExp).join('\\s+')}\\b`, 'giu');
  const ends = chunks.flatMap((chunk) =>
    [...chunk.text.matchAll(printed)].map((match) => chunk.text.slice(match.index + match[0].length)),
  );
  return ends.length > 0 && ends.every((rest) => otherBodyName.test(rest));
}

/**
 * Whether the passages are all of other councils than the one asked to have acted: at least one is known to be
 * another authority's paper, none is that council's or prints it as a council, and those of no known authority
 * do not print its place. A list of councils in another's budget paper ("Hampshire, 15%") says nothing of what
 * that council decided.
 */
export function ofOtherCouncils(place: string[], chunks: Chunk[]): boolean {
  if (place.length === 0 || !chunks.some((chunk) => authorityOf(chunk) !== undefined)) return false;
  const name = place.map(escapeRegExp).join('\\s+');
  const asCouncil = new RegExp(`\\b${name}\\s+(?:[A-Z][a-z]+\\s+){0,2}Council\\b`, 'i');
  const printed = new RegExp(`\\b${name}\\b`, 'i');
  return chunks.every((chunk) => {
    const names = `${chunk.committee} ${chunk.authority ?? ''} ${chunk.headingPath.join(' ')}`;
    if (printed.test(names) || asCouncil.test(chunk.text)) return false;
    return authorityOf(chunk) !== undefined || !printed.test(chunk.text);
  });
}

/**
 * Whether a council the question names is absent from the passages: each is known to be another authority's
 * paper, and none prints the council's place. Typed in lower case, the place is no name the evidence check
 * looks for, so the passages of another council's papers read as answering it.
 */
export function councilAbsent(place: string, chunks: Chunk[]): boolean {
  if (chunks.length === 0) return false;
  const printed = new RegExp(`(?<![\\p{L}])${escapeRegExp(place)}(?![\\p{L}])`, 'iu');
  return chunks.every(
    (chunk) =>
      authorityOf(chunk) !== undefined &&
      !printed.test(`${chunk.committee} ${chunk.authority ?? ''} ${chunk.headingPath.join(' ')} ${chunk.text}`),
  );
}

// A body that is no council's committee but stands on its own, named by its place: "Saltfleet Levels Internal
// Drainage Board", "Holmebridge and Daleside Fire and Rescue Authority". Its first word is the place, which a
// council's own board ("Licensing Board", "Health and Wellbeing Board") does not start with.
const standaloneBody = /^\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,6}\s+(?:Board|Authority|Trust|Commission)$/u;
const notPlaceFirst = new Set(
  'licensing planning health police fire combined joint education housing scrutiny audit pension pensions schools adoption safeguarding local regional national the'.split(
    ' ',
  ),
);

/**
 * Whether every quoted passage is of a body standing on its own under another place's name, and none prints the
 * council asked to have acted: "What levy on Saltfleet District Council did the Marrow Springs City Council
 * approve?" quoted from the drainage board's minutes tells what the board set, not what that council approved.
 */
export function quotesOnlyOtherBodies(place: string[], chunks: Chunk[]): boolean {
  if (place.length === 0 || chunks.length === 0) return false;
  const printed = new RegExp(`\\b${place.map(escapeRegExp).join('\\s+')}\\b`, 'i');
  return chunks.every((chunk) => {
    const body = chunk.committee.trim();
    const first = body.split(/\s+/)[0]!.toLowerCase();
    const names = `${body} ${chunk.authority ?? ''} ${chunk.headingPath.join(' ')} ${chunk.text}`;
    return standaloneBody.test(body) && !notPlaceFirst.has(first) && !printed.test(names);
  });
}

// "Was the strategy approved by cabinet?", "did the executive agree …", "has cabinet made its mind up …": the
// council's cabinet (or executive) is the body whose act is asked about.
const cabinetActing =
  /\b(?:approved|agreed|adopted|endorsed|signed off|ratified|decided|rejected|considered)\s+(?:on\s+)?by\s+(?:the\s+)?(?:council'?s\s+)?(?:cabinet|executive)\b|\b(?:did|has|have|had|will|would|does|do|is|was)\s+(?:the\s+)?(?:council'?s\s+)?(?:cabinet|executive)\s+(?:\w+\s+)?(?:approve|agree|adopt|decide|endorse|sign|ratify|reject|vote|made|make|consider)\w*\b/i;
// The cabinet named as no body acting: an office ("the Cabinet Member for Children", "Executive Director"), a
// body of young people ("the youth cabinet") or a part of a report ("Executive Summary", "Chief Executive").
const cabinetAsOffice =
  /\b(?:cabinet|executive)\s+(?:members?|leads?|portfolios?|councillors?|directors?|officers?|summary|assistants?|support|team|board)\b|\b(?:youth|shadow|chief|non-executive)\s+(?:cabinet|executive)\b|\bnon-executive\b/gi;
const cabinetNamed = /\b(?:cabinet|executive)\b/i;

/**
 * Whether the cabinet is asked to have acted and the quoted passages are of another body and never name the
 * cabinet as a body: "was the safeguarding strategy approved by cabinet?" answered by a select commission's
 * minute whose only "Cabinet" is "the Cabinet member raises …" says nothing of what cabinet decided. A passage of
 * the cabinet's own papers, or one that tells of it ("approved by Cabinet on 12 June"), may hold the answer.
 */
export function cabinetActNotQuoted(question: string, chunks: Chunk[]): boolean {
  if (chunks.length === 0 || !cabinetActing.test(question)) return false;
  return !chunks.some((chunk) => {
    const names = `${chunk.committee} ${chunk.authority ?? ''} ${chunk.partTitle} ${chunk.headingPath.join(' ')}`;
    return (
      cabinetNamed.test(names.replace(cabinetAsOffice, ' ')) ||
      cabinetNamed.test(chunk.text.replace(cabinetAsOffice, ' '))
    );
  });
}
