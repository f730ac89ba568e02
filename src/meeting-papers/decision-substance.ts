import type { Span } from '../core/paper.js';
import { motionWording } from './motion-wording.js';

type Decision = Span & { text: string };

// Who proposed and seconded, and that it passed: "The motion was proposed by Cllr. Reddan, seconded by Cllr.
// Quirke, and agreed." says a motion passed, not what it was.
const names =
  /\b(?:(?:Cllrs?|Councill?ors?|Councilmembers?|Cr|Mr|Mrs|Ms|Miss|Dr|(?:Deputy\s+|Vice\s+)?Mayor)\.?\s+)+(?:(?:[A-Z]\.\s*)*[\p{Lu}][\p{L}'’-]*\s*)+|\b[A-Z]{2,3}\b/gu;
const procedureWords =
  /\b(?:the|a|motion|proposal|recommendation|was|were|is|it|this|and|by|proposed|seconded|moved|prop|2nd|agreed|carried|adopted|passed|unanimously|all|in|favour|favor|members|councillors|resolved|put|vote|to|then)\b/gi;
// The motion's own words earlier in the item: quoted ("…was considered: "That this District requests …""), or an
// Irish notice of motion ("I will move at the next Meeting for …", OCR'd "| will move").
const quotedMotion = /[“"]\s*((?:That|To)\b[^”"]{10,}?)\s*[”"]/g;
const noticeOfMotion = /(?:^|\n)[ \t]*(?:[I|!l1][ \t]+will[ \t]+move\b[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)/g;
// Running the meeting itself: "proposed closing the meeting", "the meeting be re-opened for council business".
const meetingProcedure =
  /\b(?:clos(?:e|ing)\s+the\s+meeting|re-?open(?:ing)?\s+the\s+meeting|meeting\s+(?:be\s+|was\s+)?(?:re-?opened|closed|adjourned)|adjourn(?:ing)?\s+the\s+meeting|suspen(?:d|ding|sion\s+of)\s+standing\s+orders)\b/i;
const shortDecision = 240;

/**
 * What a decision decided, for a reader of a digest: a bare "proposed …, seconded …, and agreed" is shown with the
 * motion it carried, quoted earlier in its item; a vote that only closed, opened or adjourned the meeting is no
 * decision at all (undefined); a motion printed under its number, mover and seconder is shown from its wording.
 * Anything else is returned as it is.
 */
export function decisionSubstance(text: string, itemBodyStart: number, moved: Decision): Decision | undefined {
  const decision = motionWording(moved, text);
  const wording = decision.text.replace(/\s+/g, ' ').trim();
  if (wording.length <= shortDecision && meetingProcedure.test(wording)) return undefined;
  if (!onlyProcedure(wording)) return decision;
  const before = text.slice(itemBodyStart, decision.start);
  const motion = [...before.matchAll(quotedMotion)].at(-1) ?? [...before.matchAll(noticeOfMotion)].at(-1);
  if (!motion) return decision;
  const quoted = motion[1] ?? motion[0];
  const start = itemBodyStart + motion.index + motion[0].indexOf(quoted.trimStart().charAt(0));
  return { text: `${quoted.replace(/\s+/g, ' ').trim()} — ${wording}`, start, end: decision.end };
}

function onlyProcedure(wording: string): boolean {
  const rest = wording.replace(names, ' ').replace(procedureWords, ' ');
  return !/\p{L}{3,}/u.test(rest);
}
