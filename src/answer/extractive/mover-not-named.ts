import { contentTerms } from '../../core/tokenize.js';

// "Who seconded / proposed / moved …": asks for the member who put or backed a motion.
const asksMover =
  /\bwho\s+(?:seconded|second|proposed|propose|moved|move|put forward)\b|\bwho was the (?:seconder|proposer|mover)\b/i;
// How minutes print a mover or seconder: "proposed by", "seconded Cllr …", "on the proposal of", "moved by",
// "the mover", "Proposer: …".
// "Second-hand" or "a second consultation" is no seconder, nor "moved to adult services" a mover.
const namesMover =
  /\b(?:second(?:ed|er|ing)|propos(?:ed|er|al|ing)|moved (?:by|that|the)|mover)\b|\bon the motion of\b/i;
// The asking words themselves say nothing of which motion is meant.
const moverStems = new Set(
  contentTerms('seconded second seconder proposed propose proposer moved move mover put forward'),
);

/** "Who seconded the minutes on 4 May?" asks for one motion's mover, not for what the meeting did. */
export function asksForMover(question: string): boolean {
  return asksMover.test(question);
}

/** A quoted line, with the item heading it sits under and the body and council whose paper it is. */
export interface QuotedLine {
  text: string;
  heading: string;
  body: string;
}

/**
 * "Who seconded the minutes?" answered only by lines that name no proposer or seconder of the motion asked
 * about: many minutes record a resolution ("RESOLVED that the minutes were a correct record") without them, and
 * quoting the item's other lines, or another item's seconder ("seconded by Cllr Quayle" on the mooring fees),
 * reads as an answer that is not there. The motion is asked about by the question's topic words: a mover's
 * line answers when it or its item heading prints one of them.
 */
export function omitsMoverAsked(question: string, lines: QuotedLine[], topicStems: string[]): boolean {
  if (!asksForMover(question) || lines.length === 0) return false;
  const topic = topicStems.filter((stem) => !moverStems.has(stem));
  return !lines.some((line) => {
    if (!namesMover.test(line.text)) return false;
    // Whose paper it is ("kent", "harbour board") says where, not which motion.
    const body = new Set(contentTerms(line.body));
    const asked = topic.filter((stem) => !body.has(stem));
    if (asked.length === 0) return true;
    const printed = new Set(contentTerms(`${line.heading} ${line.text}`));
    return asked.some((stem) => printed.has(stem));
  });
}
