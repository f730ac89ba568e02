import { escapeRegExp } from './escape-reg-exp.js';
import { shortSpeaker, type Turn } from './speaker-turns.js';
import { contentTerms, stem, words } from './tokenize.js';

/** An office a question names its holder by ("the Cabinet Secretary", "the Minister of Fisheries"). */
export interface AskedRole {
  /** The words as typed: "Deputy Minister", "Minister of Fisheries", "transport minister". */
  phrase: string;
  /** Stems of the phrase, to find the office in a label or an introduction whatever the word order. */
  stems: string[];
  /** Stems only the office names: not also the topic ("the Minister for Rivers" asked about rivers). */
  framing: string[];
  /**
   * Named by what the post covers, not by its title ("the official responsible for ports", "the harbours
   * official"): no label or introduction prints "official", so the post an introduction gives is read whole for
   * the words of what it covers.
   */
  byRemit?: boolean;
  /** Typed as a possessive ("the Minister's answer"): the office may be what a named speaker spoke of. */
  possessive?: boolean;
  /**
   * A body, not a post ("the Association of Directors of Social Services"): its witnesses are whoever an
   * introduction says represents it, often after their own post ("who is chair of …, here representing the …").
   */
  body?: boolean;
}

// Offices whose holders answer in committee and in the chamber. The chair too: some transcripts label the chair's
// turns by that title ("The Chair:"), but others print the chair's name ("Lynne Neagle AM:"), where only being
// addressed ("Thank you, Chair.") says who chairs.
const offices = [
  'chair',
  'minister',
  'secretary',
  'premier',
  'mayor',
  'leader',
  'president',
  'commissioner',
  'director',
  'ombudsman',
  'governor',
  'chancellor',
  'spokesperson',
  'auditor',
  'registrar',
  'executive',
  'inspector',
];
// Either case of the first letter: "the Minister", "the minister". The rest of the pattern is case-sensitive,
// so that only capitalised words after "of" or "for" are read as the office's portfolio.
const firstEitherCase = (word: string) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
const officeHead = `(?:${offices.map(firstEitherCase).join('|')})`;

// "the Deputy Minister", "the transport minister", "the Minister of Rivers and Lakes", "did Deputy Minister…":
// up to two words before the office, and what it is "of" or "for" when the question names that in capitals.
// The possessive is the office too: "Do the Minister's principles apply…" asks what its holder said of them.
// A body's possessive stands for "the" ("HEFCW's chief executive", "Estyn's chief inspector"): the office is read
// without the body, as introductions spell the body out ("chief executive of the Higher Education Funding Council").
const askedOffice = new RegExp(
  String.raw`(?:\b[Tt]he\s+|\b\p{Lu}[\p{L}-]*['’]s\s+|\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]ould|[Hh]as|[Hh]ad|[Cc]an)\s+)((?:[\p{L}-]+\s+){0,2}?${officeHead}(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})?)\b`,
  'u',
);
// Words before the office that are the sentence, not the office: "What did the…", "and the…".
const notModifier = /^(?:what|how|did|does|do|will|would|could|has|had|can|and|or|the|about|with|to|of|for)$/i;

// "the official responsible for further education", "the harbours official", "the official in charge of ports": a
// post named by its remit, before or after the word.
const remitOfficial =
  /\b[Tt]he\s+((?:(?!(?:what|how|did|does|do|will|would|could|has|had|can|and|or|the|about|with|to|of|for)\b)[\p{L}-]+\s+){0,2})official(?:\s+(?:responsible\s+for|in\s+charge\s+of|leading\s+on|for)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))?/u;
// Words after the remit that are the sentence going on: "the official for ports say about …".
const remitEnds =
  /\b(?:say|said|says|think|thought|tell|told|explain|explained|about|on|when|whether|why|how|what|was|were|is|are)\b.*$/i;

function askedByRemit(question: string): AskedRole | undefined {
  const match = remitOfficial.exec(question);
  if (!match) return undefined;
  const remit = `${match[1] ?? ''} ${(match[2] ?? '').replace(remitEnds, '')}`.trim();
  // Every word of the remit, everyday ones too: "further education" is not education.
  const stems = [...new Set(remitStems(remit))];
  if (stems.length === 0) return undefined;
  const elsewhere = new Set(contentTerms(question.replace(match[0], ' ')));
  const phrase = `${match[1] ?? ''}official`.trim();
  return {
    phrase,
    stems,
    framing: [...contentTerms(remit), ...contentTerms('official')].filter((stem) => !elsewhere.has(stem)),
    byRemit: true,
  };
}

function remitStems(text: string): string[] {
  return words(text).map((word) => stem(word));
}

// "What did the Association of Directors of Social Services say…", "according to the WJEC", "the Welsh Local
// Government Association's view": a body named in capitals as whose words are asked for. The chair and the
// committee are the sitting's own, not a body giving evidence.
const askedBodyName = String.raw`\b[Tt]he\s+((?!(?:Chair|Committee)\b)\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,7})`;
const bodySpeaking = new RegExp(
  String.raw`${askedBodyName}(?:\s+(?:say|said|think|thought|tell|told|recommend|recommended|argue|argued|propose|proposed|suggest|suggested|want|wanted|warn|warned)\b|['’]s\s+(?:view|position|evidence|concern|concerns|answer|response)\b)|\b[Aa]ccording\s+to\s+${askedBodyName.slice(2)}`,
  'u',
);

// "What did HEFCW say…", "Did Qualifications Wales tell…", "according to WJEC": a body typed by its bare name, with no
// "the". Read as a body only when it is an acronym or its name ends in a word bodies are named by, as "What did Kirsty
// Williams say" names a person.
const bareBodyName = String.raw`((?!(?:AM|MS|MP|MSP|MLA|TD)\b)\p{Lu}{2,}\p{L}*|(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Wales|Council|Association|Board|Agency|Commission|Union|Society|Trust|Network|Parliament|Cabinet|Federation|Authority|Forum|Institute))`;
const bareBodySpeaking = new RegExp(
  String.raw`\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ad|[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an)\s+${bareBodyName}\s+(?:say|think|tell|recommend|argue|propose|suggest|want|warn|accept|agree|promise|offer|expect)\b|\b${bareBodyName}['’]s\s+(?:view|position|evidence|concern|concerns|answer|response)\b|\b[Aa]ccording\s+to\s+${bareBodyName}`,
  'u',
);

function askedBody(question: string): AskedRole | undefined {
  const match = bodySpeaking.exec(question) ?? bareBodySpeaking.exec(question);
  const body = match?.slice(1).find((group) => group !== undefined);
  if (!body) return undefined;
  const stems = [...new Set(remitStems(body))];
  const elsewhere = new Set(contentTerms(question.replace(body, ' ')));
  return {
    phrase: body,
    stems,
    framing: contentTerms(body).filter((stem) => !elsewhere.has(stem)),
    byRemit: true,
    body: true,
  };
}

/** The office a question names its subject by, if any. */
export function askedRole(question: string): AskedRole | undefined {
  const match = askedOffice.exec(question);
  if (!match) return askedByRemit(question) ?? askedBody(question);
  const typed = match[1]!.split(/\s+/);
  while (typed.length > 1 && notModifier.test(typed[0]!)) typed.shift();
  const phrase = typed.join(' ');
  const stems = [...new Set(contentTerms(phrase))];
  if (stems.length === 0) return undefined;
  const elsewhere = new Set(contentTerms(question.replace(match[1]!, ' ')));
  const role: AskedRole = { phrase, stems, framing: stems.filter((stem) => !elsewhere.has(stem)) };
  return /^['’]s\b/.test(question.slice(match.index + match[0].length)) ? { ...role, possessive: true } : role;
}

const honorific =
  /^(?:(?:the\s+)?(?:right\s+)?(?:hon(?:ourable|orable)?\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|professor|sir|dame|lord|lady|cllr\.?|councillor)\s+)+/i;
const memberSuffix = /\s+(?:AM|MS|MP|MSP|MLA|TD|MHK|QC|KC)$/;

/** "Right Hon. Ada Okafor" and "Tomos Rhys AM" as introductions print them: "Ada Okafor", "Tomos Rhys". */
export function printedName(speaker: string): string {
  return shortSpeaker(speaker).replace(honorific, '').replace(memberSuffix, '').trim();
}

// "welcome Ffion Hale AM, Minister for Roads and Rail, and …", "Ivo Brand, chief executive of …": a full name, then its
// post after a comma. A body is read further on, as it often follows the witness's own post ("Sally Jenkins, who is
// chair of …, and is here representing the Association of …"), up to the next witness named.
const introducedWithPost = (reach: number) =>
  new RegExp(
    String.raw`\b(\p{Lu}[\p{L}'’-]+(?:\s+(?!(?:AM|MS|MP|MSP|MLA|TD)\b)\p{Lu}[\p{L}'’-]+){1,2})(?:\s+(?:AM|MS|MP|MSP|MLA|TD))?\s*,\s*(?=(?:the\s+)?([^.;:()\n]{1,${reach}}))`,
    'gu',
  );
const postReach = 80;
const chairStem = stem('chair');
const bodyReach = 160;
// ", Mike Ebbsworth, assistant director": the next witness named, where a post read for a body ends. A post starts
// in lower case, a body's name does not (", Pilots Guild, Ola Penrose, …" is still the first witness's). What follows
// a body's name in a list ("the Pilots Guild, Mari Lloyd, director …") is the next witness from its start.
const nextWitness = /(?:^|,)\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*,\s*\p{Ll}.*$/u;

// "I call on the Minister", "over to the Secretary", "…, Minister, to reply": the floor handed over.
const givingFloor = /\b(?:call(?:ing)?|over\s+to|turn\s+to|invite)\b/i;
const floorTaken = /^\s+to\s+(?:speak|respond|reply|answer|move|introduce)\b/i;
// "The hon. Minister.", "Deputy Minister, please.": a chair's turn this short only hands over the floor.
const shortTurn = 8;

/**
 * The speakers who hold the office a question names, read from a passage of a transcript: a label that
 * carries the office ("Hon. Ada Okafor (Minister of Rivers):"); an introduction naming a speaker with it
 * ("welcome Tomos Rhys AM, Cabinet Secretary for Transport"); the turn after one that gives the holder
 * the floor or asks them ("I call on the Deputy Minister.", "Cabinet Secretary, how will…?", "The
 * hon. minister."); the turn before one that thanks them ("Thank you, Deputy Minister."). Names as
 * `shortSpeaker` prints them. Empty when nothing in the passage ties the office to a speaker.
 */
export function roleHolders(text: string, turns: Turn[], role: AskedRole): Set<string> {
  const holders = printedHolders(text, turns, role);
  // A label or an introduction says who holds the office; being addressed only suggests it.
  if (holders.size > 0) return holders;
  return addressedHolders(text, turns, role);
}

/**
 * The speakers a label, an introduction or their own word ("as the Minister, I …") prints as holding the office:
 * what a whole paper says of who holds it, where being addressed as the office in one exchange proves too little.
 */
export function printedHolders(text: string, turns: Turn[], role: AskedRole): Set<string> {
  const holders = new Set<string>();
  const officeWords = officePattern(role);
  const holdsAll = (said: string) => {
    const present = new Set(role.byRemit ? remitStems(said) : contentTerms(said));
    return role.stems.every((stem) => present.has(stem));
  };
  const speakers = [...new Set(turns.flatMap((turn) => (turn.speaker ? [turn.speaker] : [])))];
  for (const speaker of speakers) if (holdsAll(speaker)) holders.add(shortSpeaker(speaker));
  const reach = role.body ? bodyReach : postReach;
  // A body in an introduction follows what ties the witness to it ("here representing the …", "who is the …
  // spokesperson", "chief executive of the …", "assistant director, WJEC"); read further on, a post also runs into
  // prose that only mentions it ("Illuminate Education, for example—and then … funding to the WJEC").
  const representsBody = new RegExp(
    String.raw`(?:^|\b(?:of|from|representing|represents|at|with|for|is|as)\s+(?:the\s+)?|,\s*)${officeWords}\b`,
    'iu',
  );
  const holdsPost = (post: string) => (role.body ? representsBody.test(post.replace(nextWitness, '')) : holdsAll(post));

  // "The chair's view": the sitting's chair is never introduced with the post; a witness introduced as "chair of"
  // their own body is not who chairs the sitting.
  const introduces = !(role.stems.length === 1 && role.stems[0] === chairStem);

  // An introduction: the name, then the office after a comma or in brackets, in the same sentence.
  for (const short of introduces ? new Set(speakers.map(shortSpeaker)) : []) {
    const name = printedName(short);
    if (!/\s/.test(name)) continue;
    const introduced = new RegExp(
      String.raw`${escapeRegExp(name)}(?:\s+(?:AM|MS|MP|MSP|MLA|TD))?\s*[,(]\s*(?:the\s+)?([^.;:()\n]{0,${reach}})`,
      'g',
    );
    for (const match of text.matchAll(introduced)) {
      const office = role.byRemit ? match[1]! : match[1]!.split(/,|\band\b/)[0]!;
      if (holdsPost(office)) holders.add(short);
    }
  }

  // Someone introduced with the office who does not speak in this passage: a chair's welcome often closes a
  // passage and the witness's first turn opens the next. Named as introductions print a name.
  const speaking = new Set(speakers.map((speaker) => printedName(speaker)));
  for (const match of introduces ? text.matchAll(introducedWithPost(reach)) : []) {
    const post = match[2]!;
    if (speaking.has(printedName(match[1]!)) || isFormOfAddress(match[1]!)) continue;
    // "the Crown Prosecution Service, the Association of …": a list of bodies, not a witness named with one.
    if (role.body && /\bthe\s+$/i.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const read = role.byRemit ? [post] : [post.split(',')[0]!, post.split(/,|\band\b/)[0]!];
    if (read.some(holdsPost)) holders.add(printedName(match[1]!));
  }

  // A speaker who speaks as the office: "I, as the Minister, …", "as Secretary, I have …".
  const self = new RegExp(
    String.raw`\b(?:I|me),?\s+as\s+(?:the\s+)?${officeWords}\b|\bas\s+(?:the\s+)?${officeWords},?\s+I\b`,
    'iu',
  );
  for (const turn of turns) {
    if (turn.speaker && self.test(text.slice(turn.start, turn.end))) holders.add(shortSpeaker(turn.speaker));
  }

  return holders;
}

/** The office's words as typed, in order, any spacing between them: a pattern both readers of holders match. */
function officePattern(role: AskedRole): string {
  return role.phrase.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
}

function addressedHolders(text: string, turns: Turn[], role: AskedRole): Set<string> {
  const holders = new Set<string>();
  const officeWords = officePattern(role);
  // Giving the floor, asking, thanking: the office said as a form of address, not as a subject
  // ("the Deputy Minister's amendment", "will the minister confirm" do not say who holds it).
  const addressed = new RegExp(
    String.raw`(?:^|[,.;:?!—–]\s*|\b(?<thanks>thank\s+you|thanks)\s*,?\s*|\b(?:call(?:ing)?\s+(?:up)?on|over\s+to|turn\s+to|invite)\s+)(?:the\s+)?(?:(?:right\s+)?hon(?:ourable|orable|\.)?\s+)?${officeWords}(?=\s*(?:[,.?!;:—–]|$)|\s+to\s+(?:speak|respond|reply|answer|move|introduce))`,
    'giu',
  );
  const otherVoice = (from: number, step: 1 | -1, than: string) => {
    for (let index = from + step; index >= 0 && index < turns.length; index += step) {
      const speaker = turns[index]!.speaker;
      if (speaker && shortSpeaker(speaker) !== than) return shortSpeaker(speaker);
    }
    return undefined;
  };
  turns.forEach((turn, index) => {
    if (!turn.speaker) return;
    const own = shortSpeaker(turn.speaker);
    const said = text.slice(turn.start, turn.end);
    for (const match of said.matchAll(addressed)) {
      const thanked = match.groups?.thanks !== undefined;
      const after = said.slice(match.index + match[0].length);
      // The next voice answers the office only when it is given the floor or asked something: after
      // "If you are ready, Minister, we will take questions." a member asks first.
      const asked = /^[^.?!]*\?/.test(after);
      const givesFloor = asked || givingFloor.test(match[0]) || floorTaken.test(after) || countWords(said) <= shortTurn;
      if (!thanked && !givesFloor) continue;
      const holder = otherVoice(index, thanked ? -1 : 1, own);
      if (holder) holders.add(holder);
    }
  });
  return holders;
}

// "Madam Chair, the Minister of Labour paid …", "Deputy Minister, the report says …": a speaker addressing the chair
// or an office before going on, not a person introduced with a post. A name holds no title word.
const addressWords = new Set([
  'madam',
  'madame',
  'mister',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'speaker',
  'presiding',
  ...offices,
]);

function isFormOfAddress(name: string): boolean {
  return name.split(/\s+/).some((word) => addressWords.has(word.toLowerCase()));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
