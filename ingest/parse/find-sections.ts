import type { Line } from '../../src/core/lines.js';
import type { Section } from '../../src/core/paper.js';
import { trimEnd } from './parse-minutes.js';

/** Splits a part into headed sections; text before the first heading becomes an untitled section. */
export function findSections(text: string, lines: Line[], fallbackHeading: string): Section[] {
  if (lines.length === 0) return [];
  const end = lines.at(-1)!.end;
  const headings = lines.filter(isHeading);
  const sections: Section[] = [];
  const firstHeadingStart = headings[0]?.start ?? end;
  if (firstHeadingStart > lines[0]!.start && text.slice(lines[0]!.start, firstHeadingStart).trim() !== '') {
    sections.push({
      heading: fallbackHeading,
      start: lines[0]!.start,
      end: trimEnd(text, lines[0]!.start, firstHeadingStart),
    });
  }
  headings.forEach((heading, position) => {
    const sectionEnd = trimEnd(text, heading.start, headings[position + 1]?.start ?? end);
    sections.push({ heading: heading.clean.replace(/:$/, ''), start: heading.start, end: sectionEnd });
  });
  return sections.filter((section) => section.end > section.start);
}

function isHeading(line: Line): boolean {
  const { raw, clean } = line;
  if (clean.length < 3 || clean.length > 110) return false;
  if (/^\s*#{1,6}\s+\S/.test(raw)) return true;
  if (/^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(raw) && !/[.;]$/.test(clean)) return true;
  // "ITEM 5    33/00412/FUL   Land north of Gorse Lane": an update sheet heads each application it updates by its
  // agenda item, the label set apart from what follows; "Item 5 was deferred" is a sentence.
  if (/^\s*(?:ITEM|Item)\s+\d{1,3}(?:\s*[:.–—-]\s+|\s{2,})\S/.test(raw)) return true;
  return /^\d{1,2}\.\s+[A-Z][A-Za-z ,&'’()/\-–]{2,80}$/.test(clean);
}
