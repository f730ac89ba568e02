import { speakerOf } from '../../src/core/speaker-turns.js';

// The time of a moment in a recording: "0:03", "12:41", "01:02:33", "00:00:04.120".
const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// Teams and Otter head each turn with the speaker and the time on a line of their own ("Jane Doe   0:03",
// "Speaker 1  0:03", "[Jane Doe] 10:02:33"), the words on the lines below. The name is a few words, each
// capitalised or a number, set off from the time by two spaces, a tab or its brackets.
const turnHeading = new RegExp(
  String.raw`^(?:\[([^\]\n]{2,60})\][ \t]+|([A-Z\p{Lu}][\p{L}.'’-]*(?:[ \t][A-Z\p{Lu}\d][\p{L}\d.'’-]*){0,5})(?:[ \t]{2,}|\t|[ \t]*[|·-][ \t]*))(${clock})[ \t]*$`,
  'u',
);
// Zoom prints the time alone on the line above each "Name: words" turn.
const clockLine = new RegExp(String.raw`^[ \t]*\[?${clock}\]?[ \t]*$`);
// Fewer headed turns than this is a paper that happens to hold a name and a time, not an export.
const minimumTurns = 3;

/**
 * The transcript a meeting tool exports, as "Name: words" turns: Teams and Otter blocks (speaker and
 * time on one line, the words below) joined into one paragraph each, and the time lines Zoom sets above
 * its turns dropped, so a time never reads as spoken words. Other text comes back unchanged.
 */
export function meetingExportToText(text: string): string {
  const lines = text.split('\n');
  const headed = lines.flatMap((line, index) => {
    const heading = turnHeading.exec(line);
    return heading && (lines[index + 1] ?? '').trim() !== '' ? [(heading[1] ?? heading[2]!).trim()] : [];
  });
  // People speak more than once in a meeting; an agenda's timed items ("Welcome  7:00") never repeat.
  if (headed.length >= minimumTurns && new Set(headed).size < headed.length) return joinHeadedTurns(lines);
  const timed = lines.filter((_, index) => isTimeAbove(lines, index));
  if (timed.length >= minimumTurns) return lines.filter((_, index) => !isTimeAbove(lines, index)).join('\n');
  return text;
}

function isTimeAbove(lines: string[], index: number): boolean {
  return clockLine.test(lines[index]!) && speakerOf(lines[index + 1] ?? '') !== undefined;
}

function joinHeadedTurns(lines: string[]): string {
  const out: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const heading = turnHeading.exec(lines[index]!);
    const next = lines[index + 1] ?? '';
    if (!heading || next.trim() === '') {
      out.push(lines[index]!);
      index += 1;
      continue;
    }
    const speaker = (heading[1] ?? heading[2]!).trim();
    const words: string[] = [];
    index += 1;
    while (index < lines.length && lines[index]!.trim() !== '' && !turnHeading.test(lines[index]!)) {
      words.push(lines[index]!.trim());
      index += 1;
    }
    out.push(`${speaker}: ${words.join(' ')}`);
    // Turns printed without a blank line between them are set apart, one paragraph each.
    if (index < lines.length && lines[index]!.trim() !== '') out.push('');
  }
  return out.join('\n');
}
