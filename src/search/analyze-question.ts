import { asksWhoWasAbsent } from '../core/absence.js';
import { councilPlacesTyped, placeWords } from '../core/authority-names.js';
import { monthPattern } from '../core/dates.js';
import { withoutMeasuredAttendance } from '../core/measured-attendance.js';
import type { PartKind } from '../core/paper.js';
import { closeInitialisms, contentTerms, words } from '../core/tokenize.js';
import { withoutCouncilDestination } from './council-destination.js';
import type { Expansion } from './expand-vocabulary.js';
import { type DateRange, findDateRange } from './find-date-range.js';
import { findPaperReference, type PaperReference } from './paper-reference.js';

/**
 * A dated phrase in a question: "5 December 2023", "March 2024", "30 January", "in 2023" (not half of "2022-23"),
 * "autumn 2029", "Christmas 2027", "late 2031", "back in early 2030" (how the asker places it, not what about).
 */
const namedDate = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${monthPattern}),?\s+\d{4}\b|\b(?:christmas|xmas|spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b(?![-/]\d)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthPattern})\b|\b(?:back\s+)?(?:in|during|since|before|until)\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}\b(?![-/]\d)|\b(?:early|mid|late)[\s-]+(?:19|20)\d{2}\b(?![-/]\d)`,
  'gi',
);

// "Back in late 2031", "early 2030": how the asker places a time, which no paper prints beside its dates, so
// neither a topic word nor a date a passage could hold.
const placingStems = new Set(contentTerms('back early mid late'));

export type QuestionIntent =
  | 'resolution'
  | 'attendance'
  | 'declarations'
  | 'next-meeting'
  | 'venue'
  | 'figure'
  | 'date'
  | 'author'
  | 'general';

export interface QuestionAnalysis {
  question: string;
  /** Content words as typed (lower case), for the full-text query. */
  words: string[];
  /** Their stems, for evidence scoring. */
  stems: string[];
  intent: QuestionIntent;
  dateRange?: DateRange;
  /** What a "how many …" question counts ("pupils", "completion rate"), stemmed. */
  countedStems: string[];
  /**
   * Stems of words typed as names (capitalised inside the sentence): a name the papers never print
   * means they do not hold the topic, where an everyday word they never use does not.
   */
  namedStems: string[];
  /** Stems of acronyms and figures typed ("CCTV", "18-25"): distinctive, but often spelled out in the papers. */
  acronymStems: string[];
  /** Stems of the dates the question names: context for ranking, not words an answer must repeat. */
  dateStems: string[];
  /** The verb a "what did X find / recommend" question asks about, stemmed. */
  focusStems: string[];
  /** A kind of paper the question names ("the work programme", "the agenda"). */
  kind?: PartKind;
  /** An indexed committee the question names; its words are not topic words. */
  committee?: string;
  /**
   * Two or more bodies named side by side ("what did Stoke Ferry and West Dereham each pay …", "did Limerick or
   * Kent …"), in the order typed, each with the words it is typed by: one answer per body, where `committee` or
   * `authority` keeps only one of them.
   */
  severalBodies?: TypedBody[];
  /**
   * The council or authority the question names by its place ("allotments in Westbury", "Hartshire's
   * authority"), among those whose papers were found: no passage need print its place, and passages of other
   * authorities' papers rank lower.
   */
  authority?: string;
  /** A part of a paper the question points to ("appendix B", "paragraph 3.2", "page 12"). */
  reference?: PaperReference;
  expansions: Expansion[];
}

export interface TypedBody {
  name: string;
  /** The words the question types the body by, in order ("west", "dereham"). */
  typed: string[];
}

// Words that frame the question rather than name its topic; scoring evidence on them misleads. Contractions
// typed without their apostrophe ("whats", "whos") are the question words they stand for.
const framingWords = new Set(
  [
    'resolved resolve resolution resolutions decided decide decision decisions agreed agree discussed discuss said say',
    'tell happen happened happening commission committee meeting meetings council according last latest recent',
    'previous next upcoming since sent send gave give made make get got',
    'whats whos hows wheres whens whys theres thats',
  ]
    .join(' ')
    .split(' '),
);

// "Next sit", "meets next", "when do councillors meet again", "the next session": how a question says a body
// meets, and who meets.
const sittingVerbs = new Set(
  'sit sits sitting meet meets convene convenes councillors members session sessions'.split(' '),
);

// How the user asks (summarise the debate, what did she think) and everyday filler (pretty sure it
// came up): no evidence weight, since papers rarely print them, but still searched on, since a
// passage that does ("the discussion", "the debate") is often the one asked about.
const askingWords = new Set(
  [
    'discussion discussions summarise summarize summarised summarized summary summarising summarizing overview',
    'outline describe explain elaborate elaborated debate debated debates talk talked talking view views opinion',
    'opinions think thought thinks believe believed argue argued argument comment comments commented react',
    'complain complained complaining',
    'reacted mention mentioned questioning questioned questions answers inquiry inquiries disagree disagreed',
    'attitude attitudes respond responded toward towards regarding concerning related relating',
    'anything something anyone else pretty sure came come comes coming go goes going went gone gets getting putting',
    'keep deal just now still really yet meant whether reckon wont theyve look looking looked bring bringing',
    'actually anybody somebody someone everybody everyone',
    'one ones near nearby done doing list taken instead',
    'problem problems issue issues controversy controversial situation concern concerns solution solutions',
    'corresponding specific evaluation evaluations evaluate amid aspect aspects',
    // "Any update / news on …": how a busy reader asks for the latest, not what the papers print.
    'update updates news',
    // A negation typed without its apostrophe ("cant", "doesnt"): the papers word it otherwise ("unable").
    'cant dont doesnt didnt isnt arent wasnt werent havent hasnt couldnt wouldnt shouldnt',
  ]
    .join(' ')
    .split(' '),
);

export interface AnalysisContext {
  now: Date;
  expansions?: Expansion[];
  committees?: string[];
  /** Authorities whose papers the question's passages come from, for `authority`. */
  authorities?: string[];
  /** Whether the index holds a word: a name written as one ("MacAulay") is then not split in two. */
  isKnownWord?: (word: string) => boolean;
}

// "Which areas did the inspectors evaluate?", "what does the inspection system include?", "what topics did the
// review cover?": what a line introducing a list says it holds ("Inspectors evaluated the effectiveness of:").
const listingVerbAsked =
  /\b(?:what|which)\b(?:\s+[\w'’-]+){0,5}?\s+(?:did|does|do|has|have|will|would)\b[\w'’\s-]*?\b(evaluate|include|cover|examine|assess|inspect|review|report|list)\b/i;

// "What came out of the annual report item?", "what was the outcome of the review?", "what did members ask for on
// the report?", "what else did they ask to be sent on?": everyday words for what a meeting resolved (its requests
// included). Not "outcomes for children", a
// performance measure, nor "who asked for it", a person.
// "What happens next with the moorings review?": what the sitting resolved to do about it.
const asksWhatCameOfIt =
  /\bwhat came out of\b|\bwhat happens next\b|\bwhat(?:'s|’s| is) next for\b|\bwhat (?:was|were) the (?:outcome|result)s? of\b|\bwhat (?:else )?did (?:the |they\b|members\b|councillors\b)[\w'’ -]{0,40}?\b(?:ask (?:for|to)|request)\b/;

const asksFigureOfDecisions =
  /^\W*(?:how many|what (?:share|percentage|proportion|number|rate|per ?cent)|what % of)\b[^?]*\bdecisions?\b/;
const decidingVerb =
  /\b(resolv\w*|decid\w*|agree\w*|approv\w*|endors\w*|sign(ed)? off|carried(?! out)|get through|got through|voted)\b/;

export function analyzeQuestion(
  typed: string,
  { now, expansions = [], committees = [], authorities = [], isKnownWord = () => false }: AnalysisContext,
): QuestionAnalysis {
  // Two names run together ("JustinTrudeau") are two words, unless the papers write them as one ("MacAulay").
  const question = closeInitialisms(typed).replace(/\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b/g, (joined, first, second) =>
    isKnownWord(joined.toLowerCase()) ? joined : `${first} ${second}`,
  );
  const lower = question.toLowerCase();
  const named = namedCommittee(question, committees);
  const committee = named?.name;
  // The committee's name, typed whole or by its distinctive words ("Little Bardfield"), is not the topic:
  // searched on, those words find every front page and heading of its papers rather than the item asked about.
  const committeeWords = new Set(named ? words(named.name) : []);
  const committeeStems = new Set(
    named ? [...contentTerms(named.name), ...committeeAcronyms(question, named.name)] : [],
  );
  // No passage need print the place of an authority the question names ("allotments in Westbury"): its
  // paper's title block says whose it is. Asked with a committee, the place is still searched on, since papers
  // name things after it ("the Limerick tourism plan"); asked alone, it says whose papers and nothing more.
  const authority = namedAuthority(question, authorities, committee);
  const place = authority ? placeWords(authority) : [];
  const placeStems = new Set(contentTerms(place.join(' ')));
  // "take place", "held": how meetings happen, never what they were about.
  // "How has … changed over time?": asking for a trend across meetings, which papers state as figures
  // and dates rather than in those words.
  const unframed = question
    // "Press office query -", "campaigner question:": who is asking, labelled before the question itself.
    .replace(/^\s*(?:[\w'’]+\s+){0,3}(?:query|question|enquiry|inquiry|request)\s*[-:–—]\s/i, ' ')
    // "Press office -", "comms team:": the desk asking, labelled before the question. A service's own team
    // labelled so ("SEND team - who leads it?") is the topic, so only the desks that speak for the council.
    .replace(/^\s*(?:the\s+)?(?:press|media|comms|communications)\s+(?:office|officer|team|desk)\s*[-:–—]\s/i, ' ')
    // "Is there a quotable line on …", "any soundbite about …": what the reader will do with the answer, which
    // papers never print.
    .replace(/\b(?:an?\s+|any\s+)?(?:quotable|usable)\s+(?:lines?|quotes?|soundbites?)\b|\bsoundbites?\b/gi, ' ')
    // "Union rep here -", "head teacher asking:", "journalist on deadline -": who asks, labelled before the question.
    // Not "as a health partner, how can …", where the role is part of what is asked (how partners refer).
    .replace(/^\s*(?:[\w'’-]+\s+){1,3}(?:here|asking|on (?:a )?deadline)\s*[-:,–—]\s/i, ' ')
    // "Name everyone who sent apologies", "can you name the councillors who …": asking for a list of names,
    // which papers print as the names themselves, never the word "name" ("the name of the new school" keeps it).
    .replace(
      /^\s*(?:(?:please|can you|could you)\s+)?name\s+(?=(?:all|every|each|everyone|everybody|the|those|any|who|which)\b)/i,
      ' ',
    )
    // "What's the timescale for the review?": how a reader asks when, which papers answer with a date, not the word.
    .replace(
      /\b(?:what(?:'s|’s|s| is| was| are| were)? the )(?:timescales?|time ?frames?|timelines?)(?= (?:for|of|on)\b)/gi,
      ' when ',
    )
    .replace(/\b(?:take|takes|took|taking) place\b|\b(?:be|was|were|is|are)? ?held\b/gi, ' ')
    .replace(/\bover (?:time|the years|recent years)\b/gi, ' ')
    // "At the moment", "these days": when the reader asks, not what about.
    .replace(/\b(?:at the moment|at present|these days|right now)\b/gi, ' ')
    // "Per the report", "set up": whose word the reader goes by, and how papers' "formed" or "established" is
    // typed; neither is what the question is about ("£16 per head" keeps its word).
    .replace(/\bper\s+(?=the\b)|\bset(?:ting)? up\b/gi, ' ')
    // "Para 4.2 of the report": papers print the paragraph's number, not the word, which only says where to look.
    .replace(/\b(?:paragraphs?|paras?)\.?(?=\s+\(?\d)/gi, ' ')
    // "Did the panel back the precept?": backing is how the question asks for the decision, which the papers
    // word as supported, approved or agreed; "the back lane" is a topic.
    .replace(/\bback(?:ed|ing|s)?\b(?=\s+(?:the|a|an|this|that|these|those|its|their|his|her|it|them)\b)/gi, ' ')
    .replace(/\b(how (?:has|have|did|does|do)\b[^?]*?)\bchang(?:e|ed|es|ing)\b/gi, '$1 ');
  // An acronym typed in capitals ("SEND") names a topic even when it spells a framing word.
  const acronyms =
    question === question.toUpperCase()
      ? new Set<string>()
      : new Set(words(question.match(/\b[A-Z]{2,}\b/g)?.join(' ') ?? ''));
  const intent = intentOf(lower, committee);
  const reference = findPaperReference(question);
  // "When is the next board meeting?": the kind of body says whose sitting, not what about; "when does the council
  // next sit?" the verb neither.
  const framing = (word: string) =>
    framingWords.has(word) ||
    (intent === 'next-meeting' && (bodyNouns.has(word) || bodyWords.has(word) || sittingVerbs.has(word)));
  // A body named by a stem of its name ("the transport committee" for "Travel and Transportation …") leaves
  // that word out as well.
  const namesCommittee = (word: string) => {
    const stems = contentTerms(word);
    return committeeWords.has(word) || (stems.length > 0 && stems.every((stem) => committeeStems.has(stem)));
  };
  const namesPlaceOnly = (word: string) => !committee && place.includes(word);
  const topicWords = words(unframed).filter(
    (word) => (acronyms.has(word) || !framing(word)) && !namesCommittee(word) && !namesPlaceOnly(word),
  );
  const dated = contentTerms((question.match(namedDate) ?? []).join(' '));
  const severalBodies = bodiesSideBySide(question, committees, authorities);
  return {
    question,
    words: topicWords.filter((word) => contentTerms(word).length > 0),
    stems: [
      ...new Set(
        contentTerms(topicWords.filter((word) => !askingWords.has(word)).join(' ')).filter(
          (stem) =>
            !committeeStems.has(stem) && !placeStems.has(stem) && !(dated.includes(stem) && placingStems.has(stem)),
        ),
      ),
    ],
    intent,
    dateRange: findDateRange(question, now),
    dateStems: dated.filter((stem) => !placingStems.has(stem)),
    countedStems: contentTerms(
      /\b(?:how many|how much|number of|what (?:is|was|were|are) the)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:did|do|does|were|was|are|is|had|has|have|will|would|can|could|shall|should|in|of|for|at|came|went|took|received|as|from|to|by|and|voted|supported|opposed|backed|objected|signed|attended)\b|[?,.]|$)/i.exec(
        question,
      )?.[1] ?? '',
    ),
    focusStems: contentTerms(
      (/\bwhat (?:did|does|do|has|have) (?:the |its |their )?[\w'’\s-]*?\b(find|found|recommend|conclude|report|highlight|propose|decide|agree|resolve)\b/i.exec(
        question,
      ) ?? listingVerbAsked.exec(question))?.[1] ?? '',
    ),
    namedStems: capitalisedStems(question).names,
    acronymStems: capitalisedStems(question).acronyms,
    kind: kindOf(lower),
    committee,
    ...(authority ? { authority } : {}),
    ...(severalBodies.length > 1 ? { severalBodies } : {}),
    ...(reference ? { reference } : {}),
    expansions,
  };
}

/**
 * The authority a question names by every word of its place ("in Westbury", "Hartshire's"), one of them at
 * least typed as a name; the one whose whole name is typed when two share the place, none when still two.
 */
function namedAuthority(question: string, authorities: string[], committee: string | undefined): string | undefined {
  // A committee that is an authority itself ("Harrowfield Parish Council") is named as a committee already.
  const candidates = authorities.filter((name) => name !== committee);
  if (candidates.length === 0) return undefined;
  const typed = ` ${words(question).join(' ')} `;
  // A place typed in lower case is a name when a council's kind follows it ("kent county council").
  const capitalised = new Set([
    ...words((question.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')),
    ...councilPlacesTyped(question),
  ]);
  const matches = candidates.filter((name) => {
    const place = placeWords(name);
    return (
      place.length > 0 &&
      place.every((word) => typed.includes(` ${word} `)) &&
      place.some((word) => capitalised.has(word))
    );
  });
  const whole = matches.filter((name) => typed.includes(` ${words(name).join(' ')} `));
  if (whole.length === 1) return whole[0];
  return matches.length === 1 ? matches[0] : undefined;
}

// What joins two bodies named side by side: "Stoke Ferry and West Dereham", "Limerick or Kent", "A, B and C".
const bodyJoiner = /^ (?:(?:and|or|versus|vs|nor) )?(?:the )?$/;

/**
 * The bodies a question names side by side, each typed by its distinctive words in a run ("stoke ferry" of
 * "Stoke Ferry Parish Council", "kent" of "Kent County Council") and joined by "and", "or" or a comma: the
 * committees when two or more are so named, else the authorities. A name that only shares a word with another
 * ("Little Bardfield Parish Council" and its planning committee) is one body, not two; a body named elsewhere in
 * the question ("what did West Dereham say about Stoke Ferry's footpath") is not side by side.
 */
function bodiesSideBySide(question: string, committees: string[], authorities: string[]): TypedBody[] {
  const typed = words(question).join(' ');
  const sideBySide = (bodies: TypedBody[]): TypedBody[] => {
    const found = bodies
      .map((body) => ({ ...body, at: ` ${typed} `.indexOf(` ${body.typed.join(' ')} `) }))
      .filter((body) => body.typed.length > 0 && body.at >= 0)
      .sort((a, b) => a.at - b.at);
    // Names typed by the same words ("Limerick" of two Limerick bodies) or one inside another tell no body.
    const spans = found.map((body) => ({ from: body.at, to: body.at + body.typed.join(' ').length + 1 }));
    if (spans.some((span, index) => index > 0 && span.from < spans[index - 1]!.to)) return [];
    const joined = spans.every(
      (span, index) => index === 0 || bodyJoiner.test(` ${typed} `.slice(spans[index - 1]!.to, span.from + 1)),
    );
    return found.length > 1 && joined ? found.map(({ name, typed: byWords }) => ({ name, typed: byWords })) : [];
  };
  const ofCommittees = sideBySide(
    committees.map((name) => ({ name, typed: words(name).filter((word) => !bodyWords.has(word)) })),
  );
  if (ofCommittees.length > 1) return ofCommittees;
  return sideBySide(authorities.map((name) => ({ name, typed: placeWords(name) })));
}

function capitalisedStems(question: string): { names: string[]; acronyms: string[] } {
  // The first word of a sentence is capitalised whatever it is.
  const inside = question.replace(/(^|[.?!]\s+)\S+/g, '$1');
  // Months, weekdays ("the May elections", "9 Jan") and titles are capitalised too, and name no topic.
  const typed = (inside.match(/\b[\p{Lu}\d][\p{L}\d'’-]*/gu) ?? []).filter((word) => !isCalendarOrTitle(word));
  const acronym = (word: string) => /\d/.test(word) || (word.length > 1 && word === word.toUpperCase());
  return {
    names: contentTerms(typed.filter((word) => !acronym(word)).join(' ')),
    acronyms: contentTerms(typed.filter(acronym).join(' ')),
  };
}

const calendarWords = [
  ...monthPattern.split('|'),
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'hon', 'sir', 'dame', 'lord', 'lady']);

function isCalendarOrTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return titles.has(lower) || (lower.length >= 3 && calendarWords.some((name) => name.startsWith(lower)));
}

// Words every kind of body's name shares ("Little Bardfield Parish Council", "Climate Action
// Strategic Policy Committee"): a question need not type them to name the body.
const bodyWords = new Set(
  'the of and for on committee committees commission council councils parish town township village shire city county borough district municipal metropolitan strategic policy select scrutiny overview sub panel board meeting forum group'.split(
    ' ',
  ),
);

/**
 * The indexed committee a question names: its whole name, or every distinctive word of it ("Stoke
 * Bardfield" for "Little Bardfield Parish Council", "climate action SPC"). A one-word distinctive
 * part counts only typed as a name, so "health" in a question does not name the Health Select Commission.
 */
function namedCommittee(question: string, committees: string[]): { name: string; whole: boolean } | undefined {
  const typed = ` ${words(question).join(' ')} `;
  // The longest name typed ("Regular Council" before "Council"); a name that is one body word alone
  // ("Council") is typed by every question about any council and names none of them.
  const whole = committees
    .filter((name) => {
      const nameWords = words(name);
      return (nameWords.length > 1 || !bodyWords.has(nameWords[0] ?? '')) && typesWholeName(typed, name);
    })
    .sort((a, b) => b.length - a.length)[0];
  if (whole) return { name: whole, whole: true };
  const capitalised = new Set(words((question.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
  const matches = committees.filter((name) => {
    const distinctive = words(name).filter((word) => !bodyWords.has(word));
    if (distinctive.length === 0 || !distinctive.every((word) => typed.includes(` ${word} `))) return false;
    // One word, a place several bodies' names share ("Limerick" of "Metropolitan District of Limerick" and
    // "Limerick Joint Policing Committee"), names the place, not one of its bodies.
    return (
      distinctive.length > 1 || (capitalised.has(distinctive[0]!) && !sharedByOthers(distinctive[0]!, name, committees))
    );
  });
  // Two bodies sharing the words ("Little Bardfield Parish Council" and its planning committee): the shortest name.
  const shortest = matches.sort((a, b) => a.length - b.length)[0];
  if (shortest) return { name: shortest, whole: false };
  const leading = committeeByTypedTitle(question, committees);
  if (leading) return { name: leading, whole: false };
  const byWord = committeeByTypedWord(question, committees);
  if (byWord) return { name: byWord, whole: false };
  const plenary = plenaryBody(question, committees);
  if (plenary) return { name: plenary, whole: false };
  const initialled = committeeByInitials(question, committees);
  return initialled ? { name: initialled, whole: false } : undefined;
}

/**
 * "What did the HSPB decide?": members call a body by the initials of its whole name ("Harbour Safety Policy
 * Board"), typed in capitals, three letters or more. Initials that two bodies share name neither.
 */
function committeeByInitials(question: string, committees: string[]): string | undefined {
  const typed = new Set((question.match(/\b[A-Z]{3,}\b/g) ?? []).map((acronym) => acronym.toLowerCase()));
  if (typed.size === 0) return undefined;
  const found = committees.filter((name) => typed.has(nameInitials(name)));
  return found.length === 1 ? found[0] : undefined;
}

function nameInitials(name: string): string {
  return words(name)
    .filter((word) => !['of', 'and', 'the', 'for', 'on'].includes(word))
    .map((word) => word[0])
    .join('');
}

function sharedByOthers(word: string, name: string, committees: string[]): boolean {
  return committees.some((other) => other !== name && words(other).includes(word));
}

// Body words too common in bodies' names to tell one from another, typed as a name or not.
const everyBodyWords = new Set('the of and county council councils city town parish committee'.split(' '));

/**
 * "The Metropolitan District" for "Metropolitan District of Limerick": a body called by the capitalised words its
 * name opens with (not only the commonest body words), when exactly one indexed name opens so.
 */
function committeeByTypedTitle(question: string, committees: string[]): string | undefined {
  for (const run of question.match(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu) ?? []) {
    const runWords = words(run).filter((word) => word !== 'the');
    if (runWords.length < 2 || runWords.every((word) => everyBodyWords.has(word))) continue;
    const opening = runWords.join(' ');
    const found = committees.filter((name) => `${words(name).join(' ')} `.startsWith(`${opening} `));
    if (found.length === 1 && words(found[0]!).length > runWords.length) return found[0];
  }
  return undefined;
}

// Typed before a body's name, these say which sitting of it ("the full council", "last county council").
const sittingWords = new Set(
  'full special extraordinary annual ordinary last next latest recent previous first this that'.split(' '),
);

/**
 * Whether the question types the body's whole name as that body. A name of body words only ("County
 * Council") typed after a word of its own ("the youth county council", "Kent County Council") is part of
 * a longer name: another body, or the whole authority rather than the sitting of its members.
 */
function typesWholeName(typed: string, name: string): boolean {
  const nameWords = words(name);
  const at = typed.indexOf(` ${nameWords.join(' ')} `);
  if (at < 0) return false;
  if (!nameWords.every((word) => bodyWords.has(word))) return true;
  const before = typed.slice(0, at).trim().split(' ').at(-1) ?? '';
  return bodyWords.has(before) || sittingWords.has(before) || contentTerms(before).length === 0;
}

// The words that make a phrase a body's name when typed after a topic: "transport committee", "housing SPC".
// Not "commission": a question's "the plan commission 500 places" uses it as a verb.
const bodyNouns = new Set(['committee', 'spc', 'panel', 'board', 'forum', 'subcommittee']);

// Body words that say which kind of body, where "policy" or "strategic" only describe one.
const bodyKinds = new Set(['select', 'scrutiny', 'overview', 'sub']);
// Typed before the topic word ("the commons transport committee"), these make it a parliament's committee.
const parliamentWords = new Set(['commons', 'lords', 'parliament', 'parliamentary', 'westminster', 'senate']);

/**
 * "The transport committee", "the Limerick transport policy committee": a body named by the one word
 * typed before its body words, matched by stem to a distinctive word of exactly one committee's name
 * ("Travel and Transportation Strategic Policy Committee"). Two candidates are told apart by the word
 * before that; still two, the question names none rather than a guess.
 */
function committeeByTypedWord(question: string, committees: string[]): string | undefined {
  const typed = words(question);
  // Most questions type no body noun: the committees' names are not stemmed for them.
  if (!typed.some((word) => bodyNouns.has(word))) return undefined;
  const distinctive = committees.map((name) => ({
    name,
    nameWords: new Set(words(name)),
    stems: new Set(
      contentTerms(
        words(name)
          .filter((word) => !bodyWords.has(word))
          .join(' '),
      ),
    ),
  }));
  for (let index = typed.length - 1; index > 0; index -= 1) {
    if (!bodyNouns.has(typed[index]!)) continue;
    let before = index - 1;
    while (before >= 0 && bodyWords.has(typed[before]!) && typed[before] !== 'the') before -= 1;
    const [nearest, further] = [typed[before], typed[before - 1]].map((word) =>
      word && !bodyWords.has(word) ? contentTerms(word)[0] : undefined,
    );
    if (!nearest || parliamentWords.has(typed[before - 1] ?? '')) continue;
    // A kind of body typed between ("transport select committee") must be the committee's own kind: a
    // select committee is a parliament's, not the council's transport committee.
    const kinds = typed.slice(before + 1, index).filter((word) => bodyKinds.has(word));
    let found = distinctive.filter(
      ({ stems, nameWords }) => stems.has(nearest) && kinds.every((word) => nameWords.has(word)),
    );
    if (found.length > 1 && further) found = found.filter(({ stems }) => stems.has(further));
    if (found.length === 1) return found[0]!.name;
  }
  return undefined;
}

// "The full council", "an extraordinary council meeting": a sitting of all the council's members.
const plenaryMeeting = /\b(?:full|special|extraordinary)\s+(?:meeting\s+of\s+(?:the\s+)?)?council\b/i;

/**
 * The body a "full council" question means: the one indexed council whose name has no distinctive
 * word ("County Council", "Borough Council", "Council"), since its committees and any parish carry
 * their own names. Two such bodies leave the question unresolved rather than guessed.
 */
function plenaryBody(question: string, committees: string[]): string | undefined {
  if (!plenaryMeeting.test(withoutCouncilDestination(question))) return undefined;
  const councils = committees.filter((name) => {
    const nameWords = words(name);
    return nameWords.at(-1) === 'council' && nameWords.every((word) => bodyWords.has(word));
  });
  return councils.length === 1 ? councils[0] : undefined;
}

/** Acronyms the question types that abbreviate part of the committee's name: "SPC", "PC" for "Parish Council". */
function committeeAcronyms(question: string, name: string): string[] {
  const initials = nameInitials(name);
  const typed = words(question.match(/\b[A-Z]{2,}\b/g)?.join(' ') ?? '');
  return contentTerms(typed.filter((acronym) => initials.includes(acronym)).join(' '));
}

function kindOf(question: string): PartKind | undefined {
  if (/\bwork programme\b/.test(question)) return 'work-programme';
  if (/\bagenda\b/.test(question)) return 'agenda';
  return undefined;
}

// "Who is the clerk?", "who was their treasurer?": a meeting's attendance list names its officers
// ("Clerk: A Name", "Mrs B Name (Clerk)"), so it is where the holder of such an office is printed. The office
// may follow the body's name ("who was the Ashcombe parish clerk").
export const asksForOfficeHolder =
  /\bwho(?:'s|’s| is| was| were| are)? (?:the |their |its |our )?(?:[a-z'’-]+ ){0,3}?(?:(?:parish |town |deputy |assistant )?clerk|(?:vice|deputy)[- ]?chair(?:man|woman|person)?|secretary|treasurer|(?:deputy )?mayor|cathaoirleach|minute[- ]taker|(?:democratic services|committee|governance) (?:officer|clerk|manager|adviser|advisor))\b/;

// "Who do I contact about …?", "who should we get in touch with": a paper prints its contact under "Report
// Author:", "Contact:" or "Ask for:", not in the question's words.
export const asksWhomToContact =
  /\bwho (?:do|should|can|could|would) (?:i|we|you) (?:contact|email|e-mail|phone|ring|call|ask|speak to|talk to|write to|get in touch with)\b|\bwho to (?:contact|ask|get in touch with)\b|\bwho(?:'s|’s| is) the contact\b/;

// Asked whom to contact about an agenda or a meeting, the clerk it prints ("Ask for:") answers, not a report's author.
function asksAboutPaperContact(question: string): boolean {
  return asksWhomToContact.test(question) && !/\b(?:agenda|meeting)\b/.test(question);
}

const asksWhenDue = /\b(?:deadlines?|timetable|timescales?|time ?frames?|target dates?|due dates?)\b/;

function intentOf(question: string, committee: string | undefined): QuestionIntent {
  if (/\bdeclar\w*\b/.test(question)) return 'declarations';
  if (
    /\bwho (?:wrote|writes|authored|prepared|drafted)\b|\bauthor\b|\bcontact officer\b/.test(question) ||
    asksAboutPaperContact(question)
  )
    return 'author';
  if (/\bhow (many|much)\b|\bwhat (percentage|proportion)\b/.test(question)) return 'figure';
  if (
    /\b(attend\w*|present|apolog\w*|absent|chair(ed)?|presid(ed|es|ing)|who (was|were) there)\b/.test(
      withoutMeasuredAttendance(question),
    )
  )
    return 'attendance';
  if (asksForOfficeHolder.test(question) || asksWhoWasAbsent(question)) return 'attendance';
  if (
    /\bnext (?:[\w'’-]+ ){0,3}(?:meeting|sitting)\b|\bmeeting after\b|\bwhen is the (next )?meeting\b|\bwhen will .* meet\b|\bnext (?:sit|meet|convene)s?\b|\b(?:sit|meet|convene)s? (?:next|again)\b/.test(
      question,
    )
  )
    return 'next-meeting';
  // "Has the housing SPC set its next date?": the next sitting of a body the question names.
  if (committee && /\bnext\b/.test(question) && /^\s*when\b/.test(question)) return 'next-meeting';
  if (/^\s*where\b|\bvenue\b|\bwhat (room|building)\b/.test(question)) return 'venue';
  // "When will the cabinet reconsider the decision?": a date, though it names a decision.
  if (/^\s*when\b/.test(question)) return 'date';
  // "Is there a deadline for the survey?", "what is the timetable for the review?": when it is due.
  if (asksWhenDue.test(question)) return 'date';
  // "Why did the council decide not to …?" asks for the reasons given, which the Resolved lines do not hold.
  if (/^\s*why\b/.test(question)) return 'general';
  // "What share of contacts got a decision within a day?", "how many decisions were overturned?": a figure that
  // counts decisions, which no resolution holds; one whose verb decides ("what share was agreed?") asks for the
  // resolution.
  if (asksFigureOfDecisions.test(question) && !decidingVerb.test(question)) return 'figure';
  if (
    /\b(resolv\w*|decid\w*|(?<!key )decisions?|agree\w*|approv\w*|endors\w*|sign(ed)? off|carried(?! out)|get through|got through|voted)\b/.test(
      question,
    ) ||
    asksWhatCameOfIt.test(question)
  )
    return 'resolution';
  if (
    /\bhow (many|much)\b|\bwhat (percentage|proportion|number|rate)\b|\b(rate|outturn|out-turn|total|percentage|proportion|figure)\b/.test(
      question,
    )
  ) {
    return 'figure';
  }
  if (/^\s*when\b/.test(question)) return 'date';
  return 'general';
}
