import type { Span } from '../core/paper.js';

// "Resolution No. 2032-064 Moved by: Councillor Valcourt Seconded by: Deputy Reeve Ostrander THAT staff be …": a
// Canadian resolution's number, mover and seconder printed on lines above its wording.
// Its wording opens on a capital, where a sentence that names its mover goes on into a lower-case "…, that the report
// be noted", which is kept whole.
const preamble =
  /^(?:[Rr]esolution\s+[Nn]o\.?\s*[\w/.-]*\d[\w/.-]*\s+)?[Mm]oved\s+[Bb]y\b:?[^:]{1,80}?\s+[Ss]econded\s+[Bb]y\b:?[^:]{1,80}?\s+(?=T(?:HAT|hat)\b)/;

/**
 * A motion as a digest or an actions list shows it: from its wording ("THAT staff be directed …"), not from its
 * number, mover and seconder, which say who moved it, not what was decided (the cited passage still names them).
 * The span is moved to the wording too, when the document's text is at hand, so the citation quotes it.
 */
export function motionWording<Decision extends Span & { text: string }>(decision: Decision, text?: string): Decision {
  const match = preamble.exec(decision.text);
  if (!match) return decision;
  const wording = decision.text.slice(match[0].length);
  if (text === undefined) return { ...decision, text: wording };
  const slice = text.slice(decision.start, decision.end);
  const seconded = /seconded\s+by\b/i.exec(slice);
  const that = seconded ? /\bT(?:HAT|hat)\b/.exec(slice.slice(seconded.index)) : null;
  if (!seconded || !that) return { ...decision, text: wording };
  return { ...decision, text: wording, start: decision.start + seconded.index + that.index };
}
