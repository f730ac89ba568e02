import { type Chunk, chunkId } from '../../core/chunk.js';
import type { Citation } from '../../core/citation.js';
import { buildCitation } from '../../core/citation.js';
import { findDates, formatMeetingDate } from '../../core/dates.js';
import type { Logger } from '../../core/logger.js';
import { mentionsNextMeeting, nextMeetingSentences } from '../../core/next-meeting.js';
import { readableSegment } from '../../core/sentences.js';
import { isTranscript } from '../../core/speaker-turns.js';
import { withColumnNames } from '../../core/table-rows.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { Retriever } from '../../search/create-retriever.js';
import { dropCopiedChunks } from '../../search/drop-copies.js';
import { implicationsHeadingExpansions } from '../../search/implications-section.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { IndexStore } from '../../store/index-store.js';
import { abstain } from '../abstention.js';
import type { Answer, AnswerQuestion, AnswerRequest } from '../answer.js';
import { namesByInitials, ownerInitialsIn, withOwnerNames } from './action-owner-initials.js';
import { omitsAgeAsked } from './age-not-given.js';
import { asksAmendmentText, selectAmendmentChanges } from './amendment-changes.js';
import { asksAboutProposal, selectProposalVote } from './amendment-vote.js';
import { omitsAmountAsked } from './amount-not-given.js';
import { answerFromTurns } from './answer-from-turns.js';
import { wantedKinds } from './answer-kinds.js';
import { quotesOnlyInvitedApologies } from './apologies-only-invited.js';
import { omitsAreaAsked } from './area-not-named.js';
import { attendanceCount } from './attendance-count.js';
import { attendanceGridRow } from './attendance-grid.js';
import { quotesOnlyAttendance } from './attendance-only.js';
import { attendedMeeting } from './attended-meeting.js';
import { attendeeVerdict } from './attendee-asked.js';
import { namesNoChairOfBody, namesNoOfficeHolder } from './chair-not-named.js';
import { changeBetweenMeetings } from './change-between-meetings.js';
import { omitsContractorAsked } from './contractor-not-named.js';
import { cabinetActNotQuoted, councilAskedToAct, quotesOnlyOtherBodies } from './council-asked.js';
import { omitsCountAsked, omitsFigureSaid } from './count-not-given.js';
import { askedCoverField } from './cover-field-asked.js';
import { asksForEditionNotPrinted } from './edition-not-printed.js';
import { judgeEvidence } from './enough-evidence.js';
import { omitsExclusionAsked } from './exclusion-not-given.js';
import { withExtremeRowAsked } from './extreme-row-asked.js';
import { withFieldBlockOutcome } from './field-block-outcome.js';
import { omitsFunderAsked } from './funder-not-printed.js';
import { quotesOnlyFutureBusiness } from './future-business-only.js';
import { withItemDecision } from './item-decision.js';
import { asksForItemNotPrinted, namesSiteNotQuoted } from './item-not-printed.js';
import { asksForKindNotBrokenDown } from './kind-not-broken-down.js';
import { omitsLaterSitting } from './later-sitting-not-given.js';
import { latestOfficeHolder } from './latest-office-holder.js';
import { withListAfterIntro } from './list-after-intro.js';
import { asksForMeetingAfter, type LaterSittingLine, laterSittingLine, sittingNamedAfter } from './meeting-after.js';
import { asksForMeetingBefore, earlierSittingLine, namedSitting, type SittingDays } from './meeting-before.js';
import { meetingHeldIn } from './meeting-held-in.js';
import { asksAboutMeetingNotHeld } from './meeting-not-held.js';
import { asksForMover, omitsMoverAsked } from './mover-not-named.js';
import { fromNamedBody } from './named-body.js';
import { omitsOfficerAsked } from './officer-not-named.js';
import { quotesOnlyDates } from './only-dates-quoted.js';
import { quotesOnlyOtherSittings } from './other-sitting-quoted.js';
import { awaitsVerdictAsked, omitsProcessOutcome, omitsRefusalAsked, omitsVerdictAsked } from './outcome-pending.js';
import { headingWithPage } from './page-asked.js';
import { askedPageNumber, lineCoveringPage, printsPageRanges } from './page-range-line.js';
import {
  awaitsApprovalAsked,
  awaitsBodyAcceptance,
  awaitsBodyDecision,
  awaitsPartyWord,
} from './party-word-pending.js';
import { asksForPeriodAfterPapers } from './period-after-papers.js';
import { asksForPeriodNotCovered } from './period-not-covered.js';
import { omitsPersonAsked } from './person-not-named.js';
import { monthOfPlannedBusiness, plannedBusiness } from './planned-business.js';
import { portfolioTypedAbsent } from './portfolio-typed.js';
import { quotesOnlyPublicComment } from './public-comment-only.js';
import { asksWhatThePublicAsked, publicQuestionsPassages } from './public-questions.js';
import { withQuarterAsked } from './quarter-asked.js';
import { withAskedField } from './record-asked-field.js';
import { asksDiscussionNotRecorded } from './record-not-held.js';
import { omitsReferenceAsked } from './reference-not-given.js';
import { omitsReplyAsked } from './reply-not-given.js';
import { coverage, passageContext, presentStems, type Weigh } from './score-evidence.js';
import { isMemberVote, recordsDecision } from './segment-signals.js';
import { keptShare, selectResolutions } from './select-resolutions.js';
import { type Candidate, insideRange, type ScoredSegment, selectSegments } from './select-segments.js';
import { answerForEachBody, questionForBody } from './several-bodies.js';
import { boundOfSittingBefore } from './sitting-before-bound.js';
import { printedAcronyms, spelledOutAcronyms } from './spelled-acronyms.js';
import { standaloneQuestion } from './standalone-question.js';
import { summarizeMeeting } from './summarize-meeting.js';
import { omitsTargetAsked } from './target-not-given.js';
import { omitsTimeAsked, omitsTimeSaid, timeOfOtherTopic } from './time-not-given.js';
import { unprintedCompound } from './unprinted-compound.js';
import { asksForDivisionNotPrinted, omitsVoteOutcomeAsked } from './vote-not-printed.js';
import { asksForVoterNotPrinted } from './voter-not-printed.js';
import { withWrittenReply } from './written-reply.js';

export interface ExtractiveAnswererOptions {
  retriever: Retriever;
  store: Pick<
    IndexStore,
    'meetingChunks' | 'latestMeetingDate' | 'getChunk' | 'getChunks' | 'listParts' | 'getDocumentText'
  >;
  logger: Logger;
  /** Below this share of the question's topic weight in the best passage, abstain. */
  minimumCoverage?: number;
  passagesConsidered?: number;
}

// A long debate's minute runs over many passages; further than this from a judged one is another part of it.
const chunksOfOneItem = 20;

// "What is on the agenda…", "what business was considered…": asking for the meeting as a whole.
const meetingWords = new Set(['agenda', 'item', 'busi', 'minut', 'consid', 'cover', 'discuss']);

/** The offline answerer: quotes the best-supported sentences, grouped by meeting, newest first. */
export function createExtractiveAnswerer(options: ExtractiveAnswererOptions): AnswerQuestion {
  const { retriever, store, logger } = options;
  const minimumCoverage = options.minimumCoverage ?? 0.5;
  const considered = options.passagesConsidered ?? 8;

  const answerQuestion: AnswerQuestion = async ({ question, filters, history }) => {
    const standalone = standaloneQuestion(question, history);
    const retrieved = await retriever.retrieveAnalyzed({ question: standalone, filters, limit: 10 });
    // Two bodies named side by side: each is asked alone, or its passages crowd out the other's.
    const bodies = retrieved.analysis.severalBodies;
    if (bodies) {
      const asked = bodies.map((_, index) => questionForBody(standalone, bodies, index));
      if (asked.every((each) => each !== undefined && each !== standalone)) {
        const each = await Promise.all(asked.map((one) => answerQuestion({ question: one!, filters })));
        const joined = answerForEachBody(bodies, each);
        if (joined) return joined;
      }
    }
    const { passages } = retrieved;
    const spelled = spelledOutAcronyms(
      retrieved.analysis.question,
      passages.slice(0, considered).map((passage) => passage.chunk.text),
      (stem) => retriever.documentFrequency(stem) === 0,
    );
    const analysis = {
      ...retrieved.analysis,
      expansions: [
        ...retrieved.analysis.expansions,
        ...spelled,
        ...printedAcronyms(
          retrieved.analysis.question,
          passages.slice(0, considered).map((passage) => passage.chunk.text),
        ),
        ...implicationsHeadingExpansions(retrieved.analysis.question),
      ],
    };
    const weigh = evidenceWeight(
      retriever,
      analysis,
      spelled.flatMap((expansion) => contentTerms(expansion.used)),
      passages.slice(0, considered).map((passage) => passageContext(passage.chunk)),
    );
    const candidates = inheritItemCoverage(
      passages.slice(0, considered).map((passage) => ({
        passage,
        coverage: coverage(analysis.stems, presentStems(passageContext(passage.chunk), analysis.expansions), weigh),
      })),
    );
    // Asked about one authority's papers by its place ("… in Limerick"), its own passages are the evidence:
    // another council's passage on the topic does not make its passages on something else an answer.
    const ofPlace =
      analysis.authority && !analysis.committee
        ? fromNamedBody(
            analysis,
            candidates.map((candidate) => candidate.passage.chunk),
          )
        : () => true;
    const judged = candidates
      .filter((candidate) => ofPlace(candidate.passage.chunk))
      .slice(0, 3)
      .map((candidate) => candidate.passage.chunk);
    const isUnseen = (stem: string) => retriever.documentFrequency(stem) === 0;
    const firstJudgement = judgeEvidence(analysis, judged, weigh, minimumCoverage, isUnseen);
    // Reading the passages' whole minute items costs a store read of some hundred chunks: only when the
    // passages fall short, might a name printed elsewhere in their items change the judgement.
    const printedAround = firstJudgement.answer ? undefined : await namesPrintedAround(analysis, judged, store);
    const evidence = printedAround
      ? judgeEvidence(analysis, judged, weigh, minimumCoverage, isUnseen, printedAround.stems, printedAround.heads)
      : firstJudgement;
    logger.debug({ question: standalone, ...evidence, intent: analysis.intent }, 'extractive evidence');
    // "Which meeting came before the 29 October one?": the sitting's own record names it where it approves the
    // earlier minutes; read whole, that day's papers would answer what it did instead.
    if (asksForMeetingBefore(analysis.question)) {
      const earlier = await sittingBeforeLine(analysis, passages, store, filters);
      if (earlier) return compose([earlier.segment], [earlier.passage], passages, 'newest first', analysis.question);
    }
    // "Which meeting came after the 31 October one?": that sitting's record announces it, or the next sitting's
    // approves its minutes.
    if (asksForMeetingAfter(analysis.question, analysis.committee)) {
      const later = await sittingAfterLine(analysis, passages, store, filters);
      if (later) return compose([later.segment], [later.passage], passages, 'newest first', analysis.question);
    }
    // "What's on page 300 of the pack?": the agenda line whose printed page range holds it. An agenda is split item
    // by item, and the item asked about shares no word with the question: the whole agenda of the best-ranked
    // passage that prints page ranges is read.
    const ranged =
      askedPageNumber(analysis.question) === undefined
        ? undefined
        : passages.slice(0, considered).find(({ chunk }) => chunk.meetingDate && printsPageRanges(chunk.text));
    if (ranged?.chunk.meetingDate) {
      const agenda = (await store.meetingChunks(ranged.chunk.meetingDate, filters)).filter(
        (chunk) => chunk.documentSha === ranged.chunk.documentSha,
      );
      const onPage = lineCoveringPage(analysis.question, agenda.length > 0 ? agenda : [ranged.chunk]);
      if (onPage)
        return compose(
          [{ ...onPage.segment, passageIndex: 0, score: 1, signal: 1 }],
          [{ chunk: onPage.chunk, score: 1 }],
          passages,
          'newest first',
          analysis.question,
        );
    }
    // "The meeting just before Christmas 2023" names its sitting by the day it came before: the latest on record.
    const before = boundOfSittingBefore(analysis.question, analysis.dateRange);
    const anchor = analysis.dateRange?.anchor ?? (before ? await store.latestMeetingDate(before) : undefined);
    // "Who seconded the minutes on 4 May?" names only the meeting, yet asks for one motion's mover, not its business.
    const wholeMeeting =
      (analysis.intent === 'general' || analysis.intent === 'resolution') && !asksForMover(analysis.question);
    if (
      anchor &&
      wholeMeeting &&
      analysis.stems.every((stem) => analysis.dateStems.includes(stem) || meetingWords.has(stem))
    ) {
      const held = dropCopiedChunks(await store.meetingChunks(anchor, filters));
      const overview = summarizeMeeting(held, passages, analysis.kind === 'agenda');
      if (overview) return overview;
      // No paper of that day: a sitting still to come, whose business a work programme or agenda plans; what
      // it resolved only its own record says.
      const planned =
        held.length === 0 && analysis.dateRange && analysis.intent !== 'resolution'
          ? plannedBusiness(analysis.dateRange, passages)
          : [];
      return planned.length > 0
        ? compose(planned, passages, passages, 'newest first', analysis.question)
        : abstain(passages);
    }
    // A month with no sitting on record ("what's lined up for April 2031?"): a programme's row for a day in it plans
    // the sitting's business.
    const plannedMonth = monthOfPlannedBusiness(analysis);
    if (plannedMonth && !(await meetingHeldIn(plannedMonth.since!, plannedMonth.until!, undefined, store, filters))) {
      const planned = plannedBusiness(plannedMonth, passages);
      if (planned.length > 0) return compose(planned, passages, passages, 'newest first', analysis.question);
    }
    // A member's row of an attendance grid answers for every meeting of its year, one whose own minutes are not in
    // the papers too: read before the meeting asked is looked for.
    const gridded = attendanceGridRow(
      analysis.question,
      passages.slice(0, considered).map((passage) => passage.chunk.text),
    );
    if (gridded) {
      const passage = passages[gridded.index]!;
      return compose(
        [{ ...gridded.row, passageIndex: 0, score: 1, signal: 1 }],
        [passage],
        passages,
        'newest first',
        analysis.question,
        () => gridded.read,
      );
    }
    if (await asksAboutMeetingNotHeld(analysis, passages, store, filters)) return abstain(passages);
    if (await asksDiscussionNotRecorded(analysis, store, filters)) return abstain(passages);
    // The question names the body: what another body said or decided on the topic does not answer it,
    // and its own passages are measured against each other, not against another body's.
    const fromBody = fromNamedBody(
      analysis,
      candidates.map(({ passage }) => passage.chunk),
    );
    const ofBody = candidates.filter(({ passage }) => fromBody(passage.chunk));
    // "What questions did the public ask?" is answered by the standing item where the public spoke, whole.
    if (asksWhatThePublicAsked(analysis.question)) {
      const inRange = (chunk: Chunk) => !analysis.dateRange || insideRange(chunk.meetingDate, analysis);
      const wanted = (found: RetrievedPassage[]) => found.filter(({ chunk }) => fromBody(chunk) && inRange(chunk));
      const items = await publicQuestionsPassages(
        wanted(passages),
        async (again) => wanted((await retriever.retrieveAnalyzed({ question: again, filters, limit: 10 })).passages),
        analysis.question,
      );
      // Each meeting's item is read whole (up to a few lines), not ranked against the others'.
      const lines = items.flatMap((item, passageIndex) =>
        selectSegments([{ passage: item, coverage: 1 }], analysis, weigh, {
          maxSegments: 8,
          maxPassages: 1,
          relativeCutoff: 0,
          otherPassageCutoff: 1,
        }).map((segment) => ({ ...segment, passageIndex })),
      );
      if (lines.length > 0) return compose(lines, items, passages, 'newest first', analysis.question);
    }
    const strongestOfBody = Math.max(0, ...ofBody.slice(0, 3).map((candidate) => candidate.coverage));
    const kept = ofBody.filter(
      (candidate) =>
        candidate.coverage >= strongestOfBody * keptShare(analysis, candidate) ||
        announcesNextMeeting(analysis, candidate, candidates.indexOf(candidate)),
    );
    const relevant = [
      ...kept,
      ...(await attendanceOfNamedMeeting(analysis, { candidates, kept }, store, strongestOfBody, filters)),
    ];
    // "When is the next meeting?" names no topic to judge evidence by: the latest meeting's paper that
    // announces the next sitting answers it (the retriever kept to that meeting, or the question names the
    // body and its newest announcement found answers), or nothing does. A place or body typed by name
    // ("Fenmoor's next board meeting") says whose meeting, no topic: the title line printing it is no answer.
    if (analysis.intent === 'next-meeting' && analysis.stems.every((stem) => analysis.namedStems.includes(stem))) {
      const announcing = announcement(ofBody, analysis.committee ? undefined : analysis.dateRange?.anchor);
      if (!announcing) return abstain(passages);
      const segments = selectSegments([announcing], analysis, weigh, {
        maxSegments: 1,
        maxPassages: 1,
        relativeCutoff: 1,
        otherPassageCutoff: 1,
      });
      return segments.length > 0
        ? compose(segments, [announcing.passage], passages, 'newest first', analysis.question)
        : abstain(passages);
    }
    // Spoken proceedings judge their own evidence: a speaker's name says who spoke, not what about.
    if (relevant[0] && isTranscript(relevant[0].passage.chunk)) {
      const following = (chunk: Chunk) => store.getChunk(chunkId(chunk.documentSha, chunk.ordinal + 1));
      const preceding = async (chunk: Chunk) =>
        chunk.ordinal > 0 ? store.getChunk(chunkId(chunk.documentSha, chunk.ordinal - 1)) : undefined;
      const opening = (chunk: Chunk) => store.getChunk(chunkId(chunk.documentSha, 0));
      const spoken = await answerFromTurns(relevant, analysis, weigh, passages, {
        following,
        preceding,
        opening,
        paperText: (chunk) => store.getDocumentText(chunk.source),
        isUnseen,
        specificity: (stem) => retriever.inverseDocumentFrequency(stem),
      });
      // Asked how much, how many or when, quoting talk of the topic that gives no figure or time reads as the
      // answer the sitting did not give.
      if (
        spoken &&
        !spoken.abstained &&
        (omitsFigureSaid(analysis.question, spoken.text, analysis.countedStems) ||
          omitsTimeSaid(analysis.question, spoken.text))
      )
        return abstain(passages);
      if (spoken) return spoken;
    }
    if (!evidence.answer) return abstain(passages);
    // "The 2019 survey" when the passages print only the 2018 one: that edition is not in the papers.
    const printed = relevant.flatMap(({ passage: { chunk } }) => [
      chunk.text,
      chunk.minuteTitle ?? '',
      chunk.section ?? '',
    ]);
    if (asksForEditionNotPrinted(analysis.question, printed)) return abstain(passages);
    const vote = await proposalVote(analysis, relevant, store, weigh);
    // A recorded vote that names the member asked about on no side: that member's vote is not in the papers.
    if (vote?.segments.length === 0) return abstain(passages);
    if (vote) return compose(vote.segments, vote.used, passages, 'newest first', analysis.question);
    const changes = await amendmentChanges(analysis, relevant, store);
    // The amendments there were brought by others: the member asked about moved none.
    if (changes?.segments.length === 0) return abstain(passages);
    if (changes) return compose(changes.segments, changes.used, passages, 'newest first', analysis.question);
    const holder = latestOfficeHolder(
      passages.filter((passage) => fromBody(passage.chunk)),
      analysis,
    );
    if (holder) return compose([holder.segment], [holder.passage], passages, 'newest first', analysis.question);
    const field = askedCoverField(ofBody, analysis);
    if (field)
      return compose(
        field,
        ofBody.map((candidate) => candidate.passage),
        passages,
        'newest first',
        analysis.question,
      );
    const resolutions = analysis.intent === 'resolution' ? selectResolutions(relevant, analysis, weigh) : undefined;
    const segments =
      resolutions ??
      selectSegments(relevant, analysis, weigh, {
        maxSegments: 4,
        maxPassages: 3,
        relativeCutoff: 0.8,
        // "How many…" has one answer: a second figure from another passage must be nearly as good.
        otherPassageCutoff: analysis.intent === 'figure' ? 0.97 : 0.92,
      });
    if (segments.length === 0) return abstain(passages);
    const chunkAt = (chunk: Chunk, step: number) =>
      chunk.ordinal + step < 0
        ? Promise.resolve(undefined)
        : store.getChunk(chunkId(chunk.documentSha, chunk.ordinal + step));
    const read = await withWrittenReply(
      withAskedField(
        withFieldBlockOutcome(
          await withItemDecision(
            await withListAfterIntro({ segments, candidates: relevant }, (chunk) => chunkAt(chunk, 1)),
            analysis.question,
            chunkAt,
          ),
        ),
        analysis.question,
      ),
      analysis.question,
      (chunk) => chunkAt(chunk, 1),
    );
    const quarter = withQuarterAsked(read, analysis.question, passages.slice(0, considered));
    if (!quarter) return abstain(passages);
    const continued = withExtremeRowAsked(quarter, analysis.question, passages.slice(0, considered));
    if (!continued) return abstain(passages);
    // Asked how much, how many, who seconded or leads, what came back or when, quoting lines with no amount, number,
    // mover, person, reply or time would read as the answer the papers do not give.
    // A table row is read with its columns' names ("Target date: 31 January 2033"): the name says what a cell is.
    const quoted = continued.segments.map((segment) => {
      const chunk = continued.candidates[segment.passageIndex]?.passage.chunk;
      return chunk ? withColumnNames(chunk.text, segment, chunk.tableHeader) : segment.text;
    });
    const quotedUnder = continued.segments.map((segment) => {
      const chunk = continued.candidates[segment.passageIndex]?.passage.chunk;
      // The item's own title ("Mooring Fees"), not its label: "Minute 3" does not make it about the minutes.
      return {
        text: segment.text,
        heading: [chunk?.minuteTitle, chunk?.section].filter(Boolean).join(' '),
        body: [chunk?.committee, chunk?.authority].filter(Boolean).join(' '),
      };
    });
    // Asked for a numbered part, a year or a verdict, passages that print neither, or say the verdict is still to
    // come, are about another part or time.
    const quotedChunks = continued.segments.map((segment) => continued.candidates[segment.passageIndex]?.passage.chunk);
    const quotedParts = quotedChunks.map((chunk) =>
      [chunk?.minute, chunk?.minuteTitle, chunk?.section, chunk?.text].filter(Boolean).join(' '),
    );
    const quotedWhen = continued.segments.map((segment, index) => ({
      text: segment.text,
      meetingDate: quotedChunks[index]?.meetingDate ?? null,
      heading: quotedUnder[index]?.heading,
      passage: quotedChunks[index]?.text,
    }));
    // The papers quoted, once each, and the bodies they are of: whose word they report, or await.
    const quotedTexts = [...new Set(quotedChunks.map((chunk) => chunk?.text ?? ''))];
    const quotedBodies = quotedChunks.flatMap((chunk) => [chunk?.committee ?? '', chunk?.authority ?? '']);
    // Each passage read whole, with its item's title, heading and body: where a name typed in the question is printed.
    const itemOf = (chunk: Chunk) =>
      [passageContext(chunk), chunk.minute, chunk.minuteTitle, chunk.section, chunk.committee, chunk.authority]
        .filter(Boolean)
        .join('\n');
    const quotedIds = new Set(quotedChunks.map((chunk) => chunk?.id));
    const unquoted = continued.candidates
      .map((candidate) => candidate.passage.chunk)
      .filter((chunk) => !quotedIds.has(chunk.id));
    // The motion asked about is named by the question's topic, not by the date.
    const topicStems = analysis.stems.filter((stem) => !analysis.dateStems.includes(stem));
    if (
      omitsAmountAsked(analysis.question, quoted) ||
      omitsCountAsked(analysis.question, quoted, analysis.countedStems) ||
      omitsAgeAsked(analysis.question, quoted) ||
      asksForKindNotBrokenDown(analysis.question, quoted) ||
      omitsReferenceAsked(
        analysis.question,
        quoted,
        quotedUnder.map((line) => line.heading),
      ) ||
      omitsVoteOutcomeAsked(analysis.question, quoted) ||
      omitsMoverAsked(analysis.question, quotedUnder, topicStems) ||
      quotesOnlyInvitedApologies(analysis.question, quoted) ||
      omitsPersonAsked(
        analysis.question,
        continued.candidates.map((candidate) => candidate.passage.chunk.text),
      ) ||
      omitsOfficerAsked(analysis.question, quoted) ||
      omitsContractorAsked(analysis.question, quoted) ||
      omitsAreaAsked(analysis.question, quoted) ||
      quotesOnlyDates(analysis.question, quoted) ||
      omitsReplyAsked(analysis.question, quoted) ||
      omitsExclusionAsked(analysis.question, quoted) ||
      awaitsPartyWord(analysis.question, quotedTexts, quotedBodies) ||
      awaitsBodyAcceptance(analysis.question, quotedTexts) ||
      awaitsApprovalAsked(analysis.question, quoted) ||
      omitsTimeAsked(analysis.question, quoted, topicStems) ||
      // The next sitting is announced under its own heading, whatever the question calls the body ("the pc").
      (analysis.intent !== 'next-meeting' && timeOfOtherTopic(analysis.question, quotedUnder, topicStems)) ||
      omitsTargetAsked(analysis.question, quoted) ||
      omitsLaterSitting(analysis.intent === 'next-meeting', quotedWhen) ||
      asksForItemNotPrinted(analysis.question, quotedParts) ||
      namesSiteNotQuoted(
        analysis.question,
        quotedChunks.filter((chunk) => chunk !== undefined).map(itemOf),
        unquoted.map(itemOf),
      ) ||
      asksForVoterNotPrinted(analysis.question, quotedTexts) ||
      asksForDivisionNotPrinted(analysis.question, quotedTexts) ||
      asksForPeriodNotCovered(analysis.question, quotedWhen) ||
      asksForPeriodAfterPapers(analysis.question, quotedWhen) ||
      awaitsVerdictAsked(analysis.question, quotedWhen) ||
      omitsVerdictAsked(analysis.question, quoted) ||
      omitsProcessOutcome(analysis.question, quoted, quotedTexts) ||
      omitsRefusalAsked(analysis.question, quotedTexts) ||
      omitsFunderAsked(
        analysis.question,
        quotedChunks.filter((chunk) => chunk !== undefined),
        analysis.expansions,
      ) ||
      portfolioTypedAbsent(
        analysis.question,
        quotedChunks.filter((chunk) => chunk !== undefined),
      ) ||
      quotesOnlyOtherBodies(
        councilAskedToAct(analysis.question),
        quotedChunks.filter((chunk) => chunk !== undefined),
      ) ||
      cabinetActNotQuoted(
        analysis.question,
        quotedChunks.filter((chunk) => chunk !== undefined),
      )
    )
      return abstain(passages);
    // Asked who chaired a named body, the chair of another body is not the answer.
    const quotedFrom = continued.segments.map((segment) => ({
      text: segment.text,
      committee: continued.candidates[segment.passageIndex]?.passage.chunk.committee ?? '',
    }));
    if (namesNoChairOfBody(analysis.question, quotedFrom)) return abstain(passages);
    // Asked who holds an office (the clerk, the chief executive), lines that never print it name no holder.
    if (namesNoOfficeHolder(analysis.question, quoted)) return abstain(passages);
    // Asked about one sitting the papers hold, lines of other sittings alone do not say what it did; a change
    // across meetings is asked of several.
    if (
      !wantedKinds(analysis.question).has('change') &&
      quotesOnlyOtherSittings(
        analysis.dateRange,
        passages.map(({ chunk }) => chunk.meetingDate),
        quotedWhen.map((line) => line.meetingDate),
      )
    )
      return abstain(passages);
    // Asked which way a figure moved between two meetings: the figure of each, and the way only when both are found.
    const compared = changeBetweenMeetings(analysis.question, continued, passages.slice(0, considered));
    if (compared && 'missing' in compared) return { ...abstain(passages), text: compared.missing };
    if (compared) {
      const told = compose(
        compared.list.segments,
        compared.list.candidates.map((candidate) => candidate.passage),
        passages,
        'oldest first',
        analysis.question,
      );
      return { ...told, text: `${told.text}\n\n${compared.verdict}` };
    }
    const owners = await ownersByInitials(quoted, quotedChunks, store, filters);
    const told = compose(
      continued.segments,
      continued.candidates.map((candidate) => candidate.passage),
      passages,
      // A change is told in the order it happened; otherwise the newest word comes first.
      wantedKinds(analysis.question).has('change') ? 'oldest first' : 'newest first',
      analysis.question,
      (line) => withOwnerNames(line, owners),
    );
    const counted = attendanceCount(
      analysis.question,
      continued.segments.map((segment) => ({
        passage: segment.passageIndex,
        start: segment.start,
        end: segment.end,
        text: segment.text,
        passageText: continued.candidates[segment.passageIndex]?.passage.chunk.text ?? '',
      })),
    );
    // "Was Councillor Mellor present?" is answered yes or no before the attendance line naming him.
    const verdict = attendeeVerdict(analysis.question, quoted);
    const verdictTold = verdict ? { ...told, text: `${verdict}\n\n${told.text}` } : told;
    const answer = counted ? { ...verdictTold, text: `${verdictTold.text}\n\n${counted}` } : verdictTold;
    // Asked for a decision but found only discussion: say so rather than let it read as one.
    if (
      analysis.intent !== 'resolution' ||
      resolutions ||
      segments.some((segment) => recordsDecision(segment.text) || isMemberVote(segment.text))
    )
      return answer;
    if (
      awaitsBodyDecision(analysis.question, quotedTexts, quotedBodies) ||
      quotesOnlyPublicComment(quotedUnder) ||
      quotesOnlyAttendance(quotedUnder) ||
      quotesOnlyFutureBusiness(quotedUnder)
    )
      return abstain(passages);
    return { ...answer, text: `I found no resolution on this in the papers; what they say:\n\n${answer.text}` };
  };
  return answerQuestion;
}

/**
 * Inverse document frequency, except that the one word of the question the index has never seen
 * weighs no more than a typical word of the question it has seen: no passage can hold it, so at full weight it would sink
 * a question the papers answer in their own words ("home schooling", "lent out"), yet it still counts,
 * so a topic they never mention ("a defibrillator") is not answered from the rest of the question. A
 * name or acronym they never print keeps its full weight; an acronym a passage spells out is not the
 * asker's own vocabulary either, so it leaves another unfamiliar word its allowance. Nor is the word
 * forgiven when it makes the topic with the word it is typed before, which the passages found print with
 * other words ("a bowling centre" beside "Community Centre"): that compound is a topic not there, and that
 * word, printed in the name of another thing ("the land at Kestrel Farm" for "a wind farm"), weighs nothing.
 */
function evidenceWeight(
  retriever: Retriever,
  analysis: QuestionAnalysis,
  spelledAcronyms: string[],
  found: string[],
): Weigh {
  const named = new Set([...analysis.namedStems, ...analysis.acronymStems, ...spelledAcronyms]);
  // A year or month typed says when, not what: it is no measure of how common a topic word is.
  const seen = analysis.stems
    .filter((stem) => (retriever.documentFrequency(stem) ?? 0) > 0 && !analysis.dateStems.includes(stem))
    .map((stem) => retriever.inverseDocumentFrequency(stem))
    .sort((a, b) => a - b);
  const typical = seen.length === 0 ? 0 : seen[Math.floor((seen.length - 1) / 2)]!;
  // One unfamiliar word is the asker's vocabulary; several ("bypass toll charges") are a topic not there.
  const unseen = analysis.stems.filter((stem) => retriever.documentFrequency(stem) === 0 && !named.has(stem));
  const compound =
    unseen.length === 1 ? unprintedCompound(analysis.question, unseen[0]!, found, analysis.expansions) : undefined;
  const capped = new Set(unseen.length === 1 && !compound ? unseen : []);
  const naming = new Set(compound?.naming);
  return (stem) => {
    if (naming.has(stem)) return 0;
    const weight = retriever.inverseDocumentFrequency(stem);
    // With no seen word to measure it by, the word keeps its weight: a passage can then hold it only in
    // other words ("(Convener)" for "chaired"), and one that does not covers nothing of it.
    return capped.has(stem) && seen.length > 0 ? Math.min(weight, typical) : weight;
  };
}

/**
 * The line in the named sitting's papers that names the sitting before it. A sitting named by its month is
 * any of that month's sittings the passages or the index hold, the latest first; the body the question
 * names keeps to its own.
 */
async function sittingBeforeLine(
  analysis: QuestionAnalysis,
  passages: RetrievedPassage[],
  store: Pick<IndexStore, 'meetingChunks' | 'latestMeetingDate'>,
  filters: AnswerRequest['filters'],
): Promise<{ segment: ScoredSegment; passage: RetrievedPassage } | undefined> {
  const days = namedSitting(analysis.question);
  if (!days) return undefined;
  const latest = await store.latestMeetingDate(days.to);
  const dates = [
    ...new Set(
      [latest, ...passages.map(({ chunk }) => chunk.meetingDate)].filter(
        (date): date is string => !!date && date >= days.from && date <= days.to,
      ),
    ),
  ].sort((a, b) => b.localeCompare(a));
  const ofBody = analysis.committee ? { ...filters, committees: [analysis.committee] } : filters;
  for (const date of dates) {
    const line = earlierSittingLine(await store.meetingChunks(date, ofBody), date);
    if (line) {
      return {
        segment: { ...line.segment, passageIndex: 0, score: 1, signal: 1 },
        passage: { chunk: line.chunk, score: 1 },
      };
    }
  }
  return undefined;
}

async function sittingAfterLine(
  analysis: QuestionAnalysis,
  passages: RetrievedPassage[],
  store: Pick<IndexStore, 'meetingChunks' | 'latestMeetingDate' | 'listParts'>,
  filters: AnswerRequest['filters'],
): Promise<{ segment: ScoredSegment; passage: RetrievedPassage } | undefined> {
  const days = sittingNamedAfter(analysis.question);
  if (!days) return undefined;
  const ofBody = analysis.committee ? { ...filters, committees: [analysis.committee] } : filters;
  const latest = await store.latestMeetingDate(days.to);
  const named = [
    ...new Set(
      [latest, ...passages.map(({ chunk }) => chunk.meetingDate)].filter(
        (date): date is string => !!date && date >= days.from && date <= days.to,
      ),
    ),
  ];
  const own = (await Promise.all(named.map((date) => store.meetingChunks(date, ofBody)))).flat();
  // Listing every paper is the costly read (a large archive's parts), so only when the named sitting's own record
  // does not announce the next.
  const line = laterSittingLine(own, [], days) ?? (await nextSittingLine(analysis, store, own, days, ofBody));
  return line
    ? { segment: { ...line.segment, passageIndex: 0, score: 1, signal: 1 }, passage: { chunk: line.chunk, score: 1 } }
    : undefined;
}

/** The line of the next sitting on record (the earliest later day any paper of the body is of) naming the one asked. */
async function nextSittingLine(
  analysis: QuestionAnalysis,
  store: Pick<IndexStore, 'meetingChunks' | 'listParts'>,
  own: Chunk[],
  days: SittingDays,
  ofBody: AnswerRequest['filters'],
): Promise<LaterSittingLine | undefined> {
  const nextDate = (await store.listParts())
    .filter(({ part }) => !analysis.committee || part.committee === analysis.committee)
    .map(({ part }) => part.meetingDate)
    .filter((date): date is string => !!date && date > days.to)
    .sort()[0];
  if (!nextDate) return undefined;
  return laterSittingLine(own, await store.meetingChunks(nextDate, ofBody), days);
}

/**
 * The names the question types that the judged passages do not print but another passage of their
 * minute item does: a group named where the debate began ("the Leader of the Green Group, Mr Holt")
 * and not again where its amendment is voted on is still that item's business, not a topic the
 * papers lack. Only within the passages' own items.
 */
async function namesPrintedAround(
  analysis: QuestionAnalysis,
  judged: Chunk[],
  store: Pick<IndexStore, 'getChunks'>,
): Promise<{ stems: Set<string>; heads: Chunk[] }> {
  const printed = new Set(judged.flatMap((chunk) => [...presentStems(passageContext(chunk), analysis.expansions)]));
  const missing = analysis.namedStems.filter((stem) => analysis.stems.includes(stem) && !printed.has(stem));
  const found = new Set<string>();
  // The paper's first passage prints the council's name over its title ("PENNARD DISTRICT COUNCIL"): a
  // place the question names from there is printed for every passage of that paper, and a body named
  // there is the one whose paper it is (a cabinet member's decision of "Dunmarsh City Council").
  const heads =
    missing.length === 0 && analysis.committee === undefined
      ? []
      : await store.getChunks([...new Set(judged.map((chunk) => chunkId(chunk.documentSha, 0)))]);
  const around = [...(missing.length === 0 ? [] : (await itemsOf(judged, store)).flat()), ...heads];
  for (const chunk of around) {
    const stems = presentStems(chunk.text, analysis.expansions);
    for (const stem of missing) if (stems.has(stem)) found.add(stem);
  }
  return { stems: found, heads };
}

/**
 * The whole minute item of each passage that belongs to one, its chunks in order; each item once. The
 * chunks around every passage are fetched in one store call.
 */
async function itemsOf(chunks: Chunk[], store: Pick<IndexStore, 'getChunks'>): Promise<Chunk[][]> {
  const inItems = chunks.filter((chunk) => chunk.minute);
  const around = (chunk: Chunk) =>
    Array.from({ length: 2 * chunksOfOneItem + 1 }, (_, index) => chunk.ordinal - chunksOfOneItem + index)
      .filter((ordinal) => ordinal >= 0)
      .map((ordinal) => chunkId(chunk.documentSha, ordinal));
  const fetched =
    inItems.length === 0 ? [] : await store.getChunks([...new Set(inItems.flatMap((chunk) => around(chunk)))]);
  const byId = new Map(fetched.map((neighbour) => [neighbour.id, neighbour]));
  const items: Chunk[][] = [];
  const covered = new Set<string>();
  for (const chunk of inItems) {
    if (covered.has(chunk.id)) continue;
    const sameItem = (ordinal: number) => {
      const neighbour = byId.get(chunkId(chunk.documentSha, ordinal));
      return neighbour && neighbour.minute === chunk.minute && neighbour.partIndex === chunk.partIndex
        ? neighbour
        : undefined;
    };
    // Only as far as was fetched for this passage: further is another part of a long debate.
    const within = (ordinal: number) => Math.abs(ordinal - chunk.ordinal) <= chunksOfOneItem;
    let first = chunk.ordinal;
    while (within(first - 1) && sameItem(first - 1)) first -= 1;
    const item: Chunk[] = [];
    for (let ordinal = first; within(ordinal) && sameItem(ordinal); ordinal += 1) item.push(sameItem(ordinal)!);
    for (const member of item) covered.add(member.id);
    items.push(item);
  }
  return items;
}

/**
 * "Did the amendment on X get through?": the vote that closed that amendment, found in the items of
 * the passages considered, rather than the Resolved list the item ended with.
 */
async function proposalVote(
  analysis: QuestionAnalysis,
  relevant: Candidate[],
  store: Pick<IndexStore, 'getChunks'>,
  weigh: Weigh,
): Promise<{ segments: ScoredSegment[]; used: RetrievedPassage[] } | undefined> {
  if (!asksAboutProposal(analysis.question)) return undefined;
  for (const item of await itemsOf(
    relevant.map((candidate) => candidate.passage.chunk),
    store,
  )) {
    const chosen = selectProposalVote(item, analysis, weigh);
    if (!chosen) continue;
    return {
      used: item.map((chunk) => ({ chunk, score: 0 })),
      segments: chosen.map(({ chunkIndex, segment }) => ({
        ...segment,
        passageIndex: chunkIndex,
        score: 1,
        signal: 0,
      })),
    };
  }
  return undefined;
}

/**
 * "What amendment did Mr Hood move?": what that member's amendment changed, found in the items of the passages
 * considered, rather than lines of the motion every amendment restates.
 */
async function amendmentChanges(
  analysis: QuestionAnalysis,
  relevant: Candidate[],
  store: Pick<IndexStore, 'getChunks'>,
): Promise<{ segments: ScoredSegment[]; used: RetrievedPassage[] } | undefined> {
  if (!asksAmendmentText(analysis.question)) return undefined;
  for (const item of await itemsOf(
    relevant.map((candidate) => candidate.passage.chunk),
    store,
  )) {
    const lines = selectAmendmentChanges(item, analysis.question);
    if (!lines) continue;
    if (lines.length === 0) return { segments: [], used: [] };
    return {
      used: item.map((chunk) => ({ chunk, score: 0 })),
      segments: lines.map(({ chunkIndex, segment }) => ({ ...segment, passageIndex: chunkIndex, score: 1, signal: 0 })),
    };
  }
  return undefined;
}

/**
 * "When is the next meeting?" shares no topic word with the line that answers it ("Date of next
 * meeting: 14 May"), so a highly ranked passage announcing one is kept whatever its coverage.
 */
function announcesNextMeeting(analysis: QuestionAnalysis, candidate: Candidate, rank: number): boolean {
  return analysis.intent === 'next-meeting' && rank < 5 && mentionsNextMeeting(candidate.passage.chunk.text);
}

/** A passage announcing the next meeting on a day after its own: of the given meeting, or else the newest. */
function announcement(candidates: Candidate[], meetingDate: string | undefined): Candidate | undefined {
  const announcing = candidates.filter(({ passage: { chunk } }) => {
    // Every line naming the next meeting: a "Date and time of next meeting" heading holds no date, the line under it does.
    const sentences = nextMeetingSentences(chunk.text);
    const own = chunk.meetingDate;
    return (
      own !== null &&
      (meetingDate === undefined || own === meetingDate) &&
      sentences.some((sentence) => findDates(sentence).some((date) => date.iso > own))
    );
  });
  return announcing.sort((a, b) => b.passage.chunk.meetingDate!.localeCompare(a.passage.chunk.meetingDate!))[0];
}

/**
 * "Who chaired the meeting on 9 January?": the attendance lines of that meeting answer it, whether or
 * not retrieval ranked them (they share few words with the question), and beat the next meeting's
 * approval of its minutes, which names the day.
 */
async function attendanceOfNamedMeeting(
  analysis: QuestionAnalysis,
  found: { candidates: Candidate[]; kept: Candidate[] },
  store: Pick<IndexStore, 'meetingChunks'>,
  strongest: number,
  filters: AnswerRequest['filters'],
): Promise<Candidate[]> {
  if (!wantedKinds(analysis.question).has('attendance')) return [];
  const { day, held } = attendedMeeting(analysis.question, analysis.dateRange?.anchor, found);
  if (!day) return [];
  const chunks = await store.meetingChunks(day, filters);
  // Bodies that met the same day (the full council in the morning, its cabinet after): the one named.
  const fromBody = fromNamedBody(analysis, chunks);
  return chunks
    .filter((chunk) => !held.has(chunk.id) && fromBody(chunk))
    .filter((chunk) => chunk.section === 'Attendance' || /\b(?:present|in the chair|apologies)\b/i.test(chunk.text))
    .slice(0, 3)
    .map((chunk) => ({ passage: { chunk, score: 0 }, coverage: strongest }));
}

/**
 * "Action by: RK": an action log names its owners by initials, which the attendance list of the same paper spells
 * out. The people that list names, by their initials, when a quoted line gives an owner so; none otherwise, and
 * the meeting's chunks are fetched only then.
 */
async function ownersByInitials(
  quoted: readonly string[],
  quotedChunks: readonly (Chunk | undefined)[],
  store: Pick<IndexStore, 'meetingChunks'>,
  filters: AnswerRequest['filters'],
): Promise<Map<string, string>> {
  const owning = quotedChunks.find((chunk, index) => chunk?.meetingDate && ownerInitialsIn(quoted[index]!).length > 0);
  if (!owning?.meetingDate) return new Map();
  const attendance = (await store.meetingChunks(owning.meetingDate, filters))
    .filter((chunk) => chunk.source === owning.source)
    .filter((chunk) => chunk.section === 'Attendance' || /\b(?:present|in attendance)\b/i.test(chunk.text));
  return namesByInitials(attendance.map((chunk) => chunk.text).join('\n'));
}

/** A Resolved block is about what its item discussed, even when it does not repeat the words. */
function inheritItemCoverage(candidates: Candidate[]): Candidate[] {
  const itemKey = (candidate: Candidate) => {
    const { chunk } = candidate.passage;
    return chunk.minute ? `${chunk.source}|${chunk.partIndex}|${chunk.minute}` : chunk.id;
  };
  const itemCoverage = new Map<string, number>();
  for (const candidate of candidates) {
    itemCoverage.set(itemKey(candidate), Math.max(itemCoverage.get(itemKey(candidate)) ?? 0, candidate.coverage));
  }
  return candidates.map((candidate) =>
    candidate.passage.chunk.section === 'Resolved'
      ? { ...candidate, coverage: itemCoverage.get(itemKey(candidate))! }
      : candidate,
  );
}

/**
 * Overlapping passages share sentences: each is quoted once, from the passage where it scored best,
 * so one sentence never becomes two citations.
 */
function onceEach(segments: ScoredSegment[]): ScoredSegment[] {
  const key = (segment: ScoredSegment) => readableSegment(segment.text).toLowerCase().replace(/\W+/g, ' ').trim();
  const best = new Map<string, ScoredSegment>();
  for (const segment of segments) {
    const current = best.get(key(segment));
    if (!current || segment.score > current.score) best.set(key(segment), segment);
  }
  return segments.filter((segment) => best.get(key(segment)) === segment);
}

function compose(
  segments: ScoredSegment[],
  used: RetrievedPassage[],
  passages: RetrievedPassage[],
  order: 'newest first' | 'oldest first',
  question: string,
  // How a quoted line is read out beyond its columns' names (an action's owner named for their initials).
  readOut: (line: string) => string = (line) => line,
): Answer {
  const byPassage = new Map<number, ScoredSegment[]>();
  for (const segment of onceEach(segments))
    byPassage.set(segment.passageIndex, [...(byPassage.get(segment.passageIndex) ?? []), segment]);
  const ordered = [...byPassage.entries()].sort(
    ([a], [b]) =>
      (order === 'newest first' ? 1 : -1) *
        (used[b]!.chunk.meetingDate ?? '').localeCompare(used[a]!.chunk.meetingDate ?? '') || a - b,
  );
  const citations: Citation[] = [];
  const lines: string[] = [];
  let currentDate: string | null | undefined;
  let currentWhere: string | undefined;
  for (const [passageIndex, chosen] of ordered) {
    const { chunk } = used[passageIndex]!;
    const n = citations.length + 1;
    const quoted = chosen.reduce((best, segment) => (segment.score > best.score ? segment : best));
    citations.push(buildCitation(n, chunk, quoted));
    if (chunk.meetingDate !== currentDate) {
      currentWhere = undefined;
      if (lines.length > 0) lines.push('');
      lines.push(`**${formatMeetingDate(chunk.meetingDate)}** — ${chunk.committee}`);
      currentDate = chunk.meetingDate;
    }
    const where = headingWithPage(
      `${chunk.minute ? `Minute ${chunk.minute}, ${chunk.minuteTitle}` : chunk.headingPath.slice(2).join(', ')}${chunk.section === 'Resolved' ? ' — resolved' : ''}`,
      citations.at(-1)!.page,
      question,
    );
    // A list read on into the next passage of the same item stays under the item's one heading.
    if (where !== currentWhere) lines.push(`- ${where}:`);
    currentWhere = where;
    for (const sentences of runs(chosen, chunk.text)) {
      lines.push(
        `  - ${sentences.map((segment) => readOut(readableSegment(withColumnNames(chunk.text, segment, chunk.tableHeader)))).join(' ')} [${n}]`,
      );
    }
  }
  return { text: lines.join('\n'), citations, abstained: false, passages };
}

/** Sentences that follow one another on one line of the paper read as one quote, not as a list. */
function runs(segments: ScoredSegment[], text: string): ScoredSegment[][] {
  const ordered = [...segments].sort((a, b) => a.start - b.start);
  const grouped: ScoredSegment[][] = [];
  for (const segment of ordered) {
    const run = grouped.at(-1);
    const last = run?.at(-1);
    if (run && last && segment.start >= last.end && /^[ \t]*$/.test(text.slice(last.end, segment.start)))
      run.push(segment);
    else grouped.push([segment]);
  }
  return grouped;
}
