import type { Resolution, Span } from '../core/paper.js';

// "RESOLVED that Cabinet agree to:" introduces a lettered or numbered list, which minutes print on the lines
// after; without them the decision says nothing.
const listLine = /^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+\S/i;

/**
 * A resolution ending in a colon, with the list that follows it up to `limit` (the next resolution or the end of
 * its minute item); any other resolution as it is.
 */
export function resolutionWithList(text: string, resolution: Resolution, limit: number): Span & { text: string } {
  const own = { text: resolution.text, start: resolution.start, end: resolution.end };
  if (!resolution.text.trimEnd().endsWith(':')) return own;
  const entries: string[] = [];
  let end = resolution.end;
  let afterBlank = false;
  let position = resolution.end;
  for (const line of text.slice(resolution.end, limit).split('\n')) {
    const lineStart = position;
    position += line.length + 1;
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    if (listLine.test(line)) entries.push(line.trim());
    // A wrapped entry continues on the next line; anything after a blank line that is not an entry ends the list.
    else if (entries.length > 0 && !afterBlank) entries[entries.length - 1] += ` ${line.trim()}`;
    else break;
    afterBlank = false;
    end = lineStart + line.trimEnd().length;
  }
  if (entries.length === 0) return own;
  const joined = entries.map((entry) => entry.replace(/(?:[.;,]|[;,]?\s+and)\s*$/, '')).join('; ');
  return { text: `${resolution.text.trimEnd()} ${joined}.`, start: resolution.start, end };
}
