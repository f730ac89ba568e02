import { authorityOf, councilPlacesTyped, isOfBody } from '../../core/authority-names.js';
import type { Chunk } from '../../core/chunk.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { DateRange } from '../../search/find-date-range.js';
import { moneyWordsIn } from '../../search/implications-section.js';
import { mentionsDateIn } from '../../search/mentions-date-in.js';
import { proceduralIntents } from '../../search/ranking-boost.js';
import { asksWhenDecided, asksWhetherDecided } from '../../search/whether-decided.js';
import { printsAccountsSum } from './accounts-sum.js';
import { personTitles } from './answer-kinds.js';
import { askedSpeaker, ownWord } from './answered-speaker.js';
import { committeeTypedAbsent } from './committee-typed.js';
import { councilAbsent, councilAskedToAct, namedOnlyInPassing, ofOtherCouncils } from './council-asked.js';
import { officeAsked, printsOfficeHolder } from './office-holder.js';
import { answeringOfOwners, personOwners } from './person-owner.js';
import { possessiveOwners, withoutPartOwners } from './possessive-owners.js';
import { coverage, passageContext, presentStems, type Weigh } from './score-evidence.js';
import { wholeTopicCompound } from './topic-compounds.js';

/** Up to this many topic words, one passage must hold `minimumCoverage` of their weight. */
const wordsOfOneTopic = 5;

export interface EvidenceJudgement {
  answer: boolean;
  /** The best single passage's share of the question's topic weight. */
  strongest: number;
  /** The share the top passages hold between them. */
  combined: number;
}

/**
 * Whether the top passages hold enough of the question to answer it. One passage holding at least
 * `minimumCoverage` of the topic weight answers. A long question whose topic is spread over a few
 * passages (an exchange in a transcript) answers when together they hold that much, including its
 * two heaviest words: "a tourist tax" is not answered from passages on tourism. A name the question
 * types that none of them prints means the papers are about something else ("Manston airport", a
 * person who never spoke): no answer, however much else matches; so is a committee the question names
 * that none of them is from, or whose passages among them hold none of the topic while another council's do.
 * Asked what a titled person said about a topic, only passages holding both count.
 * A name typed from a passage's own body's name ("Thornbury" for the
 * Upper Thornbury parish's minutes) is printed there but covers nothing of the topic. `printedInItem` holds the
 * typed names printed elsewhere in the passages' items or on their papers' first passages, `paperHeads` those
 * first passages.
 */
export function judgeEvidence(
  analysis: QuestionAnalysis,
  chunks: Chunk[],
  weigh: Weigh,
  minimumCoverage: number,
  isUnseen: (stem: string) => boolean = () => false,
  printedInItem: ReadonlySet<string> = new Set(),
  paperHeads: Chunk[] = [],
): EvidenceJudgement {
  const topic = analysis.stems.filter((stem) => !analysis.dateStems.includes(stem));
  const printed = chunks.map((chunk) => presentStems(passageContext(chunk), analysis.expansions));
  // A name typed from the body's own name ("Thornbury" of Upper Thornbury Parish Council) is printed on
  // every passage of that body's papers: it says whose papers, not what about, so it covers nothing.
  // Asked who attended or chaired, where or when a body meets, that body is the subject, not a label.
  const attributed = proceduralIntents.has(analysis.intent)
    ? printed
    : chunks.map((chunk, index) => withoutOwnName(printed[index]!, chunk, analysis.namedStems));
  // "The island ferry company's subsidy": a passage saying "ferry" of a school's own crossing covers none of it.
  const owners = possessiveOwners(analysis.question, topic);
  const owned = attributed.map((stems) => withoutPartOwners(stems, owners));
  // "What did Mr Gough say about the budget?": his words on something else, or others' words on the
  // budget, do not answer it; only a passage holding both does.
  // Typed in lower case ("what did cllr quenby say"), the name after the title is still the speaker's.
  const speaker = [...new Set([...askedSpeakerStems(analysis), ...askedSpeaker(analysis.question)])];
  const about = topic.filter((stem) => !speaker.includes(stem) && !titleStems.has(stem));
  const spoken =
    speaker.length > 0 && about.length > 0
      ? owned.map((stems) =>
          speaker.some((stem) => stems.has(stem)) && about.some((stem) => stems.has(stem)) ? stems : new Set<string>(),
        )
      : owned;
  // "What was decided on Thomas Galbraith's personal licence?": a passage on another holder's licence holds
  // none of it, however much of the topic it shares.
  const people = personOwners(analysis.question);
  const answering = answeringOfOwners(chunks, people);
  const ofOwner = spoken.map((stems, index) => (answering[index] ? stems : new Set<string>()));
  // "Did the board approve closing the depot?": a passage on the depot that records no decision, or a
  // decision on something else, does not say whether it was approved; only a passage holding both does. Nor,
  // asked when it was approved, does a member's suggestion to close it.
  const decided =
    asksWhetherDecided(analysis.question) || asksWhenDecided(analysis.question)
      ? ofOwner.map((stems, index) => (recordsDecision(passageContext(chunks[index]!)) ? stems : new Set<string>()))
      : ofOwner;
  // "Parking charges?": a passage printing one half of the compound ("free of charge") holds none of it.
  const together = wholeTopicCompound(
    analysis.question,
    topic,
    [...analysis.namedStems, ...analysis.acronymStems],
    weigh,
    isUnseen,
  );
  const present = decided.map((stems) => (together.every((stem) => stems.has(stem)) ? stems : new Set<string>()));
  const heaviest = [...topic].sort((a, b) => weigh(b) - weigh(a)).slice(0, 2);
  // A long question spells its topic out in more words than one passage repeats ("what did X think
  // about A when talking about B"): its bar falls with its length, from `minimumCoverage` at five
  // words, for a passage that holds its heaviest word.
  const lowered = minimumCoverage * Math.min(1, Math.sqrt(wordsOfOneTopic / Math.max(topic.length, 1)));
  // Not when a word is one the index has never seen: that word is already forgiven (see evidenceWeight).
  const familiar = !topic.some((stem) => isUnseen(stem));
  const required = (stems: Set<string>) => (familiar && stems.has(heaviest[0] ?? '') ? lowered : minimumCoverage);
  // The body's own name typed in the question ("the Westmarch fire authority") is answered by whose passage it
  // is (see otherBody below), not by its words: it is asked of no passage of that body, so how rarely the
  // papers print the name weighs nothing.
  const asked = proceduralIntents.has(analysis.intent)
    ? chunks.map(() => analysis.stems)
    : chunks.map((chunk) => {
        const own = ownNameStems(chunk, analysis.stems);
        const rest = analysis.stems.filter((stem) => !own.includes(stem));
        return rest.some((stem) => !analysis.dateStems.includes(stem)) ? rest : analysis.stems;
      });
  const coverageOf = (index: number) => coverage(asked[index]!, present[index]!, weigh);
  const strongest = Math.max(0, ...present.map((_, index) => coverageOf(index)));
  const strongEnough = present.some((stems, index) => coverageOf(index) >= required(stems));
  const union = new Set(present.flatMap((stems) => [...stems]));
  const printedAnywhere = new Set(printed.flatMap((stems) => [...stems]));
  const combined = coverage(analysis.stems, union, weigh);
  const missingName = analysis.namedStems.some(
    (stem) => topic.includes(stem) && !printedAnywhere.has(stem) && !printedInItem.has(stem),
  );
  // A question about one body's papers ("in Stoke Ferry", "the travel SPC") is not answered from another's.
  // A passage of another body that names this one on its own ("to be presented to County Council on 13
  // February") is about it; a longer name that only contains it ("Kent County Council") is not.
  // A paper headed by the body's name ("DUNMARSH CITY COUNCIL" over a cabinet member's decision) is its paper.
  const otherBody =
    analysis.committee !== undefined &&
    !chunks.some((chunk) => isOfBody(chunk, analysis.committee!) || namesBody(chunk.text, analysis.committee!)) &&
    !paperHeads.some((head) => head.committee === analysis.committee || namesBody(head.text, analysis.committee!));
  // "What did the Westmarch cabinet resolve on the lido?": its passages at hand (its resolutions on other
  // things) hold none of the topic, and another council's passage on it does not make them an answer. Asked
  // when it next meets or who attended, the body is the subject (see above).
  const bodySilent =
    analysis.committee !== undefined &&
    !proceduralIntents.has(analysis.intent) &&
    silentBody(chunks, analysis.committee, (index) => coverage(asked[index]!, owned[index]!, weigh) > 0);
  const spread = combined >= minimumCoverage && heaviest.every((stem) => union.has(stem));
  // "How much was spent on X?" asks for a sum of money: passages that print none do not hold it.
  const sumMissing =
    asksSumOfMoney(analysis.question) &&
    !chunks.some((chunk) => sumOfMoney.test(chunk.text) || printsAccountsSum(chunk.text));
  // "Who is the clerk?" asks for a name: passages printing the office without its holder do not hold it.
  const office = officeAsked(analysis.question);
  const holderMissing =
    office !== undefined && !chunks.some((chunk) => printsHolderThen(chunk, office, analysis.dateRange));
  // "What did Medway Council decide …" is not answered by another body's passage naming Medway Council in passing.
  // "Who is the chief executive of limerick city and county council?" is not answered by another council's papers
  // that never print "Limerick".
  const actingCouncil = councilAskedToAct(analysis.question);
  const otherCouncil =
    namedOnlyInPassing(actingCouncil, chunks) ||
    ofOtherCouncils(actingCouncil, chunks) ||
    councilPlacesTyped(analysis.question).some(
      (place) => councilAbsent(place, chunks) || unseenPlace(place, isUnseen),
    ) ||
    committeeTypedAbsent(analysis.question, chunks);
  return {
    answer:
      analysis.stems.length > 0 &&
      !missingName &&
      !otherBody &&
      !bodySilent &&
      !sumMissing &&
      !holderMissing &&
      !otherCouncil &&
      (strongEnough || spread),
    strongest,
    combined,
  };
}

/**
 * "What did Farholt County Council say about …" when no paper anywhere prints "Farholt": that council's papers
 * are not held, nor does any other paper mention it, so however well the passages match the topic they are
 * another council's word on it.
 */
function unseenPlace(place: string, isUnseen: (stem: string) => boolean): boolean {
  const stems = contentTerms(place);
  return stems.length > 0 && stems.every(isUnseen);
}

/**
 * "Who was the clerk in 2029?": a holder printed in a paper of another year does not say who held the office
 * then, unless the sentence printing the holder names a date in that time ("elected Mayor for 2029/30"); the
 * year told of something else ("Banks, Clerk: … nominated the shop in 2029") does not date the office. An
 * undated paper may be of it.
 */
function printsHolderThen(chunk: Chunk, office: string, range: DateRange | undefined): boolean {
  if (!printsOfficeHolder(chunk.text, office)) return false;
  if (!range?.since || !range.until || range.latest || chunk.meetingDate === null) return true;
  if (chunk.meetingDate >= range.since && chunk.meetingDate <= range.until) return true;
  const years = new Set([range.since.slice(0, 4), range.until.slice(0, 4)]);
  const namesTime = (text: string) =>
    mentionsDateIn(text, range) || [...years].some((year) => new RegExp(`\\b${year}\\b`).test(text));
  return chunk.text
    .split(sentenceBreak)
    .some((sentence) => namesTime(sentence) && printsOfficeHolder(sentence, office));
}

// Where one sentence ends and the next begins: a full stop and space, or a blank line; not the stop of an
// initial or a title ("Mrs. A. Name").
const sentenceBreak = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|Rev|St))[.!?]\s+|\n\s*\n/;

// Words a record of a decision prints: a resolution, its outcome, a vote ("the Chairman put the amendment to the
// vote", "the voting was as follows", "Amendment lost.").
const decisionWords =
  /\b(?:agree[sd]?|resolved?|resolutions?|approv\w*|adopted|decided|endorsed|refused|rejected|carried|voted|recommended|recommendations?)\b|\bto the vote\b|\bvoting was\b|\b(?:amendment|motion)\s+(?:was\s+)?(?:lost|fell|defeated)\b/i;

function recordsDecision(text: string): boolean {
  return decisionWords.test(text);
}

// A sum printed with its currency, in figures or words: "£1.2m", "€40", "2.5 million", "sixty thousand pounds";
// accounts print theirs with pence and no sign (see accounts-sum.ts).
const sumOfMoney = /[£$€]\s?\d|\b(?:pounds|dollars|euros?)\b|\b\d[\d,.]*\s?(?:m|bn|k|million|billion)\b/i;

function asksSumOfMoney(question: string): boolean {
  return /\bhow much\b/i.test(question) && moneyWordsIn(question).length > 0;
}

const titleStems = new Set(contentTerms(personTitles.split('|').join(' ')));
// A person typed with a title, then a verb of speech or view: whose words the question asks for.
const titledSpeaker = new RegExp(
  String.raw`\b(?:${personTitles})\.?\s+((?:[A-Z]\.?\s+){0,2}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)(?:'s|’s)?\s+${ownWord}`,
  'gu',
);

/** The stems of a titled person whose words the question asks for ("What did Cllr Amery say about …"). */
function askedSpeakerStems(analysis: QuestionAnalysis): string[] {
  const named = new Set(analysis.namedStems);
  return [...analysis.question.matchAll(titledSpeaker)].flatMap((match) =>
    contentTerms(match[1]!).filter((stem) => named.has(stem) && !titleStems.has(stem)),
  );
}

/**
 * Whether the named body's passages hold none of the topic while every passage holding some is known to be
 * another authority's. Unknown authorities on either side say nothing: they may be the same council's.
 */
function silentBody(chunks: Chunk[], body: string, holdsTopic: (index: number) => boolean): boolean {
  const own = chunks.map((chunk) => isOfBody(chunk, body) || namesBody(chunk.text, body));
  const ownAuthorities = chunks.filter((_, index) => own[index]).map((chunk) => authorityOf(chunk));
  if (ownAuthorities.length === 0 || ownAuthorities.includes(undefined)) return false;
  const holding = chunks.flatMap((chunk, index) => (holdsTopic(index) ? [{ chunk, index }] : []));
  return holding.every(({ chunk, index }) => {
    const authority = authorityOf(chunk);
    return !own[index] && authority !== undefined && !ownAuthorities.includes(authority);
  });
}

/** The stems a passage holds, less the names the question typed that are words of its own body's name. */
function withoutOwnName(stems: Set<string>, chunk: Chunk, namedStems: string[]): Set<string> {
  const typed = ownNameStems(chunk, namedStems);
  if (typed.length === 0) return stems;
  return new Set([...stems].filter((stem) => !typed.includes(stem)));
}

/** The names the question typed that are words of the passage's own body's name. */
function ownNameStems(chunk: Chunk, namedStems: string[]): string[] {
  const own = new Set(contentTerms(`${chunk.committee} ${chunk.authority ?? ''}`));
  return namedStems.filter((stem) => own.has(stem));
}

// Capitalised at a sentence's start, these words precede a body's name without being part of it.
const sentenceOpeners = new Set('the a an this that its our their to at by of for and or in on from with'.split(' '));

function namesBody(text: string, name: string): boolean {
  const phrase = name.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  for (const match of text.matchAll(new RegExp(`\\b${phrase}\\b`, 'giu'))) {
    const before = /(\p{Lu}[\p{L}'’]*)\s+$/u.exec(text.slice(0, match.index))?.[1];
    if (!before || sentenceOpeners.has(before.toLowerCase())) return true;
  }
  return false;
}
