import type { Chunk } from '../../core/chunk.js';
import type { Citation } from '../../core/citation.js';
import { buildCitation } from '../../core/citation.js';
import { formatMeetingDate } from '../../core/dates.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { readableSegment } from '../../core/sentences.js';
import { type AskedRole, askedRole, printedHolders, printedName, roleHolders } from '../../core/speaker-roles.js';
import {
  isTranscript,
  saysNothing,
  shortSpeaker,
  splitTurns,
  type Turn,
  turnSentences,
  withoutAddress,
} from '../../core/speaker-turns.js';
import { contentTerms, stem, words } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import { abstain } from '../abstention.js';
import type { Answer } from '../answer.js';
import { shownKinds, wantedKinds } from './answer-kinds.js';
import { askedSpeaker } from './answered-speaker.js';
import { askedDetails, givesDetail } from './asked-detail.js';
import { askedDescription, askedPersonTopic, namesPersonOffTopic } from './asked-person-topic.js';
import { handsOver } from './hands-over.js';
import { namedInOthersTurns } from './named-in-others-turns.js';
import { possessiveOwners, withoutPartOwners } from './possessive-owners.js';
import { askerOfReply, challengesOffice, disputes } from './reply-to-asker.js';
import { reportSpeech } from './reported-speech.js';
import { coverage, presentStems, type Weigh } from './score-evidence.js';
import { phraseBonus } from './segment-signals.js';
import type { Candidate } from './select-segments.js';
import { topicCompounds, wholeTopicCompound } from './topic-compounds.js';
import { namesSpeaker, typedNames } from './typed-names.js';
import { asksWhoGaveEvidence, introducesWitnesses } from './witness-introduction.js';
import { wordsOnlyInNames } from './words-only-in-names.js';

export interface TurnAnswerOptions {
  /** About the length of a person's summary of an exchange (references run 55 to 95 words). */
  words: number;
  passages: number;
  /**
   * Below this share of the question's topic in the passages read, the transcripts do not hold the topic:
   * a speaker's name and framing words are no evidence of what was said.
   */
  minimumTopic: number;
  /** The passage that continues a transcript passage, for a reply that starts after the passage ends. */
  following?: (chunk: Chunk) => Promise<Chunk | undefined>;
  /** The passage a transcript passage continues: the turns of the exchange before the one found. */
  preceding?: (chunk: Chunk) => Promise<Chunk | undefined>;
  /** The first passage of a passage's paper: where a chair introduces the witnesses and their posts. */
  opening?: (chunk: Chunk) => Promise<Chunk | undefined>;
  /** The whole text of a passage's paper: the labels and introductions that say who holds an office. */
  paperText?: (chunk: Chunk) => Promise<string | undefined>;
  /** Whether the index has never seen a word: the most specific a topic word can be, whatever it weighs. */
  isUnseen?: (stem: string) => boolean;
  /** The index's inverse document frequency of a word: the higher, the fewer of its passages print it. */
  specificity?: (stem: string) => number;
}

interface Passage {
  chunk: Chunk;
  turns: Turn[];
}

interface Sentence {
  passageIndex: number;
  turnIndex: number;
  start: number;
  end: number;
  text: string;
  score: number;
  words: number;
}

const defaults: TurnAnswerOptions = { words: 90, passages: 4, minimumTopic: 0.3 };

// A question put to a witness holds at most this many words of the answer; the reply carries the rest.
const questionShare = 0.45;
// Whether the transcripts hold the topic is judged on the best passages only: further down the
// ranking, some exchange shares a few words with any question. Three, not two: the passage that
// continues a matching exchange ranks beside it (search/carry-to-neighbours.ts), and may hold the
// reply in words of its own while the exchange with the question's words comes third.
const judgedPassages = 3;
// A sentence is read in its passage: one that matches the question well inside a passage about
// something else is seldom the answer, so how much of the question the whole passage covers counts
// beside the sentence's own words, and each rank down the retrieval costs a little more.
const passageWeight = 2;
// How much more a disputing turn weighs when the question asks who challenged an office holder.
const disputeWeight = 2;
const rankPenalty = 0.15;
// How far past its length an answer may run to finish a sentence.
const overrun = 15;
// How much of the best sentence's own share of the topic a sentence giving the asked-for figure must reach to answer instead.
const figureShare = 0.5;
// The inverse document frequency of a word printed in about one passage in 240 or fewer (in five of 1,300; in
// a small index, in none): the papers hardly speak of what it names.
const rarelyPrinted = Math.log(1 + 240);
// A compound whose words carry at least this share of the question's topic weight is what it asks about.
const compoundTopicShare = 0.5;
// An exchange is a turn and this many turns either side of it: a question, its reply, a follow-up.
const exchangeReach = 1;
// How many turns after a question its reply may start: past an acknowledgement and the asker's
// follow-up, not into the next exchange.
const replyReach = 4;
// The room an answer has left is filled from this many turns either side of the one that matched: the
// question before a reply, the reply, a follow-up and its answer.
const fillReach = 2;
// The room is filled from the exchange's own voices, the one who asks and the one who replies: a third
// voice near them is most often the next exchange, and would be one more source to cite.
const fillVoices = 2;
// A reply's opening sentences are read before the one that matched when each scores at least this share of it: in one
// passage, sentences differ by a word or two of the question, so a nearly equal opening speaks as much to it. Measured:
// at 0.8, openings that only lead into the answer ("Ideally, resources should be…") displaced the reply's own point.
const openingShare = 0.85;
// "Thank you, Chair.", "Okay.", "Yes.": courtesies and acknowledgements say nothing of the topic.
const minimumSentenceWords = 5;
// Titles and honorifics a speaker label prints around the name ("Right Hon. …", "… AM").
const labelTitles = new Set(contentTerms('mr mrs ms miss mx dr hon right honourable am mp ms mla mpp senator'));
// How a question names a person ("Dr", "Hon.") or frames what they said ("their explanation", "what it
// included", "the point raised"): transcripts print titles in speaker labels, not in what was said.
const spokenFraming = new Set(
  'dr mr mrs ms miss hon prof professor sir dame lord cllr councillor explanation explanations include included includes raise raised tackle tackled'
    .split(' ')
    .map((word) => stem(word)),
);
// How a question frames an exchange ("what was she asked and how did she answer", "summarise the exchange
// between"): speakers put questions and answer them without saying so, so whether the sittings hold what was asked
// is judged without these words. They still weigh in finding the sentences that answer.
const exchangeFraming = new Set(
  'ask asked answer answered exchange exchanges summarise summarize'.split(' ').map((word) => stem(word)),
);

// The subject of "What did Dr Kaur Singh think…", "How would Minister Ferris respond…": the person asked about.
const askedPerson =
  /\b(?:did|does|do|has|have|had|was|were|is|would|will|could|should)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)/u;

// Who sent apologies, stood in or was there: a sitting's attendance, not a topic such as school attendance.
const asksWhoWasAbsent =
  /\bapolog\w*|\bsubstitut\w*|\bstood in\b|\bstanding in\b|\babsent\b|\bwho (?:was|were) (?:there|present)\b/i;

/**
 * Answers from spoken proceedings by locating the best exchange and reading it as it was said: the
 * sentence that speaks most to the question, and when it is part of a question put to someone, the
 * reply that follows (from the next passage when the reply starts there); when the question asks what a
 * named person said, only that person's turns. Quoted by speaker, about a paragraph long. Abstains when
 * the passages hold too little of the question's topic once speakers' names are set aside.
 */
export async function answerFromTurns(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  passages: RetrievedPassage[],
  overrides: Partial<TurnAnswerOptions> = {},
): Promise<Answer | undefined> {
  return answerByOffice(candidates, analysis, weigh, passages, { ...defaults, ...overrides }, true);
}

async function answerByOffice(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  passages: RetrievedPassage[],
  options: TurnAnswerOptions,
  byOffice: boolean,
): Promise<Answer | undefined> {
  const used = candidates.filter((candidate) => isTranscript(candidate.passage.chunk)).slice(0, options.passages);
  if (used.length === 0) return undefined;
  const read: Passage[] = used.map(({ passage }) => ({ chunk: passage.chunk, turns: turnsOf(passage.chunk) }));
  // Asked who gave evidence, the chair's introduction of the witnesses answers, not what they went on to say.
  if (asksWhoGaveEvidence(analysis.question)) {
    const introduced = witnessIntroductions(read);
    if (introduced.length > 0) return compose(introduced, read, introduced[0]!, passages);
  }
  // "What did Carys Pritchard say…": her name picks the turns; it is not a topic word of what she said.
  const named = new Set(analysis.namedStems);
  const names = typedNames(analysis.question, labelTitles);
  const typed = new Set(analysis.stems);
  // "What was the answer to Ines Varga's question on …": she put the question, so her name neither picks the
  // turns quoted (the reply is another voice's) nor is a word of the topic.
  const questioner = new Set(askerOfReply(analysis.question));
  // Typed in lower case ("what did jo brennick say"), a name is still the speaker's when the question holds
  // both its first name and surname.
  const speakerStems = (speaker: string | null) => {
    if (!speaker) return [];
    const stems = contentTerms(shortSpeaker(speaker)).filter((stem) => !labelTitles.has(stem));
    const fullName = stems.slice(-2);
    const typedWhole = fullName.length === 2 && fullName.every((stem) => typed.has(stem));
    return stems.filter(
      (stem) =>
        !questioner.has(stem) &&
        ((named.has(stem) && namesSpeaker(names, stems, stem)) || (typedWhole && typed.has(stem))),
    );
  };
  const askedAbout = new Set(read.flatMap((passage) => passage.turns.flatMap((turn) => speakerStems(turn.speaker))));
  // "What did the Cabinet Secretary say…": labels print names, so the office is matched to whoever the
  // passages show holding it; then it picks their turns and, like a name, is no topic word. An office
  // nobody in the passages holds leaves the question as it was.
  // "Why did Ines Varga say the Minister's answer missed the point?": beside a speaker named, an office typed as a
  // possessive is what they spoke of, not whose turns are asked for.
  const typedRole = byOffice ? askedRole(analysis.question) : undefined;
  const role = typedRole?.possessive && askedAbout.size > 0 ? undefined : typedRole;
  const holders = new Set(role ? read.flatMap(({ chunk, turns }) => [...roleHolders(chunk.text, turns, role)]) : []);
  // "What did the official responsible for ports say…", where the passages found never say who that is: the chair
  // introduced the witnesses with their posts when the sitting opened. Only a post named by its remit picks its
  // holder's turns from there: a title ("the Minister") is read from the passages found, as holders read from the
  // opening narrowed answers to one voice and lost the exchange's other citations on earlier sets. A title the
  // opening gives a holder still names someone of the sitting (see the topic judged below).
  const introducedHolders = new Set<string>();
  if (role && holders.size === 0 && options.opening) {
    for (const source of new Set(read.map(({ chunk }) => chunk))) {
      const opening = await options.opening(source);
      if (!opening || read.some(({ chunk }) => chunk.id === opening.id)) continue;
      for (const holder of roleHolders(opening.text, turnsOf(opening), role)) introducedHolders.add(holder);
    }
  }
  if (role?.byRemit) for (const holder of introducedHolders) holders.add(holder);
  // "What did the heritage minister say about streaming?", where the passages found on it quote only members
  // while the paper's labels print who holds that office ("Hon. Ada Okafor (Minister of Heritage):"): the holder
  // said nothing there, and the members' words are not theirs. An office the paper never ties to anyone is still
  // forgiven, as its holder may speak under a bare name; so is a holder who speaks in the passage before or after one
  // found, as a member's long question or reply to them can fill the passage the topic's words found, and a passage
  // that speaks of the office as typed ("the Deputy Minister's amendment"), which is the debate on their business.
  if (
    role &&
    !role.byRemit &&
    !role.possessive &&
    holders.size === 0 &&
    askedAbout.size === 0 &&
    asksHolderWord(analysis.question, role.phrase) &&
    !read.some(({ chunk }) => printsOffice(chunk.text, role)) &&
    options.paperText
  ) {
    const printed = await paperHolders(read, role, options.paperText);
    const neighbours = [options.preceding, options.following].filter((next) => next !== undefined);
    if (printed.size > 0 && !(await holderSpeaks(read, printed, neighbours))) return abstain(passages);
  }
  const roleFraming = new Set(holders.size > 0 ? role!.framing : []);
  // "What did the Minister of Health say about the airport?", where no passage read nor the sitting's opening shows
  // who holds that portfolio and none prints it: whatever was said there of the airport is another office's.
  if (
    role &&
    !role.byRemit &&
    !role.possessive &&
    askedAbout.size === 0 &&
    namesPortfolio(role) &&
    holders.size === 0 &&
    introducedHolders.size === 0 &&
    !read.some(({ chunk }) => printsOffice(chunk.text, role))
  )
    return abstain(passages);
  const asksSpeaker = askedAbout.size > 0 || holders.size > 0;
  const topic = analysis.stems.filter(
    (term) =>
      !askedAbout.has(term) &&
      !questioner.has(term) &&
      !roleFraming.has(term) &&
      !analysis.dateStems.includes(term) &&
      !spokenFraming.has(term),
  );
  // "What did the fire chief say about the rota?": whether the sittings hold what was asked about is judged
  // without the words naming whose words are asked for. Left in, a passage that only names them ("we welcome
  // the fire chief", "as the fire chief's report found") would hold the topic while saying nothing of the rota;
  // they still help find that party's turns below.
  const party = new Set(askedPersonTopic(analysis.question)?.person ?? []);
  // A question of nothing but its framing ("What did Roland Pike ask about?") keeps it, as a bare name is no topic.
  const besidesParty = topic.filter((term) => !party.has(term));
  const unframed = besidesParty.filter((term) => !exchangeFraming.has(term));
  const asked = unframed.length > 0 ? unframed : besidesParty;
  // "Is the gap closing, according to the Minister?", where the chair introduced the Minister when the sitting
  // opened and the passages found never name the office: it names whoever holds it there, so its words are no
  // topic the passages must say. They still find the exchange where the office is addressed.
  const introducedOffice = new Set(introducedHolders.size > 0 ? role!.framing : []);
  const judged = asked.filter((stem) => !introducedOffice.has(stem));
  if (!holdsTopic(read.slice(0, judgedPassages), judged, analysis, weigh, options)) return abstain(passages);
  // A name the question types ("the Arctic", "Hollins Quarry") that nobody in the retrieved passages
  // says: the sittings are about something else, however many everyday words match. Not the person
  // asked about ("What did Jo Smyth say…"): a speaker's name is often misheard or misspelt, and what
  // was said on the topic may still answer.
  const asker = new Set(contentTerms(askedPerson.exec(analysis.question)?.[1] ?? ''));
  const said = new Set(passages.flatMap(({ chunk }) => [...presentStems(chunk.text, analysis.expansions)]));
  const unsaidName = (stem: string) =>
    named.has(stem) && !asker.has(stem) && !introducedOffice.has(stem) && !saysName(said, stem);
  if (topic.some(unsaidName)) return abstain(passages);
  // "What did Mark Reckless say about the Bill?", where he speaks in passages found but in none of those read on
  // the topic: others' words on it are not his. A name nobody speaks under may be misheard or misspelt, and
  // what was said on the topic may still answer.
  const person = [...(askedPersonTopic(analysis.question)?.person ?? [])].filter((stem) => !labelTitles.has(stem));
  const speaksElsewhere = (stems: string[]) =>
    passages.some(({ chunk }) =>
      turnsOf(chunk).some((turn) => {
        const label = new Set(contentTerms(shortSpeaker(turn.speaker ?? '')));
        return stems.every((stem) => label.has(stem));
      }),
    );
  if (!asksSpeaker && person.length > 0 && person.every((stem) => named.has(stem)) && speaksElsewhere(person))
    return abstain(passages);
  // "What did Councillor Pike say…", where the sittings found print the name only in others' turns ("Councillor
  // Pike seconds"): spelt as they print it, yet no turn is theirs, so others' words on the topic are not theirs.
  const found = passages.map(({ chunk }) => chunk);
  if (!asksSpeaker && namedInOthersTurns(found, askedSpeaker(analysis.question))) return abstain(passages);
  // "What did the fire chief say…", asked of sittings where nobody speaks as or of a fire chief: others' words
  // on fire stations are not theirs. A description no label or office matched must at least be printed whole
  // in one passage found ("the Chief Medical Officer for Wales", "the Battered Women's … representative").
  const description = asksSpeaker ? undefined : askedDescription(analysis.question);
  if (description && !passages.some(({ chunk }) => holdsAll(chunk.text, description, analysis)))
    return abstain(passages);

  const holdsOffice = (speaker: string) =>
    holders.has(shortSpeaker(speaker)) || holders.has(printedName(shortSpeaker(speaker)));
  // "Did anyone push back on the Minister…": the holder's turns only locate the exchange; the challenge is another voice's.
  const challenged = holders.size > 0 && challengesOffice(analysis.question, role!.phrase);
  const byAskedSpeaker = (turn: Turn) =>
    !asksSpeaker ||
    speakerStems(turn.speaker).length > 0 ||
    (turn.speaker !== null && holdsOffice(turn.speaker) !== challenged);
  // What a named person said about a topic is read in its exchange: their turn and the turn they answer
  // ("I agree with Ravi. Hollin parish might adopt it." names no topic word). A passage about the topic
  // holds their turns on other things too, so the exchange's share of the topic counts beside the passage's.
  const exchanges = new Map<Turn, number>();
  const exchangeCoverage = (passageIndex: number, turn: Turn) => {
    let share = exchanges.get(turn);
    if (share === undefined) {
      const { chunk, turns } = read[passageIndex]!;
      const before = turns[turns.indexOf(turn) - 1];
      const said = chunk.text.slice(before?.start ?? turn.start, turn.end);
      share = coverage(topic, presentStems(said, analysis.expansions), weigh);
      exchanges.set(turn, share);
    }
    return share;
  };
  const scoreOf = (passageIndex: number, turn: Turn, text: string, words: number) => {
    if (!byAskedSpeaker(turn)) return 0;
    const relevance =
      coverage(topic, presentStems(text, analysis.expansions), weigh) +
      phraseBonus(text, analysis) +
      passageWeight * used[passageIndex]!.coverage +
      (asksSpeaker ? exchangeCoverage(passageIndex, turn) : 0);
    const substance = saysNothing(text) ? 0 : words < minimumSentenceWords + 1 ? 0.4 : announces(text) ? 0.5 : 1;
    // Asked who challenged the office holder, a member's turn that disputes outranks one that only asks.
    const dispute =
      challenged && disputes(read[passageIndex]!.chunk.text.slice(turn.start, turn.end)) ? disputeWeight : 1;
    return relevance * substance * dispute * (1 - rankPenalty * passageIndex);
  };
  const sentences = read.flatMap((passage, passageIndex) =>
    passage.turns.flatMap((turn, turnIndex) =>
      turnSentences(passage.chunk.text, turn).map((segment) => {
        const words = countWords(segment.text);
        const score = scoreOf(passageIndex, turn, segment.text, words);
        return { ...segment, passageIndex, turnIndex, score, words };
      }),
    ),
  );
  const bestOf = (among: Sentence[]): Sentence | undefined =>
    among.reduce<Sentence | undefined>(
      (top, sentence) => (top && top.score >= sentence.score ? top : sentence),
      undefined,
    );
  const located = bestOf(sentences);
  // Asked who sent apologies or stood in, the topic's words find the sitting, and the chair's sentence of
  // that passage naming the absent answers, however few of those words it shares.
  const attendance =
    located && asksWhoWasAbsent.test(analysis.question)
      ? bestOf(
          sentences.filter(
            (sentence) =>
              sentence.passageIndex === located.passageIndex &&
              sentence.score > 0 &&
              shownKinds(sentence.text).has('attendance'),
          ),
        )
      : undefined;
  // Asked how much or how many, a sentence of that passage giving the figure answers where the one that best
  // shares the topic's words (an opening) gives none, if it holds the topic nearly as well. A question put
  // that best shares them is answered by its reply, read below, unless the reply heard in the passage gives
  // no figure either ("Is that the whole levy?" "Yes."): then the figure said on the topic before it, which
  // the question takes up, answers, however few of the question's words it shares, as the question put
  // holds them. One said after the reply is a further exchange ("What would the scheme cost?" "There is no
  // scheme." "Costs must include…").
  // "The number of looked-after children" names a topic; "how many" asks for the count.
  const figures = [...wantedKinds(analysis.question)].filter(
    (kind) => kind === 'amount' || (kind === 'count' && /\bhow many\b/i.test(analysis.question)),
  );
  const givesFigure = (sentence: Sentence) => figures.some((kind) => shownKinds(sentence.text).has(kind));
  // The sentence's own share of the topic: every sentence of a passage shares the passage's.
  const ownShare = (sentence: Sentence) => coverage(topic, presentStems(sentence.text, analysis.expansions), weigh);
  // Read once: reading a reply from the passage that follows adds that passage to those read.
  const replies = new Map<Sentence, Promise<Sentence[]>>();
  const replyOf = (question: Sentence, following: TurnAnswerOptions['following']) => {
    if (!following) return replyTo(read, question, undefined);
    const known = replies.get(question) ?? replyTo(read, question, following);
    replies.set(question, known);
    return known;
  };
  const unanswered = async (question: Sentence) => {
    const heard = await replyOf(question, options.following);
    return heard.length > 0 && !heard.some(givesFigure);
  };
  const figure =
    located && figures.length > 0 && !givesFigure(located) && (!isQuestion(located) || (await unanswered(located)))
      ? bestOf(
          sentences.filter(
            (sentence) =>
              sentence.passageIndex === located.passageIndex &&
              sentence.score > 0 &&
              ownShare(sentence) > 0 &&
              (isQuestion(located)
                ? sentence.start < located.start
                : ownShare(sentence) >= ownShare(located) * figureShare) &&
              givesFigure(sentence),
          ),
        )
      : undefined;
  const best = attendance ?? figure ?? located;
  if (!best || best.score <= 0) {
    // The office holder's turns in these passages are on other things: read the passages as if no
    // office were named, as the question's words then find what was said of the topic.
    return holders.size > 0 ? answerByOffice(candidates, analysis, weigh, passages, options, false) : undefined;
  }
  // The sentence that best matches is the chair welcoming the party asked about ("we welcome Ivo Brand, chief
  // executive of the trust") and says nothing of what was asked: the party is addressed there, not heard.
  const partyNamed = new Set([...party].filter((stem) => !labelTitles.has(stem)));
  const bestSays = presentStems(best.text, analysis.expansions);
  if (
    partyNamed.size > 0 &&
    introducesWitnesses(best.text) &&
    namesPersonOffTopic({ person: partyNamed, topic: new Set(asked) }, bestSays)
  )
    return abstain(passages);
  // A name the question types ("Welsh schools", "the Arctic") that the sitting quoted never says, in any passage
  // of it retrieved: another sitting's talk of the same everyday words is about somewhere or someone else.
  const sitting = read[best.passageIndex]!.chunk.source;
  const saidThere = new Set(
    passages
      .filter(({ chunk }) => chunk.source === sitting)
      .flatMap(({ chunk }) => [...presentStems(chunk.text, analysis.expansions)]),
  );
  // An office's words ("the Prime Minister") name whoever holds it, not somewhere the sitting must say.
  const office = new Set(role?.stems ?? []);
  const unsaid = (stem: string) =>
    named.has(stem) && !asker.has(stem) && !office.has(stem) && !saysName(saidThere, stem);
  if (topic.some(unsaid)) return abstain(passages);
  // "What did Hefin David say about the school counselling money?", where others speak of it in the passages read
  // and he speaks in them too, but in another sitting on other things: his words on a merger's cost stand in for a
  // view he never gave. The sitting quoted must speak to the topic in its passages read, though not in one
  // exchange: his turn and those near it may put it in other words ("amendment 2 is practical" of the review
  // debated there), and a long question's words are spread thin.
  const sittingSays = new Set(
    read
      .filter(({ chunk }) => chunk.source === sitting)
      .flatMap(({ chunk }) => [...presentStems(chunk.text, analysis.expansions)]),
  );
  if (askedAbout.size > 0 && !speaksTo(sittingSays, asked, named, weigh)) return abstain(passages);
  // "What did the Minister of Veterans Affairs say about masks…", where the Minister's turns found, and the turns
  // they answer, speak of other things: their words on the veterans committee are no view on masks, and another
  // voice's words on masks are not theirs.
  const holderTurn = read[best.passageIndex]!.turns[best.turnIndex]!;
  if (holders.size > 0 && !challenged && exchangeCoverage(best.passageIndex, holderTurn) === 0)
    return abstain(passages);

  const chosen: Sentence[] = [];
  const seen = new Set<string>();
  let total = 0;
  const take = (sentence: Sentence, limit = options.words): boolean => {
    const key = sentence.text.toLowerCase().replace(/\W+/g, ' ').trim();
    // A long sentence that would run well past the length is left for a shorter one; the first is always read.
    if (total >= limit || seen.has(key) || (chosen.length > 0 && total + sentence.words > limit + overrun))
      return false;
    seen.add(key);
    chosen.push(sentence);
    total += sentence.words;
    return true;
  };

  const anchorSentences = sentences.filter(
    (sentence) => sentence.passageIndex === best.passageIndex && sentence.turnIndex === best.turnIndex,
  );
  const ahead = anchorSentences.filter((sentence) => sentence.start >= best.start);
  // A witness passing the question to someone beside them ("the Minister will be able to respond") puts it again.
  // Only the sentence that located the answer: one passed on later in the turn is most often another question.
  // A challenge put to the office holder is read with their reply: the exchange is what was asked about.
  const asks = (!asksSpeaker || challenged) && (ahead.some(isQuestion) || handsOver(best.text));
  // "I'm wondering when…", "I would like to ask…": a question put without a question mark. Less surely
  // a question, it is read as one only when someone replies to it in the same passage.
  const asksIndirectly = !asksSpeaker && !asks && ahead.some(putsIndirectly);
  // Put indirectly as the last turn of its passage, it can only be replied to in the next: read on there.
  const closesPassage = best.turnIndex === read[best.passageIndex]!.turns.length - 1;
  const reply =
    asks || asksIndirectly ? await replyOf(best, asks || closesPassage ? options.following : undefined) : [];
  // So too asked for an example, a promise, a reason or a time: the reply's sentences holding it come first.
  const details = askedDetails(analysis.question);
  // The surer a sentence gives the detail, the sooner it is read; the reply's order otherwise.
  const givesAny = (sentence: Sentence) =>
    asksForFigure.test(analysis.question) &&
    (['amount', 'count', 'measure'] as const).some((kind) => shownKinds(sentence.text).has(kind))
      ? 3
      : givesDetail(sentence.text, details);
  if (asks || reply.length > 0) {
    // The question as put: the sentence that matched and the question it leads to, then the reply.
    const questionLimit = options.words * questionShare;
    take(best, questionLimit);
    const put = ahead.find((sentence) => sentence !== best && (isQuestion(sentence) || putsIndirectly(sentence)));
    // When the words matched open a question ("May I ask about pensions?"), what the asker says on the topic
    // before the question put is what it rests on ("One college says they will cost it £1 million. Will you
    // help?"), often the very concern or figure asked about. A reply's own rhetorical questions ("…, 'Why
    // haven't we got this yet?'") open nothing.
    for (const sentence of put && isQuestion(best) ? ahead : []) {
      const between = sentence.start > best.start && sentence.start < put!.start;
      if (between && substantive(sentence) && ownShare(sentence) > 0) take(sentence, questionLimit);
    }
    if (put && !isQuestion(best)) take(put, questionLimit + put.words);
    // A reply in the question's own passage keeps its share of the room however long the question put
    // ran: a long question must not leave the reply one short sentence from its end. One read from the
    // next passage, or the chair's word after the question ("the time is up"), would be one more source to
    // cite for no answer, and keeps to the room left.
    const replyLimit = Math.max(options.words, total + options.words * (1 - questionShare));
    const roomFor = (sentence: Sentence) => {
      const speaker = read[sentence.passageIndex]!.turns[sentence.turnIndex]?.speaker ?? '';
      return sentence.passageIndex === best.passageIndex && !/^the chair\b/i.test(speaker) ? replyLimit : options.words;
    };
    // Asked for a figure, the reply's sentences giving one are read first: a witness often sets out the context
    // and comes to the figure last, past the room an answer has. Any figure will do: asked "what figures were
    // given", a count ("nine in ten pupils") answers as a sum does.
    const figuresFirst = [...reply].sort((a, b) => givesAny(b) - givesAny(a));
    for (const sentence of figuresFirst) if (substantive(sentence)) take(sentence, roomFor(sentence));
  } else {
    // A statement: read on from the sentence that matched, as the speaker went on.
    // Asked for an example, a promise, a reason or a time, the speaker's sentences holding it are read before the rest.
    // A reply is read from where it opens when that fits the room: a witness answers the question first ("No,
    // I don't think…", "The main reason is…") and elaborates after, so the sentence that shares most words is
    // often the elaboration.
    const onTopic = (sentence: Sentence) => ownShare(sentence) > 0;
    for (const sentence of replyOpening(read, anchorSentences, best, options.words, onTopic)) take(sentence);
    take(best);
    const goneOn = anchorSentences.filter((sentence) => sentence.start > best.start && substantive(sentence));
    const byDetail = (sentence: Sentence) => givesDetail(sentence.text, details);
    for (const sentence of [...goneOn].sort((a, b) => byDetail(b) - byDetail(a))) take(sentence);
  }
  // Asked whether something was agreed, the sitting's decision on it answers: the room decides after the
  // item is put and argued, often a passage or two on from the words that located it.
  if (asksDecision.test(analysis.question)) {
    const topicShare = (text: string) => coverage(topic, presentStems(text, analysis.expansions), weigh);
    for (const sentence of await decisionAfter(
      read,
      best,
      options.following,
      topicShare,
      numberedBusiness(analysis.question),
    )) {
      take(sentence, total + sentence.words);
    }
  }
  // Room left: the next best sentences of the exchange that located the answer (the turns either side
  // of its turn), nearly as good as that one. Further on, a sentence that shares the question's words is
  // most often another exchange, or another sitting, and citing it adds a source the answer does not
  // rest on.
  const ranked = sentences
    .filter(
      (sentence) =>
        sentence.passageIndex === best.passageIndex &&
        Math.abs(sentence.turnIndex - best.turnIndex) <= fillReach &&
        sentence.score >= best.score * 0.6,
    )
    .sort((a, b) => b.score - a.score);
  const voiceOf = (sentence: Sentence) => read[sentence.passageIndex]!.turns[sentence.turnIndex]!.speaker;
  for (const sentence of ranked) {
    if (total >= options.words) break;
    if (!substantive(sentence) || chosen.includes(sentence)) continue;
    const voices = new Set(chosen.map(voiceOf));
    if (voices.size >= fillVoices && !voices.has(voiceOf(sentence))) continue;
    // A question quoted is followed by its reply when the passage holds one: never a question left hanging.
    if (take(sentence) && isQuestion(sentence)) {
      for (const reply of await replyTo(read, sentence, undefined)) if (substantive(reply)) take(reply);
    }
  }
  return compose(chosen, read, best, passages);
}

/** Whether an office is typed with what it is of or for ("Minister of Health", "chief executive of the Trust"). */
function namesPortfolio(role: AskedRole): boolean {
  return /\s(?:of|for)\s/.test(role.phrase);
}

/** Whether a passage prints an office as typed, its words in order. */
function printsOffice(text: string, role: AskedRole): boolean {
  const office = role.phrase.split(/\s+/).map(escapeRegExp).join(String.raw`\s+(?:the\s+)?`);
  return new RegExp(String.raw`\b${office}\b`, 'iu').test(text);
}

function holdsAll(text: string, stems: string[], analysis: QuestionAnalysis): boolean {
  const present = presentStems(text, analysis.expansions);
  return stems.every((stem) => present.has(stem));
}

// "Was the licence granted?", "Was the motion agreed?", "What was decided on…", "What did the committee conclude
// on amendment 3?", "How did the vote go?", "How did members vote on…": whether the room decided, not what was said ("What did Ruiz and Obi agree on?", "how do they
// decide?").
const asksDecision =
  /\b(?:was|were|is|are|has|have|had)\b(?:\s+[\w'’-]+){0,8}?\s+(?:approved|agreed|adopted|granted|passed|refused|rejected|confirmed|carried|defeated|accepted|awarded)\b|\bwhat (?:was|were) (?:decided|agreed|resolved)\b|\bwhat did (?:the|they) (?:[\w-]+ ){0,3}(?:decide|resolve|conclude)\b|\bhow did the vote\b|\bhow did (?:the )?(?:[\w-]+ ){0,2}vote\b|\bwhat (?:was|were) the (?:decision|outcome|result)s?\b|\bwho won\b/i;
// How far on from the words that located an item its decision is looked for.
const decisionReach = { turns: 40, passages: 2 };
// A room's decision is stated in a few words ("Amendment 11 is not agreed."); a long sentence that says something
// was approved or refused is a speaker's argument recounting another decision ("they simply were not awarded
// sufficient funding to allow the Act to become…").
const decisionWords = 30;
// "There voted two in favour, four against.", "Seven for, two against.": the vote as the chair reads it out.
const voteCount = /\b(?:\w+|\d+) (?:in favour|for)\b[^.?!]{0,30}\b(?:\w+|\d+) against\b/i;
// "The application is approved…", "Amendment 4 is not agreed.", "The amendment passes three to one.", "Question put and agreed to.",
// "That is unanimous.", "…, the motion falls.", "…and we agreed that the letter be sent.": the room's decision
// as the chair or the record states it.
const decision =
  /\b(?:we|the (?:committee|panel|members|council|board))\s+(?:all\s+|unanimously\s+)?agreed\s+(?:that|to)\b|\b(?:is|are|was|were|stands?)\s+(?:not\s+)?(?:(?:therefore|now|duly|hereby)\s+)?(?:approved|agreed|adopted|granted|refused|confirmed|carried|rejected|defeated|lost|passed|awarded)\b(?!\s+(?:through|out|over|by|that|to)\b)|\b(?:motion|amendment|application|ordinance|resolution|order|recommendations?|proposal|licen[cs]e|bill|question|item)\b[^.?!]{0,40}\b(?:passes|passed|carried|falls|fell|fails|failed)\b|^(?:question put and agreed to|(?:that(?:'s| is)\s+)?(?:carried|agreed)(?:\s+unanimously)?[.,]|that is unanimous)|\b(?:agreed|carried|adopted|approved)\s+unanimously\b|\bhas (?:decided|resolved) to\b/i;
// "The next item is…", "Item 2 is…", "We now move to…": the room goes on to other business.
const nextBusiness =
  /\b(?:next item|item \d+\b|last item|we (?:will )?now (?:move|turn|go) (?:on )?to|moving on to|(?:that|this) concludes)\b/i;

// "I'll propose that. Half plots to be offered again…", "I move the officer recommendation": what was put.
const proposing = /\b(?:propos\w*|I (?:would )?(?:like to )?move|moved)\b/i;

function decides(text: string): boolean {
  return decision.test(text.trim());
}

// "Amendment 3A", "item 7", "recommendation 2": business the room names by its number.
const numbered = /\b(?:amendments?|items?|motions?|recommendations?)\s+(\d+[a-z]?)\b/gi;

/** The numbers of the business a text names ("amendment 2L" → "2l"). */
function numberedBusiness(text: string): string[] {
  return [...text.matchAll(numbered)].map((match) => match[1]!.toLowerCase());
}

/**
 * Whether a decision can be on the business asked: asked about amendment 2L, "Amendment 3A is not agreed" decides
 * other business, however much of the topic it shares. A decision naming no number, or a question naming none, may be.
 */
function decidesAsked(text: string, asked: string[]): boolean {
  const named = numberedBusiness(text);
  return asked.length === 0 || named.length === 0 || named.some((number) => asked.includes(number));
}

/**
 * The sentences deciding the business a sentence speaks of: of the decisions stated after it, in its
 * passage or the ones that follow, before the room moves on to business the question does not name, the
 * one that names most of the question's topic ("the application is approved", not "the motion to refuse
 * falls" before it), the first on a tie. A bare decision ("That's carried.") comes with what was put and
 * is judged by it.
 */
async function decisionAfter(
  read: Passage[],
  from: Sentence,
  following: TurnAnswerOptions['following'],
  topicShare: (text: string) => number,
  asked: string[],
): Promise<Sentence[]> {
  const scanned: Sentence[] = [];
  let passageIndex = from.passageIndex;
  let turnIndex = from.turnIndex;
  let passagesAhead = 0;
  let movedOn = false;
  for (let looked = 0; looked < decisionReach.turns && !movedOn; looked++) {
    const passage = read[passageIndex]!;
    const turn = passage.turns[turnIndex];
    if (!turn) {
      if (passagesAhead >= decisionReach.passages || !following) break;
      const next = await following(passage.chunk);
      if (!next || !isTranscript(next)) break;
      passagesAhead++;
      read.push({ chunk: next, turns: turnsOf(next) });
      passageIndex = read.length - 1;
      turnIndex = 0;
      continue;
    }
    for (const segment of turnSentences(passage.chunk.text, turn)) {
      if (passageIndex === from.passageIndex && segment.start <= from.start) continue;
      const share = topicShare(segment.text);
      if (nextBusiness.test(segment.text) && share === 0) {
        movedOn = true;
        break;
      }
      scanned.push({ ...segment, passageIndex, turnIndex, score: share, words: countWords(segment.text) });
    }
    turnIndex++;
  }
  // A bare decision ("That's carried.") is about what was put before it: the proposal, or when the
  // proposal names nothing ("Yes, I'll propose that."), the words that follow it in the same turn.
  const putBefore = (decided: Sentence): Sentence[] => {
    if (decided.words >= minimumSentenceWords) return [];
    const before = scanned.slice(0, scanned.indexOf(decided));
    const put = before.findLast((sentence) => proposing.test(sentence.text));
    if (!put) return [];
    const words = before.filter(
      (sentence) =>
        sentence.passageIndex === put.passageIndex &&
        sentence.turnIndex === put.turnIndex &&
        sentence.start > put.start,
    );
    return put.words >= minimumSentenceWords || words.length === 0 ? [put] : words;
  };
  // "So, there voted two in favour, four against. Amendment 3A is not agreed.": the count the chair reads out
  // just before the decision is how the room decided, and comes with it.
  const countBefore = (decided: Sentence): Sentence[] => {
    const before = scanned[scanned.indexOf(decided) - 1];
    const sameTurn = before?.passageIndex === decided.passageIndex && before.turnIndex === decided.turnIndex;
    return sameTurn && voteCount.test(before.text) && !decides(before.text) ? [before] : [];
  };
  const decisions = scanned
    .filter(
      (sentence) => sentence.words <= decisionWords && decides(sentence.text) && decidesAsked(sentence.text, asked),
    )
    .map((sentence) => {
      const put = putBefore(sentence);
      return {
        read: [...put, ...countBefore(sentence), sentence],
        share: Math.max(sentence.score, ...put.map((piece) => piece.score)),
      };
    });
  const best = decisions.reduce<(typeof decisions)[number] | undefined>(
    (top, decision) => (top && top.share >= decision.share ? top : decision),
    undefined,
  );
  return best?.read ?? [];
}

/** The sentences of the first passage read that introduce witnesses by name, from the turn that does. */
function witnessIntroductions(read: Passage[]): Sentence[] {
  for (const [passageIndex, { chunk, turns }] of read.entries()) {
    for (const [turnIndex, turn] of turns.entries()) {
      const sentences = turnSentences(chunk.text, turn).filter((segment) => introducesWitnesses(segment.text));
      if (sentences.length > 0)
        return sentences.map((segment) => ({
          ...segment,
          passageIndex,
          turnIndex,
          score: 1,
          words: countWords(segment.text),
        }));
    }
  }
  return [];
}

/**
 * Whether what was said speaks to the question's topic, speakers' labels left out. An exchange (a turn
 * and the turns either side of it) must hold at least `minimum` of the topic's weight, and either its
 * most specific word or more than two of its words: words scattered over a long sitting are no
 * answer, nor are a couple of everyday words ("waiting", "lists") when the most specific one
 * ("allotment") is never said.
 */
function holdsTopic(
  read: Passage[],
  topic: string[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  { minimumTopic: minimum, isUnseen = () => false, specificity }: TurnAnswerOptions,
): boolean {
  if (topic.length === 0) return false;
  // A word the index never saw weighs no more than a typical one (the asker's own vocabulary, see
  // evidenceWeight), yet typed as the thing asked about, not before another word that names it, it is the
  // topic's most specific: "the closure of the steelworks" is not held by talk of closures alone, while
  // "bilateral relations" are still relations.
  const heaviest =
    topic.find((stem) => isUnseen(stem) && typedAsHead(analysis.question, stem)) ??
    topic.reduce((top, stem) => (weigh(stem) > weigh(top) ? stem : top));
  const owners = possessiveOwners(analysis.question, topic);
  // A word the vocabulary bridging stands in ("information" for "FoI") is the glossary's to judge.
  const bridged = analysis.expansions.flatMap((expansion) =>
    [expansion.used, ...expansion.alternatives].flatMap((text) => contentTerms(text)),
  );
  // "Support for ski resorts", "electric school buses": where a compound carries most of what the question
  // asks about and the index prints its most specific word rarely, an exchange without that word, holding only
  // the framing and the common half ("support", "school"), is on something else. A compound among much else
  // ("the weekend cover for rural surgeries" beside "the out-of-hours dental rota") may be put in the sittings'
  // own words. A word the index never saw is the asker's (see evidenceWeight), and names are judged
  // on their own.
  const named = new Set(analysis.namedStems);
  const required = specificity
    ? topicCompounds(
        analysis.question,
        topic.filter((stem) => !named.has(stem)),
        (stem) => (isUnseen(stem) ? Number.NEGATIVE_INFINITY : specificity(stem)),
      )
        .filter(
          ({ stems, key }) =>
            !isUnseen(key) &&
            specificity(key) >= rarelyPrinted &&
            coverage(topic, new Set(stems), weigh) >= compoundTopicShare,
        )
        .map(({ key }) => key)
    : [];
  // A topic that is one compound of two words and nothing else ("the rail franchise") is held only where an
  // exchange says both, however rarely the index prints them.
  const together = wholeTopicCompound(
    analysis.question,
    topic,
    [...analysis.namedStems, ...analysis.acronymStems],
    weigh,
    isUnseen,
  );
  return read.some(({ chunk, turns }) => {
    // A word said only inside a name ("the City of Cold Lake" for "cold weather") is not the topic.
    const said = turns.map((turn) => {
      const text = chunk.text.slice(turn.start, turn.end);
      const inNames = wordsOnlyInNames(text, topic, bridged);
      const stems = presentStems(text, analysis.expansions);
      return inNames.size === 0 ? stems : new Set([...stems].filter((stem) => !inNames.has(stem)));
    });
    return said.some((_, index) => {
      const present = withoutPartOwners(
        new Set(
          said.slice(Math.max(0, index - exchangeReach), index + exchangeReach + 1).flatMap((stems) => [...stems]),
        ),
        owners,
      );
      if (coverage(topic, present, weigh) < minimum) return false;
      if (![...required, ...together].every((key) => present.has(key))) return false;
      return present.has(heaviest) || topic.filter((stem) => present.has(stem)).length > 2;
    });
  });
}

/**
 * Whether words said speak to a topic at all: they name a place, body or thing the question names, or say
 * its most specific word, or more than two of its words. Two everyday words ("£25 million") are not a topic.
 */
function speaksTo(said: Set<string>, topic: string[], named: Set<string>, weigh: Weigh): boolean {
  if (topic.length === 0) return false;
  const heaviest = topic.reduce((top, stem) => (weigh(stem) > weigh(top) ? stem : top));
  const held = topic.filter((stem) => said.has(stem));
  return said.has(heaviest) || held.length > 2 || held.some((stem) => named.has(stem));
}

/** Whether the question types a word with no content word after it: the thing asked about, not its modifier. */
function typedAsHead(question: string, typed: string): boolean {
  const said = words(question);
  return said.some(
    (word, index) => contentTerms(word)[0] === typed && contentTerms(said[index + 1] ?? '').length === 0,
  );
}

/**
 * The reply to a question: the next turn by someone else that says something, in the same passage or,
 * when the question closes its passage, in the passage that follows (added to `read` so it can be
 * cited). A turn of acknowledgements alone ("That's fine.", "Yes.") is not the reply: the witness
 * answers after the asker finishes the question.
 */
async function replyTo(
  read: Passage[],
  question: Sentence,
  following: TurnAnswerOptions['following'],
): Promise<Sentence[]> {
  const asker = read[question.passageIndex]!.turns[question.turnIndex]?.speaker;
  const isReply = (turn: Turn) => turn.speaker !== null && turn.speaker !== asker;
  let passageIndex = question.passageIndex;
  let turnIndex = question.turnIndex;
  let movedOn = false;
  let heard = false;
  for (let looked = 0; looked < replyReach; looked++) {
    turnIndex++;
    if (turnIndex >= read[passageIndex]!.turns.length) {
      // A reply heard in this passage, however short, closes the exchange here.
      if (movedOn || heard) return [];
      movedOn = true;
      const next = following ? await following(read[passageIndex]!.chunk) : undefined;
      if (!next || !isTranscript(next)) return [];
      read.push({ chunk: next, turns: turnsOf(next) });
      passageIndex = read.length - 1;
      turnIndex = 0;
      if (read[passageIndex]!.turns.length === 0) return [];
    }
    const passage = read[passageIndex]!;
    const turn = passage.turns[turnIndex]!;
    if (!isReply(turn)) continue;
    heard = true;
    const sentences = turnSentences(passage.chunk.text, turn).map((segment) => ({
      ...segment,
      passageIndex,
      turnIndex,
      score: 0,
      words: countWords(segment.text),
    }));
    if (sentences.some(substantive)) return sentences;
  }
  return [];
}

/**
 * The sentences of a reply before the one that matched, from its first that says something and as many as fit
 * the room beside it, when the turn answers a question put just before it by someone else and they all speak
 * to the question nearly as well as the one that matched, the first in words of the topic. None otherwise: the
 * sentence that matched is read first.
 */
function replyOpening(
  read: Passage[],
  sameTurn: Sentence[],
  best: Sentence,
  room: number,
  onTopic: (sentence: Sentence) => boolean,
): Sentence[] {
  const { chunk, turns } = read[best.passageIndex]!;
  const turn = turns[best.turnIndex]!;
  const asked = turns[best.turnIndex - 1];
  if (!asked || asked.speaker === null || asked.speaker === turn.speaker) return [];
  const put = turnSentences(chunk.text, asked);
  if (!put.some((sentence) => isQuestion(sentence) || putsIndirectly(sentence))) return [];
  const before = sameTurn.filter((sentence) => sentence.start < best.start);
  const opens = before.findIndex(substantive);
  // "There are a number of parts to that.": an opening that says none of the topic only announces the answer.
  if (opens === -1 || !onTopic(before[opens]!)) return [];
  const opening: Sentence[] = [];
  let words = best.words;
  for (const sentence of before.slice(opens).filter(substantive)) {
    if (sentence.score < best.score * openingShare) return [];
    // As much of the opening as fits beside the sentence that matched: the answer first, then what it rests on.
    if (words + sentence.words > room + overrun) break;
    opening.push(sentence);
    words += sentence.words;
  }
  return opening;
}

/** A passage's turns; in a part read as a transcript, a role printed alone ("Chair:") is who speaks. */
/** Who the papers of the passages read print as holding the office, by label, introduction or own word. */
async function paperHolders(
  read: Passage[],
  role: AskedRole,
  paperText: (chunk: Chunk) => Promise<string | undefined>,
): Promise<Set<string>> {
  const holders = new Set<string>();
  const papers = new Map(read.map(({ chunk }) => [chunk.source, chunk]));
  for (const chunk of papers.values()) {
    const text = await paperText(chunk);
    if (!text) continue;
    const turns = splitTurns(text, { spoken: chunk.kind === 'transcript' });
    for (const holder of printedHolders(text, turns, role)) holders.add(holder);
  }
  return holders;
}

// "What did the heritage minister say / announce …": the office's own word asked for. "Would the Prime Minister
// condemn the law?" puts a member's question to the government, which any of its ministers may answer.
const holderWord =
  /^\s+(?:\w+ly\s+)?(?:say|said|says|tell|told|announce|announced|state|stated|claim|claimed|promise|promised|pledge|pledged|commit|committed|set|quote|quoted|describe|described|explain|explained|mention|mentioned|admit|admitted|argue|argued|suggest|suggested|propose|proposed|reply|replied|respond|responded|answer|answered)\b/i;

/** Whether the question asks what the office's holder said, the office typed just before the verb of saying. */
function asksHolderWord(question: string, phrase: string): boolean {
  const at = question.toLowerCase().indexOf(phrase.toLowerCase());
  return at >= 0 && holderWord.test(question.slice(at + phrase.length));
}

/** Whether a holder speaks in a passage read or in one next to it. */
async function holderSpeaks(
  read: Passage[],
  holders: Set<string>,
  neighbours: ((chunk: Chunk) => Promise<Chunk | undefined>)[],
): Promise<boolean> {
  const speaks = (turns: Turn[]) => turns.some(({ speaker }) => speaker !== null && heldBy(holders, speaker));
  if (read.some(({ turns }) => speaks(turns))) return true;
  for (const { chunk } of read) {
    for (const neighbour of neighbours) {
      const next = await neighbour(chunk);
      if (next && speaks(turnsOf(next))) return true;
    }
  }
  return false;
}

/** Whether a labelled speaker is one of the holders, named as a label or an introduction prints them. */
function heldBy(holders: Set<string>, speaker: string): boolean {
  return holders.has(shortSpeaker(speaker)) || holders.has(printedName(shortSpeaker(speaker)));
}

function turnsOf(chunk: Chunk): Turn[] {
  return splitTurns(chunk.text, { spoken: chunk.kind === 'transcript' });
}

// "We have one substantive item tonight, the review of…", "The next item is…", "This is a hearing of … on
// the application by…": the chair names the business
// as a heading does, and says nothing of it.
const announcement =
  /\b(?:(?:the )?next item|(?:the )?(?:main|first|last|only|one|substantive) (?:substantive )?item|we have (?:one|two|three|a|an) (?:substantive )?items?|item (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) is|this is (?:a|an|the) (?:hearing|meeting|session|sitting)|we (?:will|'ll|shall) (?:now )?take item)\b/i;

function announces(text: string): boolean {
  return announcement.test(text);
}

/** A sentence worth quoting beside the one that matched: long enough to say something, and not a courtesy. */
function substantive(sentence: Pick<Sentence, 'text' | 'words'>): boolean {
  return sentence.words >= minimumSentenceWords && !saysNothing(sentence.text);
}

const indirectQuestion =
  /\b(?:i(?:'m| am) wondering|i wonder|(?:i|we) (?:just )?(?:would like|'d like|want|wanted) to (?:(?:start|begin|open) (?:by|with) )?(?:ask(?:ing)?|know)|my question is|can (?:the|you) \w+ tell)\b/i;

function putsIndirectly(sentence: Pick<Sentence, 'text'>): boolean {
  return indirectQuestion.test(sentence.text);
}

function isQuestion(sentence: Pick<Sentence, 'text'>): boolean {
  return /\?["”’)]*$/.test(sentence.text.trim());
}

// A place's adjective says the place ("Europe" in the question, "European students" in the reply): a word
// of the passages that shares all the name's stem but its last letter, and at least this many letters.
const sharedNameLetters = 5;

/** Whether the passages say a name the question types, as typed or in a longer form of the same word. */
function saysName(said: Set<string>, stem: string): boolean {
  if (said.has(stem)) return true;
  const root = stem.slice(0, Math.max(sharedNameLetters, stem.length - 1));
  return root.length >= sharedNameLetters && [...said].some((word) => word.startsWith(root));
}

// "How much", "how many", "what figures", "what share": the figure itself, not a topic that has one ("the fees").
const asksForFigure =
  /\bhow (?:much|many)\b|\bwhat (?:[\w-]+ )?(?:figures?|amount|sum|percentage|proportion|share|total|number)\b/i;

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function compose(chosen: Sentence[], read: Passage[], best: Sentence, passages: RetrievedPassage[]): Answer {
  const ordered = [...chosen].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  const citations: Citation[] = [];
  // A citation names who says the words it quotes: each speaker quoted from a passage has one of their own.
  const numberOf = new Map<string, number>();
  const citedAs = (sentence: Sentence) =>
    `${sentence.passageIndex}\u0000${read[sentence.passageIndex]!.turns[sentence.turnIndex]!.speaker ?? ''}`;
  const lines: string[] = [];
  let currentDate: string | null | undefined;
  let current: Sentence | undefined;
  let run: string[] = [];
  let runSpeaker: string | null = null;
  for (const sentence of ordered) {
    const { chunk, turns } = read[sentence.passageIndex]!;
    const key = citedAs(sentence);
    let n = numberOf.get(key);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(key, n);
      // The citation quotes what located the answer in this speaker's words: the best sentence, else
      // their sentence that matched most (the first read when none matched).
      const bySpeaker = ordered.filter((other) => citedAs(other) === key);
      const quoted = bySpeaker.includes(best)
        ? best
        : bySpeaker.reduce((top, other) => (other.score > top.score ? other : top));
      citations.push(buildCitation(n, chunk, quoted));
    }
    if (chunk.meetingDate && chunk.meetingDate !== currentDate) {
      if (lines.length > 0) lines.push('');
      lines.push(`**${formatMeetingDate(chunk.meetingDate)}** — ${chunk.committee}`);
      currentDate = chunk.meetingDate;
    }
    const sameTurn = current?.passageIndex === sentence.passageIndex && current.turnIndex === sentence.turnIndex;
    const said = readableSegment(withoutAddress(sentence.text));
    // One marker closes each run of a speaker's sentences from one passage: the citation covers them all.
    // The run is retold in reported speech, as minutes put it, so it never reads as a verbatim quote.
    if (sameTurn) run.push(said);
    else {
      const speaker = turns[sentence.turnIndex]!.speaker;
      run = [said];
      runSpeaker = speaker ? shortSpeaker(speaker) : null;
      lines.push('');
    }
    lines[lines.length - 1] = `- ${reportSpeech(runSpeaker, run)} [${n}]`;
    current = sentence;
  }
  return { text: lines.join('\n'), citations, abstained: false, passages };
}

/**
 * The retold lines of a spoken answer as written above ("- Name said that … [1]", one a speaker's run), without
 * their citation markers: what the checks on a figure or a time asked read.
 */
export function spokenLines(answerText: string): string[] {
  return answerText
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.replace(/\s*\[\d+\]$/, ''));
}
