import { personTitles } from './answer-kinds.js';

// A list of who sat under its label: "Present:", "Apologies for absence –", "In attendance:", "Hearing panel:".
const labelledList =
  /^\W*(?:(?:also |members )?present|apologies(?: for absence)?|in attendance|attendance|those attending|absent|(?:[\p{L}-]+\s+){0,3}(?:panel|members))\s*[:–-]/iu;
// "Councillor A (Chair), Councillor B": titled names, one marked as chairing.
const chairMarked = /\((?:chair(?:man|person|woman)?|vice[- ]chair|in the chair)\)/i;
const titledName = new RegExp(String.raw`\b(?:${personTitles}|Cllrs)\.?\s+[A-Z]`, 'g');

/**
 * Asked what a body decided, where no line records a decision, lines that only list who sat ("Hearing panel:
 * Councillor A (Chair), Councillor B", "Present: …") say who was there, not what was decided: quoting them under
 * "no resolution found" reads as an answer about the people named, which the papers do not give. A sentence
 * that uses "present" of something else ("would visit to present their work") is no such list.
 */
export function quotesOnlyAttendance(lines: readonly { text: string }[]): boolean {
  return (
    lines.length > 0 &&
    lines.every(
      ({ text }) => labelledList.test(text) || (chairMarked.test(text) && (text.match(titledName)?.length ?? 0) >= 2),
    )
  );
}
