import { shownKinds } from './answer-kinds.js';

/**
 * Asked what a body decided, where no line records a decision, lines that only list who sat ("Hearing panel:
 * Councillor A (Chair), Councillor B", "Present: …") say who was there, not what was decided: quoting them under
 * "no resolution found" reads as an answer about the people named, which the papers do not give.
 */
export function quotesOnlyAttendance(lines: readonly { text: string }[]): boolean {
  return (
    lines.length > 0 &&
    lines.every((line) => {
      const shown = shownKinds(line.text);
      return shown.has('attendance') && !shown.has('outcome');
    })
  );
}
