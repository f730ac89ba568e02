import type { MinuteItem, Span } from '../core/paper.js';
import { splitSegments } from '../core/sentences.js';

type Decision = Span & { text: string };

// A parish clerk's or a board's minutes record their decisions in the running text, with no "Resolved" label:
// "… and it was agreed to appoint the contractor at £600", "The council resolved to raise no objection.", "It was
// decided that plot 8 should be used as parking", "… increased by 2 hours per week; this was agreed by all".
// Not what someone "had agreed" earlier, nor what members agreed at another meeting.
const decidedInText =
  /(?<!\b(?:had|has|have)\s+)\b(?:it\s+was\s+(?:(?:then|therefore|also|further|subsequently|finally|duly|unanimously)\s+)?(?:resolved|agreed|decided)\s+(?:to|that|unanimously|by)\b|(?:this|which)\s+was\s+(?:unanimously\s+)?agreed\b|(?:the\s+)?(?:council|committee|board|pc|meeting|panel|trustees|governors)\s+(?:(?:then|therefore|also|unanimously)\s+)?(?:resolved|agreed|decided)\s+(?:to|that|unanimously)\b)/i;
// The decision opens its sentence or a clause of it ("The matter was discussed and it was agreed …", "Following
// discussion, it was agreed …"); inside a report of something else it is that story's ("Residents were confident
// that works would commence, however it was decided …").
const opensClause = /(?:^|(?:\band|[;,:])\s+)$/i;
// "Payments of £3,912.40 were approved.": a passive approval that ends its sentence; "The plans were approved by
// the district council" goes on to say it was someone else's.
const approvedAtEnd =
  /\b(?:was|were)\s+(?:(?:duly|unanimously)\s+)?(?:approved|adopted|accepted)(?:\s+(?:and\s+signed|unanimously|by\s+all))?[.!]?$/i;
// "The PC agreed that discussions … had taken place several years ago", "it was agreed … that this had been very
// useful": what is agreed to be true of the past is no decision; "agreed that the work had to be done" and "agreed
// that a reply would be sent to say the cost had been met" are.
const pastFact =
  /^[^;]*?\b(?:agreed|resolved|decided)\s+(?:(?:unanimously\s+)?by\b[^;]*?\s)?that\b(?:(?!\b(?:would|should|will|shall|must|could|may|be|to)\b)[^;])*?\b(?:had(?!\s+to\b)|(?:has|have)\s+been)\b/i;
// Scottish and board minutes: "The Board:" over "(a) noted the outturn; and" / "(b) instructed the Chief Officer …".
const bodyOverList =
  /^\s*(?:the\s+)?(?:council|committee|sub-committee|board|pc|panel|cabinet|trustees|governors)\s*:\s*$/i;
const listEntry = /^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+\S/i;
// A sentence ends at a stop before the next capital, or at a table's cell border.
const sentenceEnd = /(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|St|No))[.!?](?=\s+["“(]?[A-Z0-9])|\s\|/g;

/**
 * The decisions an item's text records in its sentences when the minutes print no resolution for it: each as the
 * sentence that records it, so a digest lists what the meeting agreed instead of calling the item discussion.
 */
export function narrativeDecisions(text: string, item: MinuteItem): Decision[] {
  const decisions: Decision[] = [];
  const segments = splitSegments(text.slice(item.bodyStart, item.end));
  for (const [index, segment] of segments.entries()) {
    const start = item.bodyStart + segment.start;
    // The list is read on with it, as a resolution ending in a colon is.
    if (bodyOverList.test(segment.text) && listEntry.test(segments[index + 1]?.text ?? '')) {
      const lead = segment.text.trim();
      const at = start + segment.text.indexOf(lead);
      decisions.push({ text: lead, start: at, end: at + lead.length });
      continue;
    }
    for (const sentence of sentencesOf(segment.text)) {
      const decided = decidedInText.exec(sentence.text);
      const opens =
        decided &&
        opensClause.test(sentence.text.slice(0, decided.index)) &&
        !pastFact.test(sentence.text.slice(decided.index));
      if (!opens && !approvedAtEnd.test(sentence.text)) continue;
      decisions.push({ text: sentence.text, start: start + sentence.start, end: start + sentence.end });
    }
  }
  return decisions;
}

function sentencesOf(text: string): Decision[] {
  const sentences: Decision[] = [];
  let from = 0;
  for (const end of [...text.matchAll(sentenceEnd), undefined]) {
    // A stop ends its sentence and stays with it; a cell border belongs to neither cell.
    const to = end ? end.index + (end[0].startsWith('.') || /^[!?]/.test(end[0]) ? 1 : 0) : text.length;
    const piece = text.slice(from, to);
    const clean = piece.replace(/^[\s|]+/, '').trimEnd();
    const start = from + piece.length - piece.replace(/^[\s|]+/, '').length;
    if (clean) sentences.push({ text: clean, start, end: start + clean.length });
    from = end ? end.index + end[0].length : text.length;
  }
  return sentences;
}
