export interface Line {
  /** Raw text of the line, without its newline. */
  raw: string;
  /** The line with markdown and HTML decoration removed, trimmed. */
  clean: string;
  start: number;
  end: number;
  index: number;
}

/** Splits text into lines that keep their offsets into the source. */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    lines.push({ raw, clean: cleanLine(raw), start, end, index });
    index += 1;
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** Strips the decoration different PDF converters add: headings, bold, HTML tags, bullets. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*[-•]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters in upper case as a share of all letters; headings in minutes are upper case. */
export function upperCaseShare(text: string): number {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return 0;
  return letters.replace(/[^A-Z]/g, '').length / letters.length;
}
