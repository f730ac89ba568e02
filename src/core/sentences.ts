export interface Segment {
  /** Offsets into the chunk text. */
  start: number;
  end: number;
  text: string;
}

const sentenceBreak = /(?<=[a-z0-9)%"”’'][.!?])\s+(?=[A-Z0-9"“‘(])/g;
const maxSegment = 320;

/**
 * Splits a passage into quotable pieces: list items and lines, re-joining lines the PDF converter
 * broke mid-sentence, and cutting long paragraphs into sentences.
 */
export function splitSegments(text: string): Segment[] {
  const lines: Segment[] = [];
  let position = 0;
  for (const raw of text.split('\n')) {
    const start = position;
    position += raw.length + 1;
    if (raw.trim() === '') continue;
    const previous = lines.at(-1);
    const continues = previous && /^\s*[a-z(]/.test(raw) && !/[.:;!?]\s*$/.test(previous.text) && !raw.includes('\t');
    if (continues) {
      previous.end = start + raw.length;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      lines.push({ start, end: start + raw.length, text: raw });
    }
  }
  return lines.flatMap((line) => (line.text.length > maxSegment ? sentencesOf(line) : [line])).map(trimSegment);
}

function sentencesOf(line: Segment): Segment[] {
  const pieces: Segment[] = [];
  let start = 0;
  for (const match of line.text.matchAll(sentenceBreak)) {
    pieces.push({
      start: line.start + start,
      end: line.start + match.index,
      text: line.text.slice(start, match.index),
    });
    start = match.index + match[0].length;
  }
  pieces.push({ start: line.start + start, end: line.end, text: line.text.slice(start) });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

function trimSegment(segment: Segment): Segment {
  const leading = segment.text.length - segment.text.trimStart().length;
  const trimmed = segment.text.trim();
  return { start: segment.start + leading, end: segment.start + leading + trimmed.length, text: trimmed };
}

/** Segment text as a reader should see it: no markdown emphasis, HTML tags or bullet marks. */
export function readableSegment(text: string): string {
  return text
    .replace(/<sup>(\w+)<\/sup>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#{1,6}\s*|[-•]\s*)+/, '')
    .replace(/\t+/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim();
}
