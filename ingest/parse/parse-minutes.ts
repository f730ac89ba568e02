import { bracketedChairTitle, civicHeadName } from '../../src/core/chair-titles.js';
import { monthPattern } from '../../src/core/dates.js';
import { cleanLine, type Line, upperCaseShare } from '../../src/core/lines.js';
import { splitNames } from '../../src/core/name-lists.js';
import type { Attendee, Declaration, MinuteItem, MinutesDetail, Resolution, Span } from '../../src/core/paper.js';
import { findApplicationRecords } from './find-application-records.js';
import { findMotions } from './find-motions.js';

// "8 INFRASTRUCTURE REPORTS" then "8.1 BRIDGE STREET FOOTBRIDGE": Australian and Canadian minutes number the
// business under a heading as sub-items, each with its own motion; town councils number minutes "23/045".
const itemNumber = String.raw`\d{1,4}(?:\.\d{1,2}(?!\d))?|\d{2,4}\/\d{1,4}`;
// "Item 5 ATTAINMENT REPORT": Scottish minutes label the number and print the title in capitals after it.
const itemHeading = new RegExp(String.raw`^(?:(?:minute|item)\s+)?(${itemNumber})\.?\s+(.+)$`, 'i');
// "1.MINUTES", "3.OVERVIEW ON CRIME STATISTICS": a converter that dropped the space after the number, the title in
// capitals (a figure such as "1.5" never runs into a capital).
const gluedHeading = /^(\d{1,3})\.(\p{Lu}{2}.*)$/u;
// "BoD/25/003 Integrated performance report", "TB.24.12 Finance report": a board's own item references,
// letters then the year and the number; "C61 Apologies", "EX12 Budget": capitals run straight into the number;
// "CAB 41 Apologies": or set a space apart from it (never "PART 2" or "PAGE 3", which name no item). A clerk's
// email of decisions sets a dash between ("AL/38/04 - Rents 2038/39: AGREED …").
const referencedHeading =
  /^([A-Z][A-Za-z]{0,5}[/.](?:\d{2,4}[/.])?\d{1,4}|[A-Z]{1,4}\d{1,4}|(?!PART\b|PAGE\b|ITEM\b)[A-Z]{2,4} \d{1,4})\.?\s+(?:[-–—]\s+)?(.+)$/;
// "Item 4 – Land at Mill Lane": an explicit label needs no capitals to be a heading.
const labelledItemHeading = /^(?:item|minute|agenda item)\s+(\d{1,4})\s*[-–—:.]\s*(.+)$/i;
// "ARTICLE 4. To see if the Town will vote to appropriate …": a New England town meeting takes up its warrant's
// articles, printed in capitals, each the item the meeting voted on.
const warrantArticle = /^ARTICLE\s+(\d{1,3})\.\s+(.+)$/;
// Welsh minutes print the marker in both languages: "PENDERFYNWYD / RESOLVED:". New Zealand boards label the
// decision "Resolution:" (a numbered "Resolution No. 2024-288" names one rather than opening it). A record of
// decisions' other fields ("Decision Maker: Cabinet Member for …", "Decision date:") name the decision, not open it.
// A mayoral combined authority's board is consulted on what the Mayor alone decides: "MAYORAL DECISION: The Mayor
// decided …" is the item's outcome. Notes numbered by paragraph put it after the number ("3.3   Agreed: circulate …").
// A town meeting records what the voters decided: "Voted by majority to raise and appropriate $38,914,600 …".
const resolvedMarker =
  /^\s*(?:[-•]\s*)?(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s+)?(?:\*\*)?\s*(?:\p{L}+\s\/\s)?(?:it was\s+|and\s+)?(?:resolved|agreed|recommended|voted(?=\s+(?:unanimously|by|to)\b)|(?:mayor(?:al|['’]s)\s+)?decision(?!\s+(?:makers?|date|no|number|type|ref|reference|status)\b)|resolution(?=\s*:))\b\s*(?:\*\*)?\s*[:\-–]*\s*(?:\*\*)?\s*[:\-–]?\s*/iu;
// "The Committee agreed:" alone on its line, the decisions listed under it (Scottish minutes without a
// "Decision" heading): a Resolved heading in the body's own words.
const bodyAgreedLabel =
  /^(?:the\s+)?(?:committee|council|cabinet|board|panel|sub-committee|commission|executive)\s+(?:agreed|resolved|decided)(?:\s+that)?\s*:-?$/i;

/** Extracts attendance, numbered items, their resolutions and declarations from a minutes part. */
export function parseMinutes(text: string, lines: Line[]): MinutesDetail {
  const items = findItems(text, lines);
  const firstItemStart = items[0]?.start ?? lines.at(-1)?.end ?? 0;
  const header = lines.filter((line) => line.end <= firstItemStart);
  const chairLines = paragraphFrom(header, chairLabel);
  const presentLines = paragraphFrom(header, presentLabel);
  const apologyLines = paragraphFrom(header, apologiesLabel);
  const attendanceLines = [...chairLines, ...presentLines, ...apologyLines].sort((a, b) => a.start - b.start);
  const attendance: Span | undefined =
    attendanceLines.length > 0 ? { start: attendanceLines[0]!.start, end: attendanceLines.at(-1)!.end } : undefined;
  const present = [
    ...parsePresent(joinLines(chairLines).replace(chairLabel, '')).map((member) => ({ ...member, chair: true })),
    ...(presentLines.length > 0 ? parsePresentLines(presentLines) : []),
  ];
  const apologies =
    apologyLines.length > 0 ? (apologiesOneALine(apologyLines) ?? parseApologies(joinLines(apologyLines))) : [];
  return {
    present: withCivicHeadInChair(
      withSpeakerInChair(present.length > 0 ? present : presentUnderItem(text, lines, header, items)),
    ),
    apologies: apologies.length > 0 ? apologies : parseApologies(itemLead(text, items, apologiesItem)),
    attendance,
    items,
    declarations: items
      .filter((item) => /declarations? of interest/i.test(item.title))
      .flatMap((item) => parseDeclarations(text, item)),
  };
}

// "Cllr N. Dube (Speaker)": a South African municipal council is presided over by its Speaker; the Mayor listed
// beside, "(Mayor)", heads the executive and sits as a member. "(Deputy Speaker)" is not the chair.
const speakerMark = /\s*\((?:the\s+)?speaker\)/i;

/** Where a Present list marks a Speaker, the Speaker is the one in the chair. */
function withSpeakerInChair(present: Attendee[]): Attendee[] {
  const speaker = present.findIndex((member) => speakerMark.test(member.name));
  if (speaker === -1) return present;
  return present.map((member, position) =>
    position === speaker
      ? { name: member.name.replace(speakerMark, '').trim(), chair: true }
      : { ...member, chair: false },
  );
}

/** Where no one is marked chair, the civic head named by title ("Mayor T. Okonkwo", "Reeve …") presides. */
function withCivicHeadInChair(present: Attendee[]): Attendee[] {
  if (present.some((member) => member.chair)) return present;
  const head = present.findIndex((member) => civicHeadName.test(member.name));
  return head === -1 ? present : present.map((member, position) => ({ ...member, chair: position === head }));
}

// Welsh minutes print labels in both languages: "YN BRESENNOL / PRESENT:", "YMDDIHEURIADAU / APOLOGIES"; New
// Zealand boards set the Māori apart by a bar: "TE HUNGA ĀTAHI | PRESENT".
const otherLanguage = String.raw`(?:[\p{L}\s'’-]{2,40}\s[/|]\s)?`;
// "PRESENT IN THE CHAIR: Councillor M. Fitzgerald" (Irish minutes) names the chair apart from the members; so does
// a record of decisions' "Chair: Councillor A Forde" over its table.
const chairLabel = /^(?:present\s+)?in the chair\s*:?-?\s*|^chair(?:man|person|woman)?\s*:\s*(?=\S)/i;
// Scottish minutes head the members present "Sederunt"; boards write "Board members present"; Irish minutes put
// "COUNCILLORS:" alone on its line over the names; parish clerks write "Attendance: Cllr A (Chair) Cllr B", partnerships
// "Attendees:"; academy
// trusts "Trustees present:"; a hearing's notice "Members of the Sub-Committee:".
const presentLabel = new RegExp(
  `^${otherLanguage}(?:(?:(?:board\\s+|panel\\s+|committee\\s+)?members|councillors|cllrs|council members|trustees|governors|directors)\\s+)?(?:present\\b(?!\\s+in the chair)|sederunt\\b)\\s*:?-?\\s*|^councillors\\s*:\\s*$|^(?:attendance|attendees)\\s*:\\s*|^members of the (?:sub-?committee|committee|panel)\\s*:\\s*`,
  'iu',
);
// Canadian minutes send "Regrets" and list officers as "Staff:".
// "An apology for his inability to attend the Meeting was received from Councillor Keller" (Irish minutes).
const apologiesLabel = new RegExp(`^${otherLanguage}(?:apologies|regrets|an\\s+apology)\\b`, 'iu');
const attendanceLabel = new RegExp(
  `^${otherLanguage}(?:(?:members|councillors|cllrs|council members|officials)\\s+)?(?:present|apologies|regrets|an\\s+apology|in attendance)\\b|^${otherLanguage}(?:staff|officers|officials|also present|absent)\\s*:`,
  'iu',
);
// "PRESENT: Councillor A (Chair)", a blank line, then "Councillors: B, C, D": the members' list continues the
// Present paragraph under its own label.
const memberListLabel =
  /^(?:\p{L}+\s\/\s)?(?:councillors|cllrs|members|co-opted members|council members|councilmembers)\s*:/iu;

// Parish minutes number attendance and apologies as items: "1. Those Attending: …", "2. Apologies: …"; US
// minutes list those present under "ROLL CALL".
const presentItem =
  /^(?:those\s+(?:attending|present)|(?:members\s+|councillors\s+)?present|(?:record\s+of\s+)?attendance|roll call)\b/i;
const apologiesItem = /^(?:to\s+(?:(?:note|receive|consider|accept(?:ing)?)\s+(?:and\s+)?)+)?apologies\b/i;
// A header converted to one line ("… ON THURSDAY 6 MAY PRESENT (4 Councillors): …"): the label mid-line, in capitals.
const runningPresentLabel = /\bPRESENT\b(?:\s*\([^)]*\))?\s*:\s*-?\s*/;

function presentInRunningHeader(header: Line[]): string | undefined {
  for (const line of header) {
    const match = runningPresentLabel.exec(line.clean);
    if (match) return line.clean.slice(match.index + match[0].length);
  }
  return undefined;
}

/**
 * Those present where the header has no Present list: run into the header's line, or under an attendance item,
 * read one a line when the item prints its members one a line ("2. RECORD OF ATTENDANCE" over "Cr A   Shire
 * President", "Cr B").
 */
function presentUnderItem(text: string, lines: Line[], header: Line[], items: MinuteItem[]): Attendee[] {
  const running = presentInRunningHeader(header);
  if (running !== undefined) return parsePresent(running);
  const tabled = itemLeadLines(lines, items, presentItem);
  return tabled.length >= 2 ? parsePresentLines(tabled) : parsePresent(itemLead(text, items, presentItem));
}

/** The first paragraph below the heading line of the first item whose title matches. */
function itemLeadLines(lines: Line[], items: MinuteItem[], title: RegExp): Line[] {
  const item = items.find((candidate) => title.test(candidate.title.trim()));
  // A title run into its text on its own line ("1. Present: Cllr A, Cllr B,") is read by itemLead.
  if (!item || lines.some((line) => line.start < item.bodyStart && line.end > item.bodyStart)) return [];
  const body = lines.filter((line) => line.start >= item.bodyStart && line.end <= item.end);
  const first = body.findIndex((line) => line.clean !== '');
  if (first === -1) return [];
  const end = body.findIndex((line, position) => position > first && line.clean === '');
  return body.slice(first, end === -1 ? undefined : end);
}

/** The first paragraph of the first item whose title matches, without its number and title. */
function itemLead(text: string, items: MinuteItem[], title: RegExp): string {
  const item = items.find((candidate) => title.test(candidate.title.trim()));
  if (!item) return '';
  // The heading's number and title, then the first paragraph after them (on the heading's line or below it).
  // " **1.  To receive apologies for absence:** Mrs S Leet": the heading's indent and bold are no part of either;
  // ModernGov's "(Item 1)" under the heading names the agenda item, not the first paragraph.
  // A title run into its text on one line ("98. Apologies. Cllr A Quennell.") ends where the item's text starts.
  const headingEnd = text.indexOf('\n', item.start);
  if (item.bodyStart < (headingEnd === -1 ? item.end : headingEnd)) {
    return (
      text
        .slice(item.bodyStart, item.end)
        .trim()
        .split(/\n\s*\n/, 1)[0] ?? ''
    ).replace(/\s+/g, ' ');
  }
  const body = text
    .slice(item.start, item.end)
    .trimStart()
    .replace(/^\S+\s+[^:\n]*(?::|\n)/, '')
    .replace(/^[*_]+/, '')
    .trim()
    .replace(/^\(Item\s+\d+[A-Za-z]?\)\s*/i, '');
  return (body.split(/\n\s*\n/, 1)[0] ?? '').replace(/\s+/g, ' ');
}

/**
 * The line starting with `label` and the lines wrapped under it (PDF text breaks long lists of names); a
 * label alone on its line ("MEMBERS PRESENT:") takes the paragraph below it.
 */
function paragraphFrom(lines: Line[], label: RegExp): Line[] {
  const first = lines.findIndex((line) => label.test(line.clean));
  if (first === -1) return [];
  const paragraph = [lines[first]!];
  // "APOLOGIES:" alone: the label's own colon or dash is no content of the line.
  const labelOnly = /^\W*$/.test(lines[first]!.clean.replace(label, ''));
  const rest = lines.slice(first + 1);
  for (const [position, line] of rest.entries()) {
    if (line.clean === '' && labelOnly && paragraph.length === 1) continue;
    // "Present:" over one name a paragraph, as a converter that puts a blank line after every line prints a list.
    if (line.clean === '' && labelOnly && onePersonAParagraph(paragraph, rest[position + 1])) continue;
    if (line.clean === '' && memberListLabel.test(rest[position + 1]?.clean ?? '')) continue;
    // A list of names wrapped over a blank line ("…, M. Murphy," / "J. O’Donoghue, …") goes on after it.
    if (line.clean === '' && /(?:,|\band|&)$/i.test(paragraph.at(-1)!.clean.trim())) continue;
    if (line.clean === '' || attendanceLabel.test(line.clean) || chairLabel.test(line.clean)) break;
    if (otherFieldLabel.test(line.clean) && !memberListLabel.test(line.clean)) break;
    paragraph.push(line);
  }
  return paragraph;
}

// "Legal adviser: Mr F Iqbal", "Licensing officer: …" under a hearing's members: a field of its own in sentence
// case, which ends the list above it.
const otherFieldLabel = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s*:\s*\S/u;

function onePersonAParagraph(paragraph: Line[], next: Line | undefined): boolean {
  return (
    next !== undefined && personLine.test(next.clean) && paragraph.slice(1).every((line) => personLine.test(line.clean))
  );
}

// "Councillors A, B and C": a title in the plural opens a list of names, not one.
const pluralTitle = /^(?:councillors|cllrs\.?|crs\.?|councilmembers)\s/i;

// A line that opens with a person's title or a list bullet starts a name of its own.
const personLine =
  /^(?:[-•*]\s+|(?:\p{L}+\s\/\s)?(?:councillors?|cllrs?\.?|crs?\.?|mr|mrs|ms|miss|mx|dr|prof(?:essor)?|sir|dame|rev(?:erend)?|(?:deputy\s+|lord\s+)?mayor|provost|reeve|warden|alderman|bailie)\.?\s)/iu;

// "Ruth Wainwright - Director of Public Health": a board member named without a title, the role after a dash.
const nameThenRole = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*\([^)]*\))?\s[-–—]\s/u;
// "Sarah Trelawney, Chief Finance Officer", "Dame Rosalind Achebe, Chair": an NHS or trust board names its members
// with the office after one comma; the office must read as one, or a line of two names would pass.
// "Martin Oduya (Harbridge Business Improvement District)": a partnership names each member with the body they
// represent in brackets.
const nameThenBody = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*\([^()]+\)$/u;
// "(Chair, Harbridge Borough Council)": the office first in the brackets, then the body.
const chairThenBody = /\s*\(chair(?:man|person|woman)?\s*[,;][^()]*\)/i;
const nameCommaRole =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+[^,]*\b(?:chair(?:man|person|woman)?|chief|director|officer|member|manager|executive|secretary|clerk|head|lead|governor|trustee|partner|advis[eo]r)\b[^,]*$/iu;

/**
 * Apologies printed one a line under their label, each name with its role after a dash ("Tom Haigh - Director of
 * Adult Social Services"): the names, without the roles. Undefined when the lines are not of that form.
 */
function apologiesOneALine(lines: Line[]): string[] | undefined {
  const entries = lines.map((line) =>
    line.clean
      .replace(apologiesLabel, '')
      .replace(/^\s*[:-]\s*/, '')
      .trim(),
  );
  const named = entries.filter((entry) => entry !== '');
  if (named.length < 2 || !named.every((entry) => nameThenRole.test(entry))) return undefined;
  return named.map((entry) => entry.split(/\s[-–—]\s/, 1)[0]!.trim());
}

/**
 * The members under a Present label. One member a line, each line opening with a title or a bullet and none
 * wrapped onto the next ("Councillor A Awdry (Chair) - Tarnbridge Borough Council", "Mr G Ashby (Chair) -
 * Secretary of State appointee"), is read line by line: what follows a dash or comma there is the member's
 * council or role, not another name. A list wrapped across lines is read as one text.
 */
function parsePresentLines(lines: Line[]): Attendee[] {
  // A bullet is read from the line as written: the clean text has lost it.
  const entries = lines
    .flatMap((line, position) =>
      tableRowEntries(line).map((text) => ({
        text: (position === 0 ? text.replace(presentLabel, '') : text).trim(),
        bullet: /^\s*[-•*]\s/.test(line.raw),
      })),
    )
    .filter((entry) => entry.text !== '');
  // Under an office-first table, a further member's line holds the name alone.
  const officeTable = lines.some(
    (line) => cellGutter.test(line.raw.trim()) && officeFirst.test(line.raw.trim().split(cellGutter)[0]!),
  );
  const oneAline =
    entries.length >= 2 &&
    entries.every(
      ({ text, bullet }) =>
        (bullet ||
          personLine.test(text) ||
          nameThenRole.test(text) ||
          nameThenBody.test(text) ||
          (officeTable && bareName.test(text)) ||
          nameCommaRole.test(text) ||
          memberListLabel.test(text)) &&
        !/(?:,|\band|&)$/i.test(text),
    );
  if (!oneAline) return parsePresent(joinLines(lines).replace(presentLabel, ''));
  return entries.flatMap(({ text }) => {
    if (memberListLabel.test(text)) return parsePresent(text.replace(memberListLabel, ''));
    // "Councillors Owen Threlfall (Deputy Leader), Gemma Hurst and Ruth Okonjo": one line naming several.
    if (pluralTitle.test(text)) return parsePresent(text);
    const person = text.replace(/^[-•*]\s+/, '').replace(/^\p{L}+\s\/\s(?=\p{L})/u, '');
    const chair = bracketedChairTitle.test(person) || chairThenBody.test(person) || chairRole.test(person);
    // The name ends at the first comma or dash outside brackets: "X, Director of Adult Services", "Y - Parish member".
    const name = person
      .replace(bracketedChairTitle, '')
      .replace(chairThenBody, '')
      .split(/,(?![^()]*\))|\s[-–—]\s/, 1)[0]!;
    const [first] = splitNames(name);
    return first ? [{ name: first.replace(anyRole, '').trim(), chair }] : [];
  });
}

/**
 * A line of an attendance table, its cells split at the gutter the reader kept as a tab: a row of names
 * ("Councillor A (Chair) | Councillor B") is one entry a name; a name beside its role ("Councillor A | Chair",
 * "A Smith | Development Manager") one entry written "name - role", as one-a-line lists print it.
 */
function tableRowEntries(line: Line): string[] {
  const row = line.raw.trim();
  if (!cellGutter.test(row)) return [line.clean];
  const cells = row
    .split(cellGutter)
    .map(cleanLine)
    .filter((cell) => cell !== '');
  if (cells.length < 2) return [line.clean];
  if (cells.every((cell) => personLine.test(cell))) return cells;
  const [name, role] = cells;
  if (cells.length === 2 && officeFirst.test(name!) && !officeFirst.test(role!)) return [`${role} - ${name}`];
  return cells.length === 2 && !personLine.test(role!) ? [`${name} - ${role}`] : [line.clean];
}

// "Chairperson     Mereana Tuhiwai", "Members          Losa Faleolo": a board's table with the office in the first
// column and the name in the second; the further members sit under the name alone.
const bareName = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const officeFirst = /^(?:(?:deputy|vice)[- ]?)?(?:chair(?:man|person|woman)?|members?|councillors?)$/i;

// A typed text file sets its columns apart with runs of spaces where a PDF's reader keeps a tab.
const cellGutter = /\t+| {3,}/;

function joinLines(lines: Line[]): string {
  // A members' list under its own label starts a new name rather than closing the previous one.
  return lines
    .map((line, position) =>
      position > 0 && memberListLabel.test(line.clean) ? `; ${line.clean.replace(memberListLabel, '')}` : line.clean,
    )
    .join(' ');
}

// ModernGov prints the agenda item a minute answers under its heading: "84. Apologies" then "(Item 1)".
const agendaReference = /^\(Item\s+\d+[A-Za-z]?\)$/i;

// "Apologies for Absence<tab>PC/32/41": some minutes set the minute's reference flush right on its heading's line,
// which the PDF reader keeps as a second cell. A year range ("Budget<tab>2032/33") is a column of figures, no minute.
const flushRightReference =
  /^([^\t]{3,100}?)\t+((?:[A-Z][A-Za-z]{0,5}[/.]|[A-Z]{1,4} ?)?(?!(?:19|20)\d{2}\/\d{2}$)\d{2,4}[/.]\d{1,4})$/;

/** A heading whose minute reference was set flush right, read as if printed before its title. */
function referenceFirst(line: Line): Line {
  const match = flushRightReference.exec(line.raw.trim());
  return match ? { ...line, clean: cleanLine(`${match[2]} ${match[1]}`) } : line;
}

// "CAB/32/61" alone on its line, as some producers set a minute's reference over its bold title.
const referenceAlone = /^[A-Z][A-Za-z]{0,5}[/.]\d{2,4}[/.]\d{1,4}$/;

/**
 * A dated minute reference on a line of its own with its title on the line under it ("CAB/32/61" over
 * "Apologies for Absence") is one heading: read as if printed on one line, the title ending the heading.
 */
function referencesOverTitles(lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (let position = 0; position < lines.length; position += 1) {
    const line = lines[position]!;
    const title = lines[position + 1];
    if (referenceAlone.test(line.clean) && title && (readsAsTitle(title.clean) || readsAsShortTitle(title.clean))) {
      joined.push({ ...line, clean: `${line.clean} ${title.clean}`, end: title.end });
      position += 1;
    } else joined.push(line);
  }
  return joined;
}

function findItems(text: string, printed: Line[]): MinuteItem[] {
  const lines = referencesOverTitles(printed).map(referenceFirst);
  const headings: ItemHeading[] = [];
  const filed = lines.filter((line) => fileNumberAlone.test(line.clean)).length >= minimumFiles;
  for (const [position, line] of lines.entries()) {
    const file = filed ? fileItemHeading(lines, position) : undefined;
    if (file) {
      headings.push(file);
      continue;
    }
    // "9.1 Aquatic Centre Upgrade" under "9 REPORTS": a sub-item in the business's own case, its number
    // following on from the heading above it.
    const sub = subItemHeading(line.clean, lastNumbered(headings)?.number);
    if (sub) {
      headings.push({ line, ...sub });
      continue;
    }
    const lettered = letterNumberedItem(lines, position, lastNumbered(headings)?.number);
    if (lettered) {
      headings.push(...lettered);
      continue;
    }
    const labelled = labelledItemHeading.exec(line.clean) ?? warrantArticle.exec(line.clean);
    const match =
      labelled ?? itemHeading.exec(line.clean) ?? gluedHeading.exec(line.clean) ?? referencedHeading.exec(line.clean);
    if (!match) continue;
    const title = match[2]!.replace(/\s+/g, ' ').trim();
    // Minute headings are upper case or marked up as headings; numbered paragraphs and list items are neither.
    const looksLikeHeading =
      labelled !== null ||
      upperCaseShare(title) >= 0.85 ||
      isMarkedHeading(line.raw, title) ||
      agendaReference.test(nextNonEmpty(lines, position)?.clean ?? '');
    if (!looksLikeHeading || title.replace(/[^A-Za-z]/g, '').length < 3) continue;
    const number = match[1]!;
    const previous = lastNumbered(headings);
    if (previous && compareNumbers(number, previous.number) <= 0) continue;
    headings.push({ line, number, title: titleFromHeading(title) });
  }
  const plain = headings.length >= 2 ? [] : plainNumberedHeadings(lines);
  const run = headings.length >= 2 ? [] : numberedTitleRun(lines);
  const references = headings.length >= 2 ? [] : referenceRun(lines);
  const lettered = headings.length >= 2 ? [] : letteredRun(lines);
  const rows = headings.length >= 2 ? [] : tableRowRun(lines);
  const clocked = headings.length >= 2 ? [] : clockedRun(lines);
  const longest = [headings, plain, run, references, lettered, rows, clocked].reduce((best, candidate) =>
    candidate.length > best.length ? candidate : best,
  );
  const found = withAppendedSchedules(
    withApplicationRecords(
      withLetteredSubItems(longest.length > 0 ? longest : titledPair(lines), lines),
      findApplicationRecords(lines),
    ),
    lines,
  );
  return found.map((heading, position) => {
    const end = found[position + 1]?.line.start ?? lines.at(-1)!.end;
    const item: MinuteItem = {
      number: heading.number,
      title: heading.title,
      start: heading.line.start,
      end: trimEnd(text, heading.line.start, end),
      bodyStart: heading.bodyStart ?? heading.line.end,
      resolutions: [],
    };
    return withResolutions(text, lines, item);
  });
}

// A schedule or appendix printed after the minutes names the minute it belongs to: "Schedule of Payments – May
// 2033 (minute F33/21)", "Appendix A (Minute 45 refers)", "Appendix B to Minute 12".
const namedMinute = String.raw`minute\s+([A-Z]{0,4}[\s/.-]?\d[\w/.-]{0,14}?)`;
const appendedToMinute = new RegExp(
  String.raw`^(.{3,100}?)\s*[–—-]?\s*\((?:see\s+)?${namedMinute}(?:\s+refers)?\)$|^((?:appendix|schedule|annexe?)\b.{0,80}?)\s+(?:to|of|for)\s+${namedMinute}$`,
  'i',
);

/**
 * A schedule or appendix printed after the last minute, headed with the earlier minute it belongs to, is that
 * minute's: read on from the last minute, the payments listed under "F33/21 Schedule of Payments" were cited as
 * the last minute's, "F33/23 Earmarked Reserves". It becomes an item of its own under the minute it names (a
 * heading standing as a paragraph of its own, naming a minute found before the last).
 */
function withAppendedSchedules(headings: ItemHeading[], lines: Line[]): ItemHeading[] {
  const last = headings.at(-1);
  if (!last) return headings;
  const keyOf = (number: string): string => number.replace(/\s+/g, '').toLowerCase();
  const earlier = new Map(headings.slice(0, -1).map((heading) => [keyOf(heading.number), heading.number]));
  const appended: ItemHeading[] = [];
  for (let position = last.line.index + 1; position < lines.length; position += 1) {
    const line = lines[position]!;
    const match = appendedToMinute.exec(line.clean);
    if (!match || lines[position - 1]!.clean !== '') continue;
    const number = earlier.get(keyOf(match[2] ?? match[4]!));
    if (number === undefined) continue;
    appended.push({ line, number, title: (match[1] ?? match[3]!).trim() });
  }
  return [...headings, ...appended];
}

/**
 * A schedule of planning decisions: each application's record is an item. Numbered items before the first
 * record (apologies, declarations) stay; after the records, only items numbered on from those (a numbered list
 * of conditions inside the last record is not business of the meeting).
 */
function withApplicationRecords(headings: ItemHeading[], records: ItemHeading[]): ItemHeading[] {
  if (records.length === 0) return headings;
  const first = records[0]!.line.start;
  const last = records.at(-1)!.line.start;
  const before = headings.filter((heading) => heading.line.start < first);
  const lastNumber = before.at(-1)?.number;
  const after = headings.filter(
    (heading) =>
      heading.line.start > last && lastNumber !== undefined && compareNumbers(heading.number, lastNumber) > 0,
  );
  return [...before, ...records, ...after];
}

/**
 * "8" < "8.1" < "8.1.1" < "8.2" < "9"; "8" < "8.A" < "8.B"; "23/045" < "23/046"; "BoD/25/003" < "BoD/25/004".
 */
function compareNumbers(a: string, b: string): number {
  const partsA = numberParts(a);
  const partsB = numberParts(b);
  for (let level = 0; level < Math.max(partsA.length, partsB.length); level += 1) {
    const difference = (partsA[level] ?? 0) - (partsB[level] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function numberParts(number: string): number[] {
  const lettered = /^(\d{1,2})\.([A-Z])$/.exec(number);
  if (lettered) return [Number(lettered[1]), lettered[2]!.charCodeAt(0) - 64];
  return (number.match(/\d+/g) ?? []).map(Number);
}

// "8.A. Ordinance No. 2025-09 Amending the Municipal Code": US action minutes number the business under an
// unnumbered heading ("PUBLIC HEARINGS") by the agenda's section and a letter.
const letterNumbered = /^(\d{1,2})\.([A-Z])\.?\s+(.+)$/;
// "CONSENT CALENDAR", "NEW BUSINESS": a section heading in capitals, short and unpunctuated.
const sectionHeading = /^[A-Z][A-Z &/'’-]{2,50}$/;

/**
 * A lettered item ("8.A. Award of Contract for …") whose line reads as a title, and the unnumbered section heading
 * in capitals just above the section's first one, which takes the section's number ("NEW BUSINESS" over "9.A." is
 * item 9). A consent calendar's one-line entries ("6.A. Approve the minutes of …") are sentences, not titles: they
 * stay in their section, whose one motion approves them all.
 */
function letterNumberedItem(lines: Line[], position: number, previous: string | undefined): ItemHeading[] | undefined {
  const line = lines[position]!;
  const match = letterNumbered.exec(line.clean);
  if (match) {
    const number = `${match[1]}.${match[2]}`;
    if (!readsAsTitle(match[3]!) || (previous !== undefined && compareNumbers(number, previous) <= 0)) return undefined;
    return [{ line, number, title: titleFromHeading(match[3]!.trim()) }];
  }
  if (!sectionHeading.test(line.clean)) return undefined;
  const first = letterNumbered.exec(nextNonEmpty(lines, position)?.clean ?? '');
  if (first?.[2] !== 'A') return undefined;
  if (previous !== undefined && compareNumbers(first[1]!, previous) <= 0) return undefined;
  return [{ line, number: first[1]!, title: titleFromHeading(line.clean) }];
}

// "35-0388" alone on its line over "Ordinance amending Chapter 14 of the Municipal Code …": US agenda systems
// (Legistar) print each matter's file number over its title, under the agenda's numbered sections. The file is
// the matter a motion disposed of and is cited by its number; files run in no order, so they are not counted on
// from the section's number. A lone "12-3456" line now and then is something else: a paper prints several files.
const fileNumberAlone = /^\d{2}-\d{4}$/;
const minimumFiles = 2;

function fileItemHeading(lines: Line[], position: number): ItemHeading | undefined {
  const line = lines[position]!;
  if (!fileNumberAlone.test(line.clean)) return undefined;
  const first = nextNonEmpty(lines, position);
  if (!first || !/^\p{Lu}/u.test(first.clean) || first.clean.replace(/[^\p{L}]/gu, '').length < 12) return undefined;
  // The title runs on over the lines of its paragraph, which no blank line breaks.
  const title = [first.clean];
  for (let next = lines.indexOf(first) + 1; lines[next]?.index === lines[next - 1]!.index + 1; next += 1) {
    if (lines[next]!.clean === '') break;
    title.push(lines[next]!.clean);
  }
  return { line, number: line.clean, title: titleFromHeading(title.join(' ')), filed: true };
}

/** The last heading counted in the paper's own numbering, which a file's number stands outside. */
function lastNumbered(headings: ItemHeading[]): ItemHeading | undefined {
  return headings.findLast((heading) => !heading.filed);
}

interface ItemHeading {
  line: Line;
  number: string;
  title: string;
  /** A matter's file number ("35-0388"), outside the sections' numbering. */
  filed?: boolean;
  /** Where the item's text starts when it runs on after the title on the heading's own line. */
  bodyStart?: number;
}

// The end of a heading's title on its line: a stop or colon after a word (or a year), a wide gap, or a table's
// gutter (a decisions table's "5. Taxi Fares<tab>The committee agreed …").
const titleEnd = /(?<=[a-z)]|\b\d{4})[.:](?:\*\*|_)*(?:\s|$)|\s{3,}|\t/;

/**
 * "7\\. Precept: Following a discussion it was agreed …": a parish clerk types the item's text on after its title,
 * so its motions are read from there rather than from the lines below only.
 */
function inlineBodyStart(line: Line): number | undefined {
  const number = /^\s*(?:\*\*)?\s*(?:\d{1,3}|[ivx]{1,4})(?:\\?[.:)]|\.0)\s+/i.exec(line.raw);
  if (!number) return undefined;
  const rest = line.raw.slice(number[0].length);
  const end = titleEnd.exec(rest);
  if (!end) return undefined;
  const offset = number[0].length + end.index + end[0].length;
  return /\p{L}/u.test(line.raw.slice(offset)) ? line.start + offset : undefined;
}

// "1\\. Apologies", "5.   Declaration of Interest:", "i. Adoption of Minutes", "2: Travel and Transportation".
// "2.0 Minutes of Previous Meeting" over its "2.1", "2.2" paragraphs: the item's own number with a nought.
const plainNumbered = /^(\d{1,3}|[ivx]{1,4})(?:\\?[.:)]|\.0)\s+(.+)$/;
// "Item 1." alone, with the title on the next line; or the number alone ("2." over "CORPORATE SERVICES", as a
// PDF converter splits an Irish minute's heading), which needs a title that reads as a heading.
const bareItemLabel = /^item\s+(\d{1,3})[.:]?$/i;
const bareNumber = /^(\d{1,3})\\?\.$/;
const romanValues: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Minutes whose headings carry no capitals or mark-up (parish and Irish minutes): numbered lines whose numbers
 * run on from one another (a skipped number is allowed) are the items; the title is the line's first phrase.
 */
function plainNumberedHeadings(lines: Line[]): ItemHeading[] {
  const references = minuteReferenceHeadings(lines);
  if (references.length >= 2) return references;
  const headings: ItemHeading[] = [];
  const numbers = lines.map((line, position) => lineNumber(lines, position, line));
  // A list numbered from 1 inside an item ("7. Correspondence:" then "1. …" to "11. …"): its numbers run on
  // from one another and are not items, even where one reaches the next item's number ("8.") — unless no later
  // line carries that number, when it is the item.
  let inner = 0;
  for (const [position, line] of lines.entries()) {
    const sub = subItemHeading(line.clean, headings.at(-1)?.number);
    if (sub) {
      headings.push({ line, ...sub });
      continue;
    }
    const found = numbers[position];
    if (found === undefined) continue;
    const { bare, match, number } = found;
    const previous = headings.at(-1);
    const expected = previous ? Number(previous.number.split('.')[0]) : 0;
    if (previous && number === 1) inner = 1;
    else if (inner > 0 && number === inner + 1) {
      inner = number;
      const later = numbers.slice(position + 1).some((other) => other?.number === number);
      if (number !== expected + 1 || later) continue;
    } else inner = 0;
    const titleLine = bare ? titleUnderLabel(lines, position) : (firstCellTitle(line) ?? match![2]);
    // Minutes skip the agenda's numbers that had no business ("3. Adoption of Minutes" then "7. Reports"); a
    // longer jump must read as a title, so a numbered paragraph further down a report is not taken for one.
    const reach = readsAsTitle(titleLine ?? '') ? 9 : 3;
    if (Number.isNaN(number) || number <= expected || number > expected + reach) continue;
    const title = leadingPhrase(titleLine ?? '');
    if (title.replace(/[^A-Za-z]/g, '').length < 3) continue;
    headings.push({ line, number: String(number), title, bodyStart: bare ? undefined : inlineBodyStart(line) });
  }
  return headings.length >= 2 ? withInlineHeadings(headings, lines) : [];
}

// A converter breaks a long bold title over two bold lines: "**…from full Council meeting on the 23rd**" over
// "**July, 2018:**", "**…the final draft Limerick tourism Development**" over "**Strategy**". A short bold line
// after a title with no stop ends it, unless it is a label of the business ("**Resolved:**").
const boldLine = /^\s*\*\*[^*].*\*\*\s*$/;
const businessLabel =
  /^(?:resolved|agreed|decision|decided|noted|recommendations?|actions?|proposed|seconded|reply|response)\b/i;

/** The title printed under a bare "Item 2" label, with the bold line that finishes it when a converter split it. */
function titleUnderLabel(lines: Line[], position: number): string | undefined {
  const title = nextNonEmpty(lines, position);
  if (!title) return undefined;
  const after = nextNonEmpty(lines, lines.indexOf(title));
  const continues =
    after !== undefined &&
    boldLine.test(title.raw) &&
    boldLine.test(after.raw) &&
    !/[.:;!?]$/.test(title.clean) &&
    after.clean.split(/\s+/).length <= 3 &&
    !businessLabel.test(after.clean);
  return continues ? `${title.clean} ${after.clean}` : title.clean;
}

/** The title in a table row's first cell ("5. Taxi Fares" of "5. Taxi Fares<tab>The committee agreed …"). */
function firstCellTitle(line: Line): string | undefined {
  if (!line.raw.includes('\t')) return undefined;
  return plainNumbered.exec(cleanLine(line.raw.split('\t', 1)[0]!))?.[2];
}

interface NumberedLine {
  bare: RegExpExecArray | null;
  match: RegExpExecArray | null | undefined;
  number: number;
}

/** The number a line opens with, as a plain-numbered heading would carry it ("7\\. Correspondence:", "Item 4."). */
function lineNumber(lines: Line[], position: number, line: Line): NumberedLine | undefined {
  const bare = bareItemLabel.exec(line.clean) ?? headedNumber(lines, position);
  const match = bare ? undefined : plainNumbered.exec(line.clean);
  const numberText = bare?.[1] ?? match?.[1];
  if (numberText === undefined) return undefined;
  return { bare, match, number: romanValues[numberText.toLowerCase()] ?? Number(numberText) };
}

/** A number alone on its line whose next line is a heading: capitals or marked up. */
function headedNumber(lines: Line[], position: number): RegExpExecArray | null {
  const match = bareNumber.exec(lines[position]!.clean);
  const next = match ? nextNonEmpty(lines, position) : undefined;
  if (!next) return null;
  return upperCaseShare(next.clean) >= 0.85 || isMarkedHeading(next.raw, next.clean) ? match : null;
}

// "… adopt the amended plan. 10. Correspondence. 10.1 A letter …": a clerk who types the whole of a meeting's
// later business as one paragraph still numbers it, and the item's first sub-number right after its title is
// what tells that heading from a figure or a date inside a sentence.
const inlineHeading = /(?<=[.!?"”)]\s+)(\d{1,3})\\?\.\s+(\p{Lu}[^.!?]{2,90})\.\s+(\d{1,3})\\?\.1\s/gu;

/**
 * Items whose headings run on inside the paragraph of the item before them: each one numbered on from the
 * item it follows (one number may be skipped) is an item, starting where its number stands in the line.
 */
function withInlineHeadings(headings: ItemHeading[], lines: Line[]): ItemHeading[] {
  const found: ItemHeading[] = [];
  let next = 0;
  for (const line of lines) {
    while (headings[next] && headings[next]!.line.start <= line.start) {
      found.push(headings[next]!);
      next += 1;
    }
    for (const match of line.raw.matchAll(inlineHeading)) {
      const number = Number(match[1]);
      const previous = Number(found.at(-1)?.number.split('.')[0] ?? 0);
      const following = headings[next] ? Number(headings[next]!.number.split('.')[0]) : Number.POSITIVE_INFINITY;
      if (match[3] !== match[1] || number <= previous || number > previous + 2 || number >= following) continue;
      const start = line.start + match.index;
      const end = start + match[0].indexOf(match[2]!) + match[2]!.length + 1;
      const heading: Line = { raw: match[0], clean: match[0].trim(), start, end, index: line.index };
      found.push({ line: heading, number: String(number), title: titleFromHeading(match[2]!.trim()) });
    }
  }
  return [...found, ...headings.slice(next)];
}

// "52 Apologies for Absence": a number, then a capitalised title of a few words with no closing stop.
const numberedTitle = /^(\d{1,4})\.?\s+(\p{Lu}[^.;!?]{2,100})$/u;
// A newsletter's or a clerk's one-paragraph item: "101. Playing field. The new play equipment was installed …" —
// a short title, a stop, then the item's text on the same line.
const inlineTitled =
  /^(\d{1,4})\.\s+(?!(?:It|This|There|The|A|An|Members|Councillors?|Cllrs?)\b)(\p{Lu}[^.;!?:]{2,50}?(?:\s[^.;!?:\s]+){0,5})\.\s+(?=\S)/u;
const monthName = new RegExp(String.raw`^(?:${monthPattern})\b`, 'i');

/**
 * A printed minute book whose headings lost their bold with the PDF's fonts: "52 Apologies for Absence",
 * "53 Declarations of Interest", numbered on from the council's year rather than from 1. Lines like that
 * are items when at least three run on one from another (one number may be skipped, more before a title); a date ("1 October
 * 2026 instead…") or a numbered paragraph breaks no run, since it neither follows on nor reads as a title.
 */
function numberedTitleRun(lines: Line[]): ItemHeading[] {
  let longest: ItemHeading[] = [];
  let current: ItemHeading[] = [];
  for (const line of lines) {
    const inline = inlineTitled.exec(line.clean);
    const match = inline ?? numberedTitle.exec(line.clean);
    if (!match || monthName.test(match[2]!) || match[2]!.split(/\s+/).length > 14) continue;
    const number = Number(match[1]);
    const previous = current.at(-1);
    const step = previous ? number - Number(previous.number) : 0;
    // Minutes skip the agenda's items that had no business ("5 Public Forum" then "8 Local Grants Round One"): a
    // longer jump must read as a title, as in `plainNumberedHeadings`.
    const reach = readsAsTitle(match[2]!) ? 9 : 2;
    if (previous && (step < 1 || step > reach)) {
      if (current.length > longest.length) longest = current;
      current = [];
    }
    const title = titleFromHeading(match[2]!.trim());
    current.push({ line, number: String(number), title, ...(inline ? { bodyStart: inlineBodyStart(line) } : {}) });
  }
  if (current.length > longest.length) longest = current;
  return longest.length >= 3 ? longest : [];
}

// A short minute heading: a few words, no stop.
const shortTitle = /^[^.;:!?]{3,60}$/;
// The text under a heading: a sentence of several words, closed by its stop.
const bodySentence = /^(?:\S+\s+){4,}\S+[.!?:)]$/;

/**
 * A short meeting's minutes with only two items, numbered on from the council's year ("40. Apologies" /
 * "Apologies were received from …" / "41. Beach huts" / "The Clerk reported …"): two running numbers, each alone
 * with a short title on its line and over a line of text. Read only where nothing else reads as items, since two
 * numbered lines are weaker evidence than the three-line run.
 */
function titledPair(lines: Line[]): ItemHeading[] {
  const pair: ItemHeading[] = [];
  for (const [position, line] of lines.entries()) {
    const match = numberedTitle.exec(line.clean);
    if (!match || monthName.test(match[2]!) || !shortTitle.test(match[2]!.trim())) continue;
    if (!bodySentence.test(nextNonEmpty(lines, position)?.clean ?? '')) continue;
    pair.push({ line, number: match[1]!, title: titleFromHeading(match[2]!.trim()) });
  }
  if (pair.length !== 2 || Number(pair[1]!.number) !== Number(pair[0]!.number) + 1) return [];
  return pair;
}

/**
 * A body's own item references in mixed case ("PCP/25/03 Proposed Police Precept", "A/24/63 Local Plan
 * Review"): lines opening with the same letters, one year, and running numbers that follow on (one or two
 * may be skipped), at least two of them, each with a title rather than a sentence.
 */
function referenceRun(lines: Line[]): ItemHeading[] {
  const yearLast = referenceRunCounting(lines, 'last');
  const yearFirst = referenceRunCounting(lines, 'first');
  return yearFirst.length > yearLast.length ? yearFirst : yearLast;
}

/**
 * The run of references counting on in one of their numbers: the last ("PCP/25/03"), or the first where the
 * year comes after it ("PC/05/32", as national park authorities and some boards number minutes).
 */
// "AL/38/04 - Rents 2038/39: AGREED to …": a clerk's email of decisions sets a dash after the reference and runs the
// decision on after its title's colon, on the same line.
const dashedReference = /^\S+\.?\s+[-–—]\s/;
const labelledDecision = /^([^.;:!?]{3,60}):\s+(?=\S)/;

function referenceRunCounting(lines: Line[], counting: 'first' | 'last'): ItemHeading[] {
  const headings: (ItemHeading & { prefix: string; running: number })[] = [];
  for (const line of lines) {
    const cells = headingCells(line);
    const rowMatch = cells ? referencedHeading.exec(cells.heading) : null;
    const row = rowMatch ? cells : undefined;
    const match = rowMatch ?? referencedHeading.exec(line.clean);
    if (!match) continue;
    const datedReference = /[/.]\d{2,4}[/.]/.test(match[1]!);
    const labelled = !row && dashedReference.test(line.clean) ? labelledDecision.exec(match[2]!) : null;
    const heading = labelled && readsAsShortTitle(labelled[1]!) ? labelled[1]! : match[2]!;
    if (!readsAsTitle(heading) && !(datedReference && readsAsShortTitle(heading))) continue;
    const numbers = match[1]!.match(/\d+/g)!;
    if (counting === 'first' && numbers.length < 2) continue;
    const prefix = counting === 'last' ? match[1]!.replace(/\d+$/, '') : match[1]!.replace(/\d+/, '#');
    const running = Number(counting === 'last' ? numbers.at(-1) : numbers[0]);
    const previous = headings.at(-1);
    if (previous && !followsOn(previous, prefix, running)) continue;
    const title = titleFromHeading(heading.trim());
    const inline = labelled ? { bodyStart: line.start + line.raw.indexOf(match[2]!) + labelled[0].length } : {};
    headings.push({
      line,
      number: match[1]!,
      title,
      prefix,
      running,
      ...(row ? { bodyStart: row.bodyStart } : inline),
    });
  }
  return headings.length >= 2 ? headings.map(({ prefix, running, ...heading }) => heading) : [];
}

/**
 * A table row read onto one line ("LS/31/07<tab>Premises licence variation, The Drovers Arms<tab>Granted. …"):
 * its reference and title cells head the item and the cells after them are its text. A reference alone in the
 * first cell takes the next cell as its title.
 */
function headingCells(line: Line): { heading: string; bodyStart: number } | undefined {
  const cells = line.raw.split('\t');
  const headingCount = /^\S+$/.test(cells[0]!.trim()) ? 2 : 1;
  if (cells.length <= headingCount || cells.slice(headingCount).join('').trim() === '') return undefined;
  const headingLength = cells.slice(0, headingCount).join('\t').length + 1;
  return { heading: cleanLine(cells.slice(0, headingCount).join(' ')), bodyStart: line.start + headingLength };
}

/**
 * The next reference of a run: the same letters counting on (one or two may be skipped), or the next part's
 * letter starting again at 1 ("A5 Harbour safety" then "B1 Financial performance", an agenda in parts A, B, C).
 */
function followsOn(previous: { prefix: string; running: number }, prefix: string, running: number): boolean {
  if (prefix === previous.prefix) return running > previous.running && running <= previous.running + 3;
  const nextPart = /^[A-Z]$/.test(prefix) && prefix.charCodeAt(0) === previous.prefix.charCodeAt(0) + 1;
  return nextPart && /^[A-Z]$/.test(previous.prefix) && running === 1;
}

// "7.23pm Mill Lane allotments. The Town Clerk reported …", "19:41 Station Approach verge": the clock time the
// business was taken at, then its title and text.
const clockedLine = /^(\d{1,2})[.:](\d{2})\s*([ap]\.?m\.?)?\s+(\p{Lu}.*)$/iu;
const firstPhrase = /^([^.;!?]{3,80}?)[.:]\s+(?=\S)/;

/**
 * Minutes a clerk times by the clock rather than numbering: each line opening with the time is an item, the time
 * its number. At least three, the times rising, so a timed remark in a paragraph is no item. The title is the
 * phrase before the first stop when it is short ("Mill Lane allotments"); a line that is one sentence ("The meeting
 * opened") is its own title.
 */
function clockedRun(lines: Line[]): ItemHeading[] {
  const headings: ItemHeading[] = [];
  let last = -1;
  for (const line of lines) {
    const match = clockedLine.exec(line.clean);
    if (!match) continue;
    const hour = Number(match[1]);
    const minute = Number(match[2]);
    if (hour > 23 || minute > 59) continue;
    const afternoon = /^p/i.test(match[3] ?? '') && hour < 12;
    const at = (afternoon ? hour + 12 : hour) * 60 + minute;
    if (at < last) continue;
    last = at;
    const text = match[4]!;
    const phrase = firstPhrase.exec(text);
    const short = phrase && phrase[1]!.split(/\s+/).length <= 8 ? phrase[1]! : undefined;
    const title =
      short ??
      text
        .replace(/[.;:]$/, '')
        .split(/\s+/)
        .slice(0, 8)
        .join(' ');
    const number = `${match[1]}.${match[2]}${(match[3] ?? '').replace(/\./g, '').toLowerCase()}`;
    const textStart = line.start + line.raw.indexOf(text);
    headings.push({
      line,
      number,
      title: titleFromHeading(title),
      bodyStart: short ? textStart + phrase![0].length : textStart,
    });
  }
  return headings.length >= 3 ? headings : [];
}

// A converter's markdown table row: "| 33/25 Bus shelter, Church Green | The glass panel … | Action | Owner |".
const pipeTableRow = /^\s*\|([^|]+)\|(.*)\|\s*$/;
const rowItem = new RegExp(String.raw`^(${itemNumber})\.?\s+(\S.*)$`);

/**
 * Minutes typed as a table in Word and converted to markdown ("| Item | Discussion | Action | Owner |"), each
 * row one item: its first cell the number and title, the rest of the row the item's text. At least two rows,
 * their numbers rising.
 */
function tableRowRun(lines: Line[]): ItemHeading[] {
  const headings: ItemHeading[] = [];
  for (const line of lines) {
    const row = pipeTableRow.exec(line.raw);
    const match = row ? rowItem.exec(cleanLine(row[1]!)) : null;
    if (!row || !match) continue;
    const previous = headings.at(-1);
    if (previous && compareNumbers(match[1]!, previous.number) <= 0) continue;
    const bodyStart = line.start + line.raw.indexOf('|', line.raw.indexOf(row[1]!)) + 1;
    headings.push({ line, number: match[1]!, title: titleFromHeading(match[2]!.trim()), bodyStart });
  }
  return headings.length >= 2 ? headings : [];
}

/**
 * Minutes that letter their business instead of numbering it ("A. ELECTION OF CHAIR", "B. APOLOGIES", as annual
 * meetings and some town councils do): "A.", "B.", "C." … in turn from A, each line a title, at least three.
 * A lettered list of sentences ("A. That the grant be paid.") is not business.
 */
function letteredRun(lines: Line[]): ItemHeading[] {
  const headings: ItemHeading[] = [];
  for (const line of lines) {
    const match = letteredHeading.exec(line.clean);
    if (!match || match[1] !== String.fromCharCode(65 + headings.length)) continue;
    const title = match[2]!.trim();
    if (!readsAsTitle(title) && (upperCaseShare(title) < 0.85 || /[.;:,]$/.test(title))) continue;
    headings.push({ line, number: match[1]!, title: titleFromHeading(title) });
  }
  return headings.length >= 3 ? headings : [];
}

// "4.1 Downtown Parking Strategy (Report ENG-2024-31)" under "4. Staff Reports"; "10.1.1 TENDER RFT 04/2033 …"
// under "10. INFRASTRUCTURE SERVICES", as Australian shires number a directorate's reports a level deeper.
const subNumbered = /^(\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+(.+)$/;

/**
 * A sub-item under the item before it: its number follows on ("4.1" after "4.", "4.2" after "4.1", "10.1.1" after
 * "10", "10.1.2" after "10.1.1") and its line reads as a title, capitalised and unpunctuated; "4.1 The Clerk
 * reported that …" is a numbered paragraph.
 */
function subItemHeading(clean: string, previous: string | undefined): { number: string; title: string } | undefined {
  const match = subNumbered.exec(clean);
  if (!match || previous === undefined) return undefined;
  const follows = followsAsSubItem(previous.split('.').map(Number), match[1]!.split('.').map(Number));
  const title = match[2]!.trim();
  const words = title.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  const titled = title.length <= 100 && capitalised >= words.length * 0.6;
  if (!follows || /[.;:,]$/.test(title) || relativeClause.test(title) || !(titled || numberedPaper.test(title))) {
    return undefined;
  }
  return { number: match[1]!, title: titleFromHeading(title) };
}

// "1.1 The Chair welcomed Suleiman Yardley, who replaces": a numbered paragraph whose names make it look title
// cased; a relative clause after a comma marks it as a sentence, which no heading is.
const relativeClause = /,\s+(?:who|whom|whose|which)\s/;

/**
 * Whether a sub-item's number is the next one under the item before it: the same item, one level counted on
 * by one and every level below it the first ("10" → "10.1" or "10.1.1"; "10.1.2" → "10.1.3" or "10.2.1").
 */
function followsAsSubItem(previous: number[], number: number[]): boolean {
  return number.some(
    (part, level) =>
      level > 0 &&
      number.slice(0, level).every((higher, at) => higher === (previous[at] ?? 0)) &&
      part === (previous[level] ?? 0) + 1 &&
      number.slice(level + 1).every((lower) => lower === 1),
  );
}

// "By-law 2032-14, being a by-law to establish fees and charges", "Report PW-2032-07, Fern Bay Road tender":
// Canadian minutes head each sub-item with the paper it takes up, by its number, then what it does in words.
const numberedPaper = /^\p{Lu}[\p{L}-]{2,20}\s+(?:no\.?\s*)?[\p{L}\d-]*\d[\p{L}\d-]*,\s+\S[^.;:]{5,150}$/iu;

// "A. Downtown Parking Meter Rates" under "4. NEW BUSINESS": US minutes letter the business under an item.
const letteredHeading = /^([A-Z])\.\s+(.+)$/;

/**
 * Lettered sub-items under an upper-case item: "A.", "B.", … in turn, each line reading as a title (see
 * `readsAsTitle`) and each followed by its own text before the next. A consent agenda's one-line entries
 * ("A. Approval of the minutes of …") are sentences, not titles, and stay with the item whose one motion
 * approves them all.
 */
function withLetteredSubItems(headings: ItemHeading[], lines: Line[]): ItemHeading[] {
  return headings.flatMap((heading, position) => {
    if (upperCaseShare(heading.title) < 0.85 || heading.number.includes('.')) return [heading];
    // Positions in this part's lines (a line's `index` counts from the paper's first line).
    const start = lines.indexOf(heading.line);
    const next = headings[position + 1];
    const end = next ? lines.indexOf(next.line) : lines.length;
    const subs: (ItemHeading & { position: number })[] = [];
    for (let at = start + 1; at < end; at += 1) {
      const line = lines[at]!;
      const match = letteredHeading.exec(line.clean);
      if (!match || match[1] !== String.fromCharCode(65 + subs.length) || !readsAsTitle(match[2]!)) continue;
      subs.push({
        line,
        number: `${heading.number}${match[1]}`,
        title: titleFromHeading(match[2]!.trim()),
        position: at,
      });
    }
    const bodied = subs.every((sub, index) =>
      lines.slice(sub.position + 1, subs[index + 1]?.position ?? end).some((line) => line.clean !== ''),
    );
    return subs.length >= 2 && bodied ? [heading, ...subs.map(({ position: _, ...sub }) => sub)] : [heading];
  });
}

/**
 * A title in sentence case ("Welcome and apologies", "Finance report, month 10"): a capital, a few words, no
 * sentence inside it and no closing stop. Trusted only after a reference that carries the year as well as the
 * number ("ICB/32/041"), whose form alone marks a heading.
 */
// A dated reference's title in sentence case, as a board or scrutiny committee words its business ("Proposed
// closure of the maternity unit at Ashby Community Hospital"): a title, though longer than a label.
function readsAsShortTitle(title: string): boolean {
  const trimmed = title.trim();
  return /^\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/).length <= 14 && !/[.;:]$|[.!?]\s/.test(trimmed);
}

/** Capitalised and unpunctuated, as a title is: "Library Sunday Hours", not "Approval of the minutes of …". */
function readsAsTitle(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return title.length <= 100 && !/[.;:,]$/.test(title) && capitalised >= words.length * 0.6;
}

// "24/004 Precept 2024/25": town and parish councils number minutes by year and running number, some under a
// label ("Minute 25/108", "Min. No. 25/141"); others put the running number first ("196/20 To Approve …");
// Northern Irish committees print their letters before it ("ES 41/26 Apologies"); South African councils the
// number, month and year after theirs ("OC 04/07/2032 Adoption of the SDBIP"), read only after letters, as a bare
// "04/07/2032" opening a line is a date.
const minuteReference =
  /^(?:minute\s+|min\.?\s*(?:no\.?\s*)?|([A-Z]{1,4})\s?)?(\d{2,4})\/(\d{1,4})(?:\/(\d{4}))?\.?\s+(.+)$/i;

/**
 * Minute references that run on from one another within one year, under one committee's letters if any: one half
 * stays the year, the other climbs by one to three ("24/001", "24/002", "24/004"; "196/20", "197/20", "199/20";
 * "ES 41/26", "ES 42/26").
 */
function minuteReferenceHeadings(lines: Line[]): ItemHeading[] {
  const headings: (ItemHeading & { prefix: string; halves: [number, number] })[] = [];
  let yearFirst: boolean | undefined;
  for (const line of lines) {
    const match = minuteReference.exec(line.clean);
    if (!match) continue;
    const [, letters, firstText, secondText, yearText, rest] = match;
    if (yearText && !letters) continue;
    const prefix = letters ? `${letters.toUpperCase()} ` : '';
    const halves: [number, number] = [Number(firstText), Number(secondText)];
    const title = leadingPhrase(rest!);
    if (title.replace(/[^A-Za-z]/g, '').length < 3) continue;
    const previous = headings.at(-1);
    if (previous) {
      if (previous.prefix !== prefix) continue;
      const climbs = (now: number, before: number) => now > before && now <= before + 3;
      const runsYearFirst = halves[0] === previous.halves[0] && climbs(halves[1], previous.halves[1]);
      const runsYearLast = halves[1] === previous.halves[1] && climbs(halves[0], previous.halves[0]);
      if (!(yearFirst !== false && runsYearFirst) && !(yearFirst !== true && runsYearLast)) continue;
      yearFirst ??= runsYearFirst;
    }
    const number = `${prefix}${firstText}/${secondText}${yearText ? `/${yearText}` : ''}`;
    headings.push({ line, number, title, prefix, halves });
  }
  return headings.map(({ line, number, title }) => ({ line, number, title }));
}

/**
 * "Apologies for absence. Apologies had been received from …" → "Apologies for absence"; "Minutes of the meeting
 * held on 1 May 2026. The chair signed …" ends at the year.
 */
function leadingPhrase(text: string): string {
  const phrase = text.split(/(?<=[a-z)]|\b\d{4})[.:](?:\s|$)|\s{3,}/)[0] ?? text;
  return titleFromHeading(phrase.replace(/[:.]\s*$/, '').slice(0, 120)).trim();
}

function nextNonEmpty(lines: Line[], position: number): Line | undefined {
  for (let next = position + 1; next < lines.length && next <= position + 3; next += 1) {
    if (lines[next]!.clean !== '') return lines[next];
  }
  return undefined;
}

// "Members discussed the skate park. RESOLVED to defer …": the decision in capitals after the discussion on
// its line; "The Committee agreed to extend …" closing a Scottish item that voted on an amendment.
const inlineResolved = /(?<=[.!?]\s+)RESOLVED\b/;
// "Having reviewed three tenders, the Board RESOLVED to award …": a trust board's capitals after its own name, read
// from the start of its sentence, which says what led to it.
const boardResolved = /,\s+the\s+(?:[Bb]oard|[Cc]ommittee|[Cc]ouncil|[Tt]rustees|[Gg]overnors)\s+RESOLVED\b/;
const bodyAgreedSentence =
  /^(?:the\s+)?(?:committee|council|cabinet|board|panel|sub-committee|commission|executive)\s+(?:agreed|resolved|decided)\s+(?:to|that)\s/i;
// "The Board NOTED the report and APPROVED the release of …", "The Board adopted the Lone Working Policy": a board's
// minutes record the decision as what the body approved, at the start of a sentence (noting alone decides nothing).
const bodyApprovedSentence =
  /(?:^|(?<=[.!?]\s+))(?:the\s+)?(?:committee|council|cabinet|board|panel|sub-committee|commission|executive)\s+(?:noted\s+[^.;]{0,80}?\s+and\s+)?(?:approved|adopted|endorsed|ratified)\s+(?:the|a|an|its|this|these|all)\s/i;

// "Members agreed by consensus that allotment rents be held at £38", "It was agreed without dissent to …": a decision
// taken with no vote, which parish and town minutes record in the sentence's own words.
const agreedWithoutVote =
  /(?:^|(?<=[.!?]\s+))(?:(?:the\s+)?(?:members|councillors|committee|council|cabinet|board|panel|sub-committee|commission|executive|meeting)|it)\s+(?:was\s+)?agreed\s+(?:by\s+consensus|without\s+(?:dissent|objection|a\s+vote)|nem\.?\s*con\.?)\s*,?\s+(?:to|that)\s/i;

/** Where a line's decision starts within it: at the line's start, or at a "RESOLVED" after a sentence on it. */
function resolvedOffset(line: Line): number | undefined {
  if (resolvedMarker.test(line.raw) || bodyAgreedLabel.test(line.clean) || bodyAgreedSentence.test(line.clean))
    return 0;
  const cell = resolvedCell(line.raw);
  if (cell !== undefined) return cell;
  const inline =
    inlineResolved.exec(line.raw) ?? bodyApprovedSentence.exec(line.raw) ?? agreedWithoutVote.exec(line.raw);
  if (inline) return inline.index;
  const board = boardResolved.exec(line.raw);
  if (!board) return undefined;
  const stop = /^.*[.!?]\s+/.exec(line.raw.slice(0, board.index));
  return stop ? stop[0].length : 0;
}

/**
 * "| PENDERFYNWYD derbyn … | RESOLVED to accept … |": bilingual minutes set the two languages side by side in a
 * table, the decision opening a cell of its row rather than the line; it starts at the cell the marker opens.
 */
function resolvedCell(raw: string): number | undefined {
  if (!pipeTableRow.test(raw)) return undefined;
  for (const cell of raw.matchAll(/\|\s*(?=\S)/g)) {
    const start = cell.index + cell[0].length;
    if (resolvedMarker.test(raw.slice(start))) return start;
  }
  return undefined;
}

function withResolutions(text: string, lines: Line[], item: MinuteItem): MinuteItem {
  // "AL/38/05 - Mill Lane water supply: AGREED to accept …": the decision runs on after the title on its line.
  const runOn = (line: Line) =>
    line.start < item.bodyStart &&
    line.end > item.bodyStart &&
    resolvedMarker.test(text.slice(item.bodyStart, line.end));
  const offsetOf = (line: Line) => (runOn(line) ? item.bodyStart - line.start : resolvedOffset(line));
  const marker = lines.find(
    (line, position) =>
      (runOn(line) || line.start >= item.bodyStart) &&
      line.end <= item.end &&
      offsetOf(line) !== undefined &&
      !endsWrappedSentence(lines, position),
  );
  if (!marker) {
    const row = resolvedInRow(text, lines, item);
    if (row) return { ...item, resolved: row, resolutions: parseResolutions(text, row) };
    const cell = decisionCell(text, lines, item);
    if (cell) return cell;
    // No "Resolved" heading: the decisions are the motions, and the item's text stays one discussion.
    const motions = findMotions(text, bodyLines(text, lines, item));
    if (motions.length > 0) return { ...item, resolutions: motions };
    // The paragraph stays one passage: its decision reads only with the discussion that names what it is about.
    const inline = resolvedInParagraph(text, lines, item);
    return inline ? { ...item, resolutions: wholeSentence(text, inline) } : { ...item, resolutions: motions };
  }
  const closing = lines.find(
    (line) => line.start > marker.start && line.end <= item.end && closesMeeting.test(line.clean),
  );
  const voted = lines.find(
    (line) => line.start >= marker.start && line.end <= item.end && closingVote.test(line.clean),
  );
  const offset = offsetOf(marker)!;
  // A decision opening a table's cell ends with that cell.
  const cellEnd = offset > 0 && pipeTableRow.test(marker.raw) ? marker.raw.indexOf('|', offset) : -1;
  const end = Math.min(
    closing ? trimEnd(text, marker.start, closing.start) : item.end,
    voted?.end ?? item.end,
    cellEnd === -1 ? item.end : trimEnd(text, marker.start, marker.start + cellEnd),
  );
  const parsed = parseResolutions(text, { start: marker.start + offset, end });
  const resolved: Span = { start: marker.start + offset, end: footnotedRemarkStart(text, parsed, end) ?? end };
  const resolutions = resolved.end === end ? parsed : parseResolutions(text, resolved);
  return { ...item, resolved, resolutions: carriedAsProposed(text, lines, item, resolutions) ?? resolutions };
}

// "¹ The Trust's grant scheme closes …": a footnote, opening with its raised number, and its marker glued to the end
// of a word of the text it annotates ("the War Memorials Trust¹").
const footnoteOpening = /^[ \t]*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)[ \t]/gmu;

/**
 * "RESOLVED that the quotation be accepted." then "The Clerk advised that a grant from the Trust¹ might …" and the
 * note "¹ The Trust's scheme closes …": a remark after the resolutions that carries a footnote is discussion, and
 * the note with it; the Resolved block ends where that remark starts, or at the note when its marker is not after
 * the resolutions.
 */
function footnotedRemarkStart(text: string, resolutions: Resolution[], end: number): number | undefined {
  const after = resolutions.at(-1)?.end;
  if (after === undefined) return undefined;
  const rest = text.slice(after, end);
  const note = footnoteOpening.exec(rest);
  footnoteOpening.lastIndex = 0;
  if (!note) return undefined;
  const marker = new RegExp(`[\\p{L}\\p{N}.,;:)”’"'](?:${note[1]})(?![¹²³⁴⁵⁶⁷⁸⁹⁰])`, 'u').exec(
    rest.slice(0, note.index),
  );
  const remark = marker ? rest.lastIndexOf('\n\n', marker.index) : -1;
  const start = after + (marker ? (remark === -1 ? 0 : remark) : note.index);
  return trimEnd(text, after, start);
}

// "… Two quotes were considered. Resolved to accept the Hallam quote." inside a table row's discussion cell.
const resolvedSentence = /(?:^|(?<=[.!?])\s+)(?:it was\s+)?(?:resolved|agreed)\b/i;

/**
 * An item that is one row of a converted table ("| 33/25 Bus shelter | … Resolved to accept … | Action | Owner |"):
 * its decision is the sentence of its discussion cell that opens with "Resolved", to the end of that cell.
 */
function resolvedInRow(text: string, lines: Line[], item: MinuteItem): Span | undefined {
  const row = lines.find((line) => line.start === item.start);
  if (!row || !pipeTableRow.test(row.raw) || item.bodyStart <= row.start || item.bodyStart > row.end) return undefined;
  const cellEnd = text.indexOf('|', item.bodyStart);
  const cell = text.slice(item.bodyStart, cellEnd === -1 || cellEnd > row.end ? row.end : cellEnd);
  const match = resolvedSentence.exec(cell);
  if (!match) return undefined;
  const start = item.bodyStart + match.index + match[0].length - match[0].trimStart().length;
  return { start, end: item.bodyStart + cell.trimEnd().length };
}

// "… Quotes were reviewed. Resolved to accept the quote from …": a decision sentence inside a paragraph; "…, after
// discussion, it was resolved to accept …" and an annual meeting's "Cllr A Bell was elected Chair for the year."
// decide inside their sentence, which is read from its start.
const resolvedWithin =
  /(?<=[.!?])\s+resolved\b|(?:^|(?<=[.!?]))\s+[^.!?]*?\b(?:it\s+was\s+(?:unanimously\s+)?resolved|was\s+(?:unanimously\s+)?(?:duly\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:(?:vice|deputy)[- ]?)?(?:chair(?:man|person|woman)?|mayor|leader|cathaoirleach)\b)/i;

/**
 * A one-paragraph item run on after its title ("7.41pm Station Approach verge. … Resolved to proceed, …") with no
 * motion in it: its decision is the sentence that opens with "Resolved", to the end of the item.
 */
function resolvedInParagraph(text: string, lines: Line[], item: MinuteItem): Span | undefined {
  const row = lines.find((line) => line.start === item.start);
  if (!row || item.bodyStart <= row.start || item.bodyStart > row.end) return undefined;
  const body = text.slice(item.bodyStart, item.end);
  const match = resolvedWithin.exec(` ${body}`);
  if (!match) return undefined;
  const start = item.bodyStart + match.index + match[0].length - match[0].trimStart().length - 1;
  return { start, end: item.bodyStart + body.trimEnd().length };
}

/**
 * The decision a paragraph records, from the start of its sentence: "Resolved that the clerk obtain three quotes."
 * reads as a decision in a digest, where "that the clerk obtain three quotes." does not. A numbered list under it
 * is split as any Resolved block is.
 */
function wholeSentence(text: string, span: Span): Resolution[] {
  const resolutions = parseResolutions(text, span);
  const only = resolutions.length === 1 && resolutions[0]!.number === undefined ? resolutions[0]! : undefined;
  if (!only) return resolutions;
  return [{ text: cleanResolution(text.slice(span.start, only.end)), start: span.start, end: only.end }];
}

/**
 * "It was proposed by Cllr A and seconded by Cllr B that … RESOLVED accordingly.": the decision is the proposal
 * the bare "accordingly" carried, not that word.
 */
function carriedAsProposed(
  text: string,
  lines: Line[],
  item: MinuteItem,
  resolutions: Resolution[],
): Resolution[] | undefined {
  const only = resolutions.length === 1 ? resolutions[0]! : undefined;
  if (!only || !/^accordingly\b\W*$/i.test(only.text)) return undefined;
  const proposed = findMotions(text, bodyLines(text, lines, item)).filter((motion) => motion.end <= only.start);
  return proposed.length > 0 ? [proposed.at(-1)!] : undefined;
}

// "Item<tab>Decision" over a record of decisions set as a table: the cell beside each item's title is the decision
// itself, in the officer's words ("Consent was refused because …"), with no "Resolved" to mark it.
// A licensing schedule heads its columns "No. | Application | Decision and reasons", some with the premises
// between ("Application | Premises | Decision").
const decisionColumnHeader =
  /^(?:(?:no|ref)\.?\s+)?(?:(?:agenda\s+)?items?|minutes?|subject|reports?|applications?)(?:\t+[^\t]{1,30}?)?\t+(?:decisions?(?:\s+taken)?(?:\s+and\s+reasons?)?|resolutions?|outcomes?)$/i;
// A title cell too wide for its column wraps under the row's first line ("6. Street Trading Consent – Abbey" /
// "Walk"): a few words with no stop, before the decision's sentence.
const wrappedTitleCell = /^[^.:;!?]{1,30}$/;

/** An item that is a row under a table's "Decision" column: its cell as the resolution. */
function decisionCell(text: string, lines: Line[], item: MinuteItem): MinuteItem | undefined {
  if (!lines.some((line) => line.end <= item.start && decisionColumnHeader.test(line.raw.trim()))) return undefined;
  const body = bodyLines(text, lines, item).filter((line) => line.clean !== '');
  const headingLine = lines.find((line) => line.start === item.start);
  let title = item.title;
  // Only a row whose decision cell does not sit on its first line has its title cell wrapped: the reader found no
  // gutter there, or only the one after the row's number cell ("LS/31/07 <tab> Premises licence variation, The").
  const cells = (headingLine?.raw.trim() ?? '').split('\t').filter((cell) => cell.trim() !== '');
  const decisionBeside = cells.length > 2 || (cells.length === 2 && cells[0]!.trim() !== item.number);
  while (!decisionBeside && body.length > 1 && wrappedTitleCell.test(body[0]!.clean)) {
    title = `${title} ${body.shift()!.clean}`;
  }
  if (body.length === 0) return undefined;
  const resolutions = parseResolutions(text, { start: body[0]!.start, end: item.end });
  // The whole row is the record of the decision, its title cell with it: one passage, not a bare title beside it.
  return resolutions.length > 0
    ? { ...item, title, resolved: { start: item.start, end: resolutions.at(-1)!.end }, resolutions }
    : undefined;
}

/** The item's lines after its heading; the rest of the heading's line when the item's text runs on there. */
function bodyLines(text: string, lines: Line[], item: MinuteItem): Line[] {
  return lines.flatMap((line) => {
    if (line.start >= item.bodyStart && line.end <= item.end) return [line];
    if (line.start >= item.bodyStart || line.end <= item.bodyStart || line.end > item.end) return [];
    const raw = text.slice(item.bodyStart, line.end);
    return [{ ...line, raw, clean: raw.trim(), start: item.bodyStart }];
  });
}

/**
 * "…seconded by Councillor Lynch and" / "agreed.": a lower-case "agreed" under a line that does not end its
 * sentence is that sentence's last word, wrapped, not a decision's label.
 */
function endsWrappedSentence(lines: Line[], position: number): boolean {
  if (!/^\s*\p{Ll}/u.test(lines[position]!.clean)) return false;
  const previous = lines.slice(0, position).findLast((line) => line.clean.trim() !== '');
  return previous !== undefined && !/[.:;!?”"]\s*$/.test(previous.clean);
}

// "The meeting ended at 7.52 pm", "There being no further business, the meeting closed": the close of the meeting
// after the last item's decision (then the chair's signature), not part of the decision.
const closesMeeting =
  /^(?:(?:there being no (?:further|other) business,?\s+)?the\s+meeting\s+(?:ended|closed|concluded|finished|terminated|was\s+(?:closed|adjourned))\b|there being no (?:further|other) business\b)/i;

// "RESOLVED: That the hedge be cut. (Cllr A proposed, Cllr B seconded, all were in favour).": the vote recorded in
// brackets closes the decision; what follows in the item (matters arising, a list of applications) is not decided.
const closingVote = /\([^()]*\b(?:proposed|seconded)\b[^()]*\)\.?$/i;

// A field's label alone on its line after the decision's own line: "Conditions:", "Reasons for refusal:".
const fieldLabelLine = /\n[ \t]*\p{Lu}[\p{L} ]{1,40}:[ \t]*(?:\n|$)/u;
const numberedResolution = /(?:^|\n)[ \t]*(?:[-•][ \t]*)?\(?(\d{1,2})[).][ \t]*(?=\S)/g;
// "RESOLVED that Cabinet agree to:" then "(a) Adopt …", "b) Note …" (OCR may capitalise the first letter).
// "The Committee agreed:" then "(i) to note …", "(ii) to approve …", as Scottish minutes number decisions.
const romanResolution = /(?:^|\n)[ \t]*(?:[-•][ \t]*)?\(?([ivx]{1,4})\)[ \t]*(?=\S)/gi;
const romanNumerals = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const letteredResolution = /(?:^|\n)[ \t]*(?:[-•][ \t]*)?\(?([a-z])\)[ \t]*(?=\S)/gi;

/** Splits a Resolved block into its numbered resolutions, or keeps it whole when unnumbered. */
export function parseResolutions(text: string, block: Span): Resolution[] {
  const body = text.slice(block.start, block.end);
  const marker = resolvedMarker.exec(body)?.[0] ?? '';
  // "Agreed as accurate.", "Agreed to write to the county": a bare "Agreed" before a lower-case word other than
  // "that" is the sentence's verb, not a label, and the decision reads with it; so is "It was agreed" before how
  // ("It was agreed without dissent to …"), which the decision cannot start with.
  const after = body.slice(marker.length);
  const markerIsVerb =
    (/^\s*agreed\s+$/i.test(marker) && /^(?!that\b)\p{Ll}/u.test(after)) ||
    (/^\s*it\s+was\s+agreed\s+$/i.test(marker) && /^(?:by\s+consensus|without|nem\b)/i.test(after));
  const markerLength = markerIsVerb ? marker.search(/\S/) : marker.length;
  // Treat the text right after the marker as a line start: "Resolved:- (1) That …".
  const afterMarker = `\n${body.slice(markerLength)}`;
  const offset = markerLength - 1;
  let numbered = listItems(afterMarker, numberedResolution, (position) => String(position + 1), offset);
  // "Decision: APPROVED subject to conditions" then "Conditions:" over "1. …": the list is that field's, not the decision's.
  if (numbered.length > 0 && fieldLabelLine.test(afterMarker.slice(1, numbered[0]!.index - offset))) numbered = [];
  // "Decision:" alone on its line introduces what follows as a list "agree to:" does.
  const markerAlone = markerLength > 0 && /:[ \t]*\n/.test(body.slice(0, markerLength));
  if (numbered.length === 0 && (markerAlone || /:\s*$/.test(body.slice(0, firstParagraphEnd(body, markerLength))))) {
    // Only a list the resolution introduces ("agree to:") is read by letters: "(a)" elsewhere is a reference.
    numbered = listItems(afterMarker, letteredResolution, (position) => String.fromCharCode(97 + position), offset);
  }
  // "The Committee agreed:" with "(i) …" on the very next line, no blank line between.
  const introLine = afterMarker.slice(1).split('\n', 1)[0] ?? '';
  if (numbered.length === 0 && /:\s*$/.test(introLine)) {
    numbered = listItems(afterMarker, romanResolution, (position) => romanNumerals[position] ?? '', offset);
  }
  if (numbered.length === 0) {
    const start = block.start + markerLength;
    const end = block.start + firstParagraphEnd(body, markerLength);
    const resolutionText = cleanResolution(text.slice(start, end));
    return resolutionText ? [{ text: resolutionText, start, end }] : [];
  }
  return numbered.map((match, position) => {
    const start = block.start + match.index + match.length;
    const nextIndex = numbered[position + 1]?.index;
    const end = block.start + (nextIndex ?? firstParagraphEnd(body, match.index + match.length));
    return {
      number: match.number,
      text: cleanResolution(text.slice(start, end)),
      start,
      end: trimEnd(text, start, end),
    };
  });
}

interface ListItem {
  number: string;
  index: number;
  length: number;
}

/** The markers of a list that counts up from its first label ("1", "2"… or "a", "b"…), skipping any out of turn. */
function listItems(body: string, pattern: RegExp, label: (position: number) => string, offset: number): ListItem[] {
  const items: ListItem[] = [];
  for (const match of body.matchAll(pattern)) {
    if (match[1]!.toLowerCase() !== label(items.length)) continue;
    items.push({ number: label(items.length), index: match.index + offset, length: match[0].length });
  }
  return items;
}

function firstParagraphEnd(body: string, from: number): number {
  // A numbered list may sit after a blank line; an unnumbered resolution ends at the first blank line.
  const rest = body.slice(from);
  const leadingBlank = rest.match(/^\s*/)?.[0].length ?? 0;
  const blank = rest.slice(leadingBlank).search(/\n[ \t]*\n/);
  return blank === -1 ? body.length : from + leadingBlank + blank;
}

// Notes with an "Action by" column print its initials at the end of a decision's line, beyond a wide gap
// ("3.3   Agreed: circulate the vacancy map to all       BC" / "      members by 2 February 2034."): that column's
// cell, not the decision's words, which would otherwise read "to all BC members".
const actionByCell = /[ \t]{3,}\p{Lu}{2,4}[ \t]*(?=\r?\n|$)/gu;

function cleanResolution(text: string): string {
  return text
    .replace(actionByCell, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[-:–\s]+/, '')
    .trim();
}

export function parsePresent(line: string): Attendee[] {
  // Officers and the public follow the members: "…, Jo Rowan - Chair. Clerk: J Smith, 9 residents".
  const body = line
    .replace(/^Present\s*:?-?\s*/i, '')
    .split(/\b(?:Clerk|Officers?|Officials|In attendance|Absent|Regrets|Staff)\s*:/i, 1)[0]!
    // "Al Birch (AB) Di Holly (DH)": initials end a name where the comma was left out.
    .replace(/\s*\([A-Z]{2,4}\)(?=\s+\p{Lu})/gu, ',')
    .trim();
  return splitNames(titlesAsSeparators(body)).map((name) => {
    const presiding = presidingMember(name);
    if (presiding) return { name: presiding, chair: true };
    const chair = bracketedChairTitle.test(name) || chairRole.test(name);
    return {
      name: name.replace(bracketedChairTitle, '').replace(anyRole, '').trim(),
      chair,
    };
  });
}

// A person's title inside a list.
const listedTitle = /(?<!\band)\s+(?=(?:Cllr\.?|Councill?or|Mrs?\.?|Ms\.?|Miss|Dr\.?)\s+\p{Lu})/gu;

/**
 * "Cllr Ann Fenn (Chair) Cllr Roy Tull Cllr Eli Marsh": a list converted from a table, whose titles are its only
 * separators. A list with commas (or semicolons) is left as it is.
 */
function titlesAsSeparators(body: string): string {
  if (/[,;](?![^()]*\))/.test(body)) return body;
  const titled = body.split(listedTitle);
  return titled.length >= 3 ? titled.join(', ') : body;
}

// "The Mayor (Councillor Sheila Varley) in the Chair", "Cathaoirleach Cllr. Siobhán Nevin presiding": the member
// who chaired, named inside the office's brackets or after its title.
const officeInChair = /^(?:the\s+)?[\p{L}' -]{2,40}?\s*\(\s*([^()]+?)\s*\)\s+in\s+the\s+chair\.?$/iu;
const presidingSuffix = /^(.+?)\s+(?:in\s+the\s+chair|presiding)\.?$/iu;
const presidingTitle =
  /^(?:(?:the\s+)?(?:(?:deputy|lord|town|city)\s+)?(?:mayor|chair(?:man|person|woman)?|provost|convener|cathaoirleach|an\s+cathaoirleach)\s+)?(?:(?:councillor|cllr\.?|cr\.?)\s+)?/iu;

function presidingMember(text: string): string | undefined {
  const match = officeInChair.exec(text) ?? presidingSuffix.exec(text);
  const name = match?.[1]?.replace(presidingTitle, '').trim();
  return name && /^\p{Lu}/u.test(name) ? name : undefined;
}

export function parseApologies(line: string): string[] {
  // "Apologies were intimated on behalf of …" in Scottish minutes.
  const afterFrom = line
    .split(/\b(?:from|on behalf of)\b/i)
    .slice(1)
    .join('from')
    // "Apologies from A Smith due to work commitments": the reason is no part of the name; nor is the
    // motion receiving it ("That the apology from Cr X be received. CARRIED").
    .replace(/\s+(?:due to|owing to|because)\b[^,;]*/gi, '')
    .replace(/\s+be\s+(?:received|accepted|noted)\b[\s\S]*$/i, '');
  // "Apologies: …", or the label alone on the line above the names ("Apologies" / "Councillor Iain Blair.").
  const names = afterFrom || line.replace(apologiesLead, '');
  if (noApologies.test(names)) return [];
  // "… and Mrs Sonia Hext. Councillor Tolland attended as a substitute": the next sentence names no apology.
  return splitNames(names.split(sentenceEnd, 1)[0]!);
}

// "None received.", "There were no apologies.", "No apologies for absence were received.": a record that there
// were none, which names nobody.
const noApologies = /^\s*(?:there\s+were\s+)?(?:none|nil|no\s+apolog(?:y|ies))\b/i;

// "Apologies: ", "Apologies for absence", "YMDDIHEURIADAU / APOLOGIES:" before the names.
const apologiesLead = new RegExp(
  String.raw`^${otherLanguage}(?:Apologies|Regrets)\b(?:[^:]*:-?|(?:\s+for\s+absence)?)`,
  'iu',
);

// A full stop after a word or a bracket, not after an initial or an abbreviated title ("Cllr. Kenny").
const sentenceEnd = /(?<=\)|\p{Ll}{3})(?<!\b(?:Cllrs?|Profs?|Revd?|Hon|Capt|Supt|Insp))\.\s+(?=\p{Lu})/u;

// "Mrs R Fenn-Chair" (the dash typed without spaces), "Cllr Ann Fenn AF Chair" (after the initials the minutes use).
const anyRole =
  /(?:,\s*|\s+[-–]\s*)(?:An\s+)?(?:Leas-)?Cathaoirleach$|(?:,\s*|\s+[-–]\s*|(?<=\p{Ll})-|\s+\p{Lu}{2,3}\s+)(?:Vice[- ]?)?Chair(?:man|person|woman)?$/iu;
const chairRole =
  /(?:,\s*|\s+[-–]\s*)(?:An\s+)?Cathaoirleach$|(?:,\s*|\s+[-–]\s*|(?<=\p{Ll})(?<!\bVice)-|\s+\p{Lu}{2,3}\s+)Chair(?:man|person|woman)?$/iu;

function parseDeclarations(text: string, item: MinuteItem): Declaration[] {
  const body = text.slice(item.bodyStart, item.end);
  const declarations: Declaration[] = [];
  // "Councillor Simon Pardoe declared …": the whole name, not its first word.
  for (const match of body.matchAll(/[^\n]*\bCouncillor\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})[^\n]*/g)) {
    if (!/declar|interest/i.test(match[0])) continue;
    const start = item.bodyStart + match.index;
    const minute = /Minute\s+No\.?\s*(\d+)/i.exec(match[0])?.[1];
    declarations.push({ member: match[1]!, minute, text: match[0].trim(), start, end: start + match[0].length });
  }
  return declarations;
}

/** "## 12 Housing Strategy" or "**12. Housing Strategy**": a numbered line the converter marked as a heading. */
function isMarkedHeading(raw: string, title: string): boolean {
  const marked = /^\s*#{1,6}\s/.test(raw) || /^\s*\*\*.+\*\*\s*$/.test(raw);
  return marked && title.length <= 120 && !/[.;]$/.test(title);
}

function titleFromHeading(title: string): string {
  return title
    .replace(/\s*\(Pages?[^)]*\)\s*$/i, '')
    .replace(/[*#]+/g, '')
    .trim();
}

export function trimEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text[position - 1]!)) position -= 1;
  return position;
}
