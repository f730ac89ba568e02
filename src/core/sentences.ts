import { isPipeRow } from './table-rows.js';

export interface Segment {
  /** Offsets into the chunk text. */
  start: number;
  end: number;
  text: string;
}

// A stop after a title before a name ("Cllr. Byrne", "Mr. Okafor") does not end the sentence.
const sentenceBreak = /(?<=[a-z0-9)%"”’'][.!?])(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|Prof|Rev|Hon|St|Nos?)\.)\s+(?=[A-Z0-9"“‘(])/g;
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
    const continues =
      previous &&
      !/[.:;!?]\s*$/.test(previous.text) &&
      !raw.includes('\t') &&
      // A pipe table's row is read with its header, never run into the row or the line before it.
      !isPipeRow(raw) &&
      !isPipeRow(previous.text) &&
      // A resolution's recitals end "…; and" and each opens on its own "WHEREAS": one ground each, not one sentence.
      !recital.test(raw) &&
      // A line opening on a label ("(b) Delegate …") starts the next item of a list, not the rest of a sentence.
      ((/^\s*[a-z(]/.test(raw) && !opensPiece.test(raw)) || wrappedAtWidth(previous.text, raw));
    if (continues) {
      previous.end = start + raw.length;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      lines.push({ start, end: start + raw.length, text: raw });
    }
  }
  // A pipe table's row stays whole, however long: its cells are read against its header's.
  return lines
    .flatMap((line) => (line.text.length > maxSegment && !isPipeRow(line.text) ? sentencesOf(line) : [line]))
    .map(trimSegment);
}

const recital = /^\W*WHEREAS\b/;

// A line of a printed page's width; a heading or a label is shorter.
const printedWidth = 60;
// Lines that open a new piece however the one before ends: list items, numbered paragraphs, headings, table rows.
// A PDF text layer prints a word processor's second-level bullet as a lone "o" (or "◦", "▪"): in lower case
// only, as no sentence opens on a lone "o", while a capital "O" may be a name's ("O Brien") read without its mark.
const opensPiece = /^\s*(?:[-•*◦▪|#>]|o[ \t]|\(?\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s|\(?[a-zA-Z]{1,4}\)\s|\*\*)/;

/**
 * A text layer wraps sentences at the page's width, sometimes with a blank line between the pieces
 * ("…the survey starts on Monday 4th March at" / "10:30 a.m."): a full-width line that
 * ends on a comma or a word that needs what follows continues on the next, whatever its first letter,
 * unless that line opens a new piece. A full-width line ending on a noun continues too when it reads as
 * prose ("…agreed to adopt the Revised" / "Harbour Plan at …"); a name under a label ("Report Authors:")
 * is mostly capitalised words and stays apart.
 */
function wrappedAtWidth(previous: string, line: string): boolean {
  const last = previous.slice(previous.lastIndexOf('\n') + 1).trim();
  if (headingRunsOn(last, line.trim())) return true;
  if (last.length < printedWidth || /^(?:[#|]|\*\*)|\*\*$|\|$/.test(last)) return false;
  // Only a line that cannot end a sentence: one ending on a comma or a word that needs what follows,
  // or a line of running prose ending on a word.
  const needsMore = /(?:,|\b(?:at|the|of|to|and|or|a|an|in|on|for|by|with|from|that|than|as|is|was|were|be|are))$/i;
  const endsOnWord = /[\p{L}\d]$/u.test(last);
  // Two full-width lines of running prose, the first ending on a word ("…dated 10th" / "September, 2014,
  // enclosing … in"): one sentence wrapped, where a heading or a name under a label would be short.
  const proseRunsOn =
    endsOnWord && line.trim().length >= printedWidth && readsAsProse(`${last} ${line}`, wrappedProseShare);
  if (!needsMore.test(last) && !(endsOnWord && readsAsProse(last)) && !proseRunsOn) return false;
  return /^\s*[A-Z0-9£$€"“‘]/.test(line) && !opensPiece.test(line);
}

/**
 * A heading in capitals broken into short lines ("MINUTES OF PROCEEDINGS AT MEETING OF" / "METROPOLITAN DISTRICT
 * … ON" / "MONDAY, 15" / "TH SEPTEMBER, 2014"): a capitals line ending on a joining word or a day goes on.
 */
function headingRunsOn(last: string, line: string): boolean {
  if (!isCapitals(last) || !isCapitals(line)) return false;
  return (
    /\b(?:OF|THE|ON|AT|IN|AND|TO|FOR|BY|HELD)$/.test(last) || (/\d$/.test(last) && /^(?:ST|ND|RD|TH)\b/.test(line))
  );
}

function isCapitals(text: string): boolean {
  // Every line pair of every passage is asked: a lower-case letter, the usual case, answers at once.
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

// Running prose is mostly lower-case words; names, titles and headings are mostly capitalised. Over two full
// lines a lower share still reads as prose: an officer's title and a date take half a line of capitals.
const proseShare = 0.6;
const wrappedProseShare = 0.4;

function readsAsProse(line: string, share = proseShare): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 8 && lower / words.length >= share;
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
  return (
    text
      .replace(/<sup>(\w+)<\/sup>/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\*\*|__/g, '')
      // Markdown escapes written by converters (a backslash before "*" or "."): not part of what the paper says.
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/^\s*(?:#{1,6}\s*|[-•*◦▪]\s+|o[ \t]+)+/, '')
      .replace(/\t+/g, ' · ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
