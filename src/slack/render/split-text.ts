// Preferred places to cut, best first: paragraph, line, sentence, word.
const boundaries = ['\n\n', '\n', '. ', ' '];

/** Splits mrkdwn into pieces of at most `limit` characters, cutting at the cleanest boundary that keeps links whole. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function findCut(text: string, limit: number): number {
  for (const boundary of boundaries) {
    let position = text.lastIndexOf(boundary, limit - boundary.length);
    while (position > 0) {
      const cut = position + boundary.length;
      if (cut <= limit / 4) break;
      if (!insideLink(text, cut)) return cut;
      position = text.lastIndexOf(boundary, position - 1);
    }
  }
  return limit;
}

function insideLink(text: string, position: number): boolean {
  return text.lastIndexOf('<', position - 1) > text.lastIndexOf('>', position - 1);
}
