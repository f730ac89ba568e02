import type { Chunk } from '../../core/chunk.js';
import { type Segment, splitSegments } from '../../core/sentences.js';
import { readRow, tablesIn } from '../../core/table-rows.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import { wantedKinds } from './answer-kinds.js';
import { coverage, presentStems, type Weigh } from './score-evidence.js';
import { askedVoter } from './voter-not-printed.js';

const proposalNamed = /\b(?:amendments?|motions?)\b/i;

/**
 * "Did the amendment on X get through?", "was the motion carried?", "how many voted against the amendment?", "how did
 * Mr X vote on Y?":
 * the result of one proposal's vote, not the item's decision. "What did the amendment propose?" asks for its
 * text, not its vote.
 */
export function asksAboutProposal(question: string): boolean {
  // "How did Mr Tremayne vote on restoring the evening buses?": a member's own vote is cast on a proposal, however
  // the question names it.
  if (!proposalNamed.test(question)) return askedVoter(question) !== undefined;
  const kinds = wantedKinds(question);
  return (
    kinds.has('outcome') ||
    (kinds.has('count') && /\bvot(?:e|es|ed|ing)\b/i.test(question)) ||
    askedVoter(question) !== undefined ||
    askedSide(question) !== undefined
  );
}

// "Who abstained on the amendment?", "who voted against the motion?": the names on one side of the vote answer.
const sideAsked = /\bwho\b[^?]*?\b(?:voted\s+(for|in favou?r|against)|(abstain)(?:ed)?)\b/i;

/** The side of a recorded vote whose names the question asks for, as its label is printed ("For", "Against", "Abstain"). */
function askedSide(question: string): RegExp | undefined {
  const match = sideAsked.exec(question);
  if (!match) return undefined;
  if (match[2]) return /^Abstain/i;
  return /^against$/i.test(match[1]!) ? /^Against$/i : /^For$/i;
}

// "The Chairman put the amendment to the vote", "on being put to the vote", "a recorded vote was requested on the
// substantive motion and was taken as follows:": the vote begins.
const putToVote =
  /\bput (?:the )?(?:[\w-]+ )?(?:amendment|motion)\b[^.]*\bto the vote\b|\bon being put to the vote\b|\brecorded vote\b[^.]*\b(?:requested|taken|called)\b/i;
// The vote names the motion itself, not an amendment: "on the substantive motion".
const onMotion = /\b(?:substantive|original)\s+motion\b|\bon the motion\b/i;
// "Amendment lost.", "the motion was carried", "the amendment fell": the vote's result, set in bold in markdown
// minutes ("The amendment was **CARRIED**").
const outcome =
  /\b(?:amendment|motion)\s+(?:was\s+|is\s+|were\s+)?[*_]{0,2}(?:lost|carried|fell|defeated|agreed|rejected|approved|passed|not carried)\b/i;
// "Mr Cole proposed and Ms Finch seconded the following amendment": who brought the proposal.
export const proposal = /\b(?:proposed|moved)\b[^.]*\b(?:seconded|amendment|motion)\b/i;
// "For (21) Mr Aske, Ms Byre … Against (30) …": a recorded vote names everyone; the counts answer, and the
// result printed after the names ("The motion was CARRIED.").
const recordedNames =
  /\b(For|Against|Abstain(?:ed|ing|ions?)?)\s*[:(]\s*(\d+)\s*\)?[^()]*?(?=\b(?:For|Against|Abstain\w*)\s*[:(]\s*\d|\b(?:Amendment|Motion)\b|\bThe\s+(?:substantive\s+)?(?:motion|amendment)\b|$)/g;
// A passage opening inside a side's list of names, carried over from the passage before: "Mr Aske, Ms Byre … Against (30)".
const namesCarriedOver =
  /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+)?[\p{L}'’-]+,?\s+){3,}(?=(?:For|Against|Abstain\w*)\s*[:(]\s*\d)/u;
const namedMember = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+\p{Lu}/u;
// A member by title and surname, the surname captured: "Mr Hood", "Councillor O'Brien", "Mr R. Hood".
export const person = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+)?([A-Z][\p{L}'’-]+)/gu;

// "Mr Hook's amendment", "Cllr Quill's motion": a proposal the question names by the member who moved it.
const ownedProposal =
  /\b(?:mr|mrs|ms|miss|mx|dr|cllr|councillor)\.?\s+([\p{L}][\p{L}-]+)['’]s\s+(?:amendment|motion)\b/iu;

/** Whether a sentence bringing a proposal names the member as its mover, not only as its seconder. */
function movedBy(text: string, surname: string): boolean {
  if (!proposal.test(text)) return false;
  // "Mr Passmore proposed and Mr Hook seconded": the names before the verb; "proposed by Cllr Ede, seconded by …":
  // those before the seconder.
  const before = /^(.*?)\b(?:proposed|moved)\b(?!\s+by\b)/is.exec(text)?.[1];
  const mover = before && new RegExp(person.source, 'u').test(before) ? before : text.split(/\bseconded\b/i)[0]!;
  return [...mover.matchAll(person)].some((match) => match[1]!.toLowerCase() === surname.toLowerCase());
}

export interface ItemSegment {
  /** Index of the chunk, in the item's order, the segment was read from. */
  chunkIndex: number;
  segment: Segment;
}

/**
 * The vote on the proposal the question asks about, read from one minute item's chunks in order. An
 * item may record several amendments, each set out and then voted on, before the substantive motion
 * and its Resolved list: the answer to "did the amendment get through" is the vote that closes the
 * amendment's own text, with the sentence saying who proposed it. The amendment is the one whose text
 * (and proposer) covers most of the question; a party or group the question names counts as printed
 * when the item names its member ("the Leader of the Green Group, Mr Holt") as the proposer.
 * Asked how one member voted, the side whose names hold that member answers, its names kept; a recorded vote
 * naming the member on no side gives an empty answer: the member did not vote, and the result is not theirs.
 */
export function selectProposalVote(
  itemChunks: Chunk[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
): ItemSegment[] | undefined {
  const sequence = readOnce(itemChunks);
  const blocks: { text: ItemSegment[]; vote: ItemSegment[] }[] = [];
  let blockStart = 0;
  for (let index = 0; index < sequence.length; index += 1) {
    const text = sequence[index]!.segment.text;
    const opens = putToVote.test(text);
    if (!opens && !outcome.test(text)) continue;
    let end = index;
    if (opens && !outcome.test(text)) {
      // The result follows the counts and the names of everyone who voted, before the next proposal.
      const rest = sequence.slice(index + 1);
      const next = rest.findIndex((item) => proposal.test(item.segment.text) || putToVote.test(item.segment.text));
      const closing = rest
        .slice(0, next === -1 ? undefined : next)
        .findIndex((item) => outcome.test(item.segment.text));
      if (closing >= 0) end = index + 1 + closing;
    }
    // The proposal's own text runs from the sentence bringing it; what comes before is the debate.
    const since = sequence.slice(blockStart, index);
    const brought = since.findLastIndex((item) => proposal.test(item.segment.text));
    blocks.push({
      text:
        brought === -1 && onMotion.test(text)
          ? motionMoved(sequence.slice(0, index))
          : since.slice(Math.max(0, brought)),
      vote: sequence.slice(index, end + 1),
    });
    blockStart = end + 1;
    index = end;
  }
  const itemText = sequence.map((item) => item.segment.text).join(' ');
  const scored = ofTheKindAsked(blocks, analysis.question).map((block) => {
    const proposers = block.text.filter((item) => proposal.test(item.segment.text));
    // "Ms Sallow moved that … A recorded vote was taken:": a vote opened in the sentence bringing the proposal
    // holds the proposal's own words.
    const opener = block.vote.slice(0, 1).filter((item) => proposal.test(item.segment.text));
    const stems = presentStems(
      [...block.text, ...opener].map((item) => item.segment.text).join(' '),
      analysis.expansions,
    );
    for (const stem of analysis.namedStems) {
      if (!stems.has(stem) && proposers.some((item) => namesMemberOf(stem, item.segment.text, itemText, analysis)))
        stems.add(stem);
    }
    // Two votes on one text (an amendment lost, then the motion it would have changed): the vote's own words
    // ("a recorded vote on the substantive motion") tell which one the question asks about.
    const voteStems = presentStems(block.vote.map((item) => item.segment.text).join(' '), analysis.expansions);
    const tieBreak = coverage(analysis.stems, new Set([...stems, ...voteStems]), weigh);
    return { block, proposers, score: coverage(analysis.stems, stems, weigh), tieBreak };
  });
  const best = scored.reduce<(typeof scored)[number] | undefined>(
    (top, candidate) =>
      candidate.score > (top?.score ?? 0) || (top && candidate.score === top.score && candidate.tieBreak > top.tieBreak)
        ? candidate
        : top,
    undefined,
  );
  if (!best) return undefined;
  // "How many voted for Mr Hook's amendment?" when Mr Hook only seconded another's: no amendment of his was voted on.
  const owner = ownedProposal.exec(analysis.question)?.[1];
  if (owner && !sequence.some((item) => movedBy(item.segment.text, owner))) return [];
  const voter = askedVoter(analysis.question);
  const side = askedSide(analysis.question);
  const printed = joinedByChunk(best.block.vote, itemChunks);
  const vote = printed.map((item) => ({
    ...item,
    segment: { ...item.segment, text: withoutNameLists(item.segment.text, voter, side) },
  }));
  const gridded = printed.some(({ segment }) => voteGrids(segment.text).length > 0);
  if (voter && (recordsNames(best.block.vote) || gridded) && !vote.some((item) => voter.test(item.segment.text)))
    return [];
  // "How did Supervisor Quill vote on the ordinance?" names no proposal: a vote not naming the member answers
  // neither how they voted nor which proposal was meant; the item's other lines are left to say.
  if (voter && !proposalNamed.test(analysis.question) && !vote.some((item) => voter.test(item.segment.text)))
    return undefined;
  // Who brought it, when the same passage says so; another passage's citation would hold no result.
  const proposer = best.proposers.slice(-1).filter((item) => item.chunkIndex === vote[0]?.chunkIndex);
  return [...proposer, ...vote];
}

/**
 * "How many voted for the motion?" after several amendments to it were voted on: the vote on the motion, not on
 * an amendment whose text names the motion too, and the other way round. A question naming both, or neither
 * kind among the votes, weighs them all.
 */
function ofTheKindAsked<Block extends { vote: ItemSegment[] }>(blocks: Block[], question: string): Block[] {
  const asksAmendment = /\bamendments?\b/i.test(question);
  const asksMotion = /\bmotions?\b/i.test(question);
  if (asksAmendment === asksMotion) return blocks;
  const onAmendment = (block: Block) => /\bamendment\b/i.test(block.vote[0]?.segment.text ?? '');
  const asked = blocks.filter((block) => onAmendment(block) === asksAmendment);
  return asked.length > 0 ? asked : blocks;
}

/**
 * A vote on the substantive motion after its amendments were voted on: its text is the motion as first moved,
 * the proposal that brought no amendment.
 */
function motionMoved(before: ItemSegment[]): ItemSegment[] {
  const moved = before.find((item) => proposal.test(item.segment.text) && !/\bamendment\b/i.test(item.segment.text));
  return moved ? [moved] : [];
}

/** A recorded vote runs over several pieces of one long sentence; each passage's pieces quoted whole, as printed. */
function joinedByChunk(vote: ItemSegment[], itemChunks: Chunk[]): ItemSegment[] {
  const byChunk = new Map<number, Segment>();
  for (const { chunkIndex, segment } of vote) {
    const joined = byChunk.get(chunkIndex);
    byChunk.set(chunkIndex, joined ? { ...joined, end: segment.end } : segment);
  }
  return [...byChunk.entries()].map(([chunkIndex, segment]) => ({
    chunkIndex,
    segment: { ...segment, text: itemChunks[chunkIndex]!.text.slice(segment.start, segment.end) },
  }));
}

/**
 * Each sentence once: neighbouring chunks overlap, so the sentences that end one open the next. Only
 * a chunk's opening is compared: "Amendment lost." recurs after every vote and each one counts.
 */
function readOnce(itemChunks: Chunk[]): ItemSegment[] {
  const key = (segment: Segment) => segment.text.replace(/\s+/g, ' ').trim();
  let previous = new Set<string>();
  return itemChunks.flatMap((chunk, chunkIndex) => {
    const segments = splitSegments(chunk.text);
    const repeated = segments.findIndex((segment) => !previous.has(key(segment)));
    const fresh = segments.slice(repeated === -1 ? segments.length : repeated);
    previous = new Set(segments.map(key));
    return fresh.map((segment) => ({ chunkIndex, segment }));
  });
}

/**
 * Whether the proposer sentence names someone the item ties to the named stem: the question says
 * "the Greens' amendment", the minutes say "the Leader of the Green Group, Mr Holt" early in the
 * item and "Mr Holt proposed" where the amendment is set out.
 */
function namesMemberOf(stem: string, proposerText: string, itemText: string, analysis: QuestionAnalysis): boolean {
  const members = new Set<string>();
  for (const sentence of itemText.split(/(?<=[.;])\s+/)) {
    if (!presentStems(sentence, analysis.expansions).has(stem)) continue;
    for (const match of sentence.matchAll(person)) members.add(match[1]!);
  }
  return [...proposerText.matchAll(person)].some((match) => members.has(match[1]!));
}

/**
 * "For (21) Mr Aske, … Against (30) …" read as "For (21) … Against (30) …": the counts are the answer. Asked
 * how one member voted, the side naming that member keeps its names; asked who voted one way, that side does.
 */
function withoutNameLists(text: string, voter?: RegExp, asked?: RegExp): string {
  return (voter ? votersRow(text, voter) : text)
    .replace(namesCarriedOver, (names) => (voter?.test(names) ? names : '… '))
    .replace(recordedNames, (whole, side: string, count: string) =>
      voter?.test(whole) || asked?.test(side) ? `${whole.trim()} ` : `${side} (${count}) … `,
    )
    .trim();
}

/**
 * A recorded vote printed as a grid ("Member | For | Against | Abstain", a mark under one column a row): asked how
 * one member voted, that member's row read under the header ("Mr L Draycott — Against") stands for the grid;
 * the other members' rows answer nothing. A grid not naming the member goes whole.
 */
function votersRow(text: string, voter: RegExp): string {
  let read = text;
  for (const table of voteGrids(text).reverse()) {
    const first = table.rows[0]!;
    const last = table.rows.at(-1)!;
    const headerStart = text.lastIndexOf('\n', first.start - 2) + 1;
    const row = table.rows.find((candidate) => voter.test(candidate.cells[0] ?? ''));
    const kept = row ? `${readRow(row.cells, table.header)}.` : '';
    read = `${read.slice(0, headerStart)}${kept}${read.slice(last.start + last.text.length)}`;
  }
  return read;
}

// A grid's columns are the sides of a vote.
const voteColumn = /^(?:for|against|abstain\w*|in favou?r)$/i;

/** The grids of a passage whose columns are the sides of a vote, each row a member. */
function voteGrids(text: string) {
  return tablesIn(text).filter(
    (table) =>
      table.header.filter((name) => voteColumn.test(name)).length >= 2 &&
      // A grid printed as two groups of members repeats its header over the second group.
      table.rows.every(
        (row) => namedMember.test(row.cells[0] ?? '') || row.cells.join('\t') === table.header.join('\t'),
      ),
  );
}

/** Whether the vote lists who voted each way, not only its counts. */
function recordsNames(vote: ItemSegment[]): boolean {
  const text = vote.map((item) => item.segment.text).join(' ');
  return [...text.matchAll(recordedNames)].some((match) => namedMember.test(match[0]));
}
