import type { Chunk } from '../../core/chunk.js';
import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { splitSegments } from '../../core/sentences.js';
import { type ItemSegment, person, proposal } from './amendment-vote.js';

// "What amendment did Mr Hood move?", "what did Mr Brady's amendment propose?": the amendment's own words, not its vote.
const amendmentTextAsked =
  /\bwhat\b[^?]*\bamendment\b[^?]*\b(?:move|moved|propose|proposed|put forward|say|said|want|wanted|seek|sought|change|changed)\b|\bwhat\b[^?]*\b(?:moved|proposed|put forward)\b[^?]*\bamendment\b/i;
// A question asking the vote or its result ("was the amendment carried", "how many voted") is answered by the vote.
const voteAsked = /\bvot(?:e|ed|es|ing)\b|\b(?:carried|lost|passed|defeated|agreed|rejected)\b/i;
// "Mr Hood proposed and Mr Baldock seconded the following amendment": who brought the amendment.
const bringsAmendment = /\b(?:proposed|moved)\b[^.]*\bamendment\b/i;
// Where the amendment's text ends: its vote, or the next proposal.
const endsAmendment = new RegExp(String.raw`\bto the vote\b|\bon being put\b|${proposal.source}`, 'i');
// Numbering and quotation marks do not change what a line says: "(5) (3) Expects …”" is "Expects …".
const numbering = /^(?:\s*(?:\(\w{1,3}\)|\w{1,3}[.)])\s+)+|[“”"]/g;

/** Whether the question asks what a named member's amendment said, rather than how it was voted on. */
export function asksAmendmentText(question: string): boolean {
  return amendmentTextAsked.test(question) && !voteAsked.test(question);
}

// A member named with a title in the question, typed in any case: "mr oakford", "Cllr Quill".
const titledMember = /\b(?:mr|mrs|ms|miss|mx|dr|cllr|councillor)\.?\s+\p{L}/iu;

/**
 * The words of the amendment the question names by its mover, read from one minute item's chunks in order: the
 * sentence bringing it and the lines of its text that no earlier text of the item printed. An amendment usually
 * restates the whole motion; what it changes is what it says. Empty when the item's amendments were all brought
 * by others than the member the question names (that member moved none here); undefined when the item brings
 * no amendment, or the question names no member.
 */
export function selectAmendmentChanges(itemChunks: Chunk[], question: string): ItemSegment[] | undefined {
  const sequence = itemChunks.flatMap((chunk, chunkIndex) =>
    splitSegments(chunk.text).map((segment) => ({ chunkIndex, segment })),
  );
  const brought = sequence.findIndex(
    ({ segment }) =>
      bringsAmendment.test(segment.text) && moverNamed(segment.text.split(/\bseconded\b/i)[0]!, question),
  );
  if (brought === -1) {
    const others = sequence.some(({ segment }) => bringsAmendment.test(segment.text));
    return others && titledMember.test(question) ? [] : undefined;
  }
  const seen = new Set(sequence.slice(0, brought).map(({ segment }) => plain(segment.text)));
  const after = sequence.slice(brought + 1);
  const end = after.findIndex(({ segment }) => endsAmendment.test(segment.text));
  const changes = after.slice(0, end === -1 ? undefined : end).filter(({ segment }) => {
    const line = plain(segment.text);
    if (line.length < 20 || seen.has(line)) return false;
    seen.add(line);
    return true;
  });
  return changes.length > 0 ? [sequence[brought]!, ...changes] : undefined;
}

function moverNamed(text: string, question: string): boolean {
  return [...text.matchAll(person)].some((match) =>
    new RegExp(String.raw`\b${escapeRegExp(match[1]!)}\b`, 'i').test(question),
  );
}

function plain(text: string): string {
  return text.replace(numbering, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
