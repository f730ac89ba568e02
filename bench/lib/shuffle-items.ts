// "**12. Urgent Business**", "## 45. DECLARATIONS OF INTEREST", "3. Options considered": a number, then words.
const numberedHeading = /^(#{1,6}\s+|\*\*)?(\d{1,3})\.?\s+(?=\S)(.*)$/;
// A line that opens another part of the pack (minutes' attendance, a report's summary sheet, a
// committee heading in capitals): an item must not carry it somewhere else.
const partBoundary =
  /^(?:#{1,6}\s*)?(?:present\s*[:-]|committee name and date of committee meeting|[A-Z][A-Z '’&,-]*\b(?:COMMISSION|COMMITTEE|BOARD|PANEL|CABINET|COUNCIL)\b)/;

interface Heading {
  start: number;
  number: number;
  /** Where the digits sit, from the start of the line. */
  digitsAt: number;
  digitsLength: number;
}

/**
 * Reorders the numbered items of each run (minute items, agenda items, report sections numbered
 * n, n+1, n+2 …) within one paper, keeping every item's heading and text as it was and the
 * numbers in sequence, so the paper parses the same way with its items in another order. The last
 * item of a run stays put: where its text ends is not known.
 */
export function shuffleItems(text: string, random: () => number): string {
  const runs = findRuns(text);
  let result = '';
  let copied = 0;
  for (const run of runs) {
    const segments = run.slice(0, -1).map((heading, index) => ({ heading, end: run[index + 1]!.start }));
    const order = shuffled(
      segments.map((_, index) => index),
      random,
    );
    result += text.slice(copied, run[0]!.start);
    order.forEach((from, slot) => {
      const { heading, end } = segments[from]!;
      const body = text.slice(heading.start, end);
      const digitsEnd = heading.digitsAt + heading.digitsLength;
      result += body.slice(0, heading.digitsAt) + String(run[slot]!.number) + body.slice(digitsEnd);
    });
    copied = run.at(-1)!.start;
  }
  return result + text.slice(copied);
}

/** Runs of three or more consecutively numbered headings with no part boundary inside an item. */
function findRuns(text: string): Heading[][] {
  const runs: Heading[][] = [];
  let run: Heading[] = [];
  let boundarySince = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const match = numberedHeading.exec(line);
    if (match && /[A-Za-z]{3}/.test(match[3]!)) {
      const heading: Heading = {
        start,
        number: Number(match[2]),
        digitsAt: match[1]?.length ?? 0,
        digitsLength: match[2]!.length,
      };
      const previous = run.at(-1);
      if (!previous || previous.number + 1 !== heading.number || boundarySince) {
        if (run.length >= 3) runs.push(run);
        run = [];
      }
      run.push(heading);
      boundarySince = false;
    } else if (partBoundary.test(line.trim())) {
      boundarySince = true;
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
