// "Page 2", "Page 3 of 12", "- Page 4 -": a printed page's number, alone on its line.
const pageNumberLine = /^(?:-\s*)?page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?$/i;

/**
 * Text copied or converted from a printed paper keeps each page's number and running header ("Wessex Vale Fire
 * Authority - 11 February 2026" over "Page 2") in the middle of an item that runs over the page. Blanks the page
 * number lines and, next to one, a line printed more than once in the paper: the running header or footer. The
 * lines stay as empty lines, so every other line keeps its number for citations.
 */
export function blankRunningLines(text: string): string {
  const lines = text.split('\n');
  const pageLines = lines.flatMap((line, index) => (pageNumberLine.test(line.trim()) ? [index] : []));
  if (pageLines.length === 0) return text;
  const printed = new Map<string, number>();
  for (const line of lines) printed.set(mask(line), (printed.get(mask(line)) ?? 0) + 1);
  const blank = new Set(pageLines);
  for (const index of pageLines) {
    for (const step of [-1, 1]) {
      const neighbour = nearestPrinted(lines, index, step);
      if (neighbour !== undefined && (printed.get(mask(lines[neighbour]!)) ?? 0) >= 2) blank.add(neighbour);
    }
  }
  return lines.map((line, index) => (blank.has(index) ? '' : line)).join('\n');
}

/** The next non-empty line in the direction of `step`, across at most one blank line. */
function nearestPrinted(lines: string[], from: number, step: number): number | undefined {
  for (let index = from + step, seen = 0; index >= 0 && index < lines.length && seen < 2; index += step, seen += 1) {
    if (lines[index]!.trim() !== '') return index;
  }
  return undefined;
}

// A running header or footer repeats with its numbers changed ("Page 3", "Item 5"): lines compare without them.
function mask(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
