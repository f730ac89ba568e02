import type { Chunk } from '../../core/chunk.js';
import type { Segment } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';

/** A report's numbered heading alone on its line ("12. Appendices", "13 Contact details"). */
const numberedHeading = /^\s*\d+(?:\.\d+)*\.?\s+\p{Lu}[^.:;]{0,60}$/u;
const sectionNumber = /^\W*\d+(?:\.\d+)*\.?\s*/;
/** A line longer than this is a paragraph of prose, not an entry of a list. */
const longestEntry = 300;
/** Entries quoted at most, so a long list does not fill the answer. */
const mostEntries = 8;

/** Whether a segment is a whole line of the passage, not one sentence of a paragraph. */
function isWholeLine(text: string, segment: Segment): boolean {
  return (
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, segment.start - 40), segment.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(segment.end, segment.end + 40))
  );
}

/**
 * Asked what a report section lists by its heading's own words ("what background documents are listed?",
 * "which appendices come with it?"), the answer is every entry under that heading, not the one that happens
 * to share a word with the question: the entries are titles that repeat none of it. Only a section of short
 * whole lines reads as a list; a section of paragraphs (the options, the implications, sentences running on
 * within a line) is ranked sentence by sentence as before. The section ends at the next numbered heading.
 */
export function linesOfAskedSection<T extends Segment>(
  segment: T,
  lines: readonly T[],
  chunk: Chunk,
  questionStems: readonly string[],
): T[] {
  const title = chunk.section;
  if (!title) return [];
  const titleStems = contentTerms(title.replace(sectionNumber, ''));
  if (titleStems.length === 0 || !titleStems.every((stem) => questionStems.includes(stem))) return [];
  const headingAt = chunk.text.indexOf(title);
  if (headingAt < 0) return [];
  const headingEnd = headingAt + title.length;
  const entries: T[] = [];
  for (const line of [...lines].sort((a, b) => a.start - b.start)) {
    if (line.start < headingEnd) continue;
    if (numberedHeading.test(line.text)) break;
    if (line.text.length > longestEntry || !isWholeLine(chunk.text, line)) return [];
    entries.push(line);
  }
  const sectionEnd = entries.at(-1)?.end ?? headingEnd;
  if (entries.length < 2 || segment.start < headingAt || segment.start >= sectionEnd) return [];
  return entries.slice(0, mostEntries).filter((entry) => entry.start !== segment.start);
}
