// Quotes are compared under the evaluation's normalisation (NFKC, no HTML tags, no markdown emphasis,
// straight quotes, plain dashes, lower case, no commas, single spaces), but the citation must be
// verbatim, so every normalised character remembers the span of the original it came from.

export interface QuoteMatch {
  /** Offsets into the passage text. */
  start: number;
  end: number;
  /** The passage text between them, verbatim. */
  text: string;
}

interface MappedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Finds `quote` in `passage` under normalisation and returns the matching span of the passage. */
export function verifyQuote(quote: string, passage: string): QuoteMatch | undefined {
  const wanted = normalizeMapped(quote).text;
  if (!/[\p{L}\p{N}]/u.test(wanted)) return undefined;
  const haystack = normalizeMapped(passage);
  const index = haystack.text.indexOf(wanted);
  if (index < 0) return undefined;
  const start = haystack.starts[index] as number;
  const end = haystack.ends[index + wanted.length - 1] as number;
  return { start, end, text: passage.slice(start, end) };
}

function normalizeMapped(source: string): MappedText {
  let mapped = decompose(source);
  mapped = replaceMatches(mapped, /<[^>]+>/g, ' ');
  mapped = mapCharacters(mapped, (character) => {
    if (/[*_`#,]/.test(character)) return '';
    if (/[\u2018\u2019\u201B\u2032]/.test(character)) return "'";
    if (/[\u201C\u201D\u2033]/.test(character)) return '"';
    if (/[\u2010-\u2015\u2212]/.test(character)) return '-';
    return character.toLowerCase();
  });
  mapped = replaceMatches(mapped, /\s+/g, ' ');
  return trim(mapped);
}

/** NFKC per grapheme-ish cluster (a character and its combining marks), keeping each cluster's span. */
function decompose(source: string): MappedText {
  const result: MappedText = { text: '', starts: [], ends: [] };
  for (const match of source.matchAll(/[\s\S]\p{M}*/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    append(result, match[0].normalize('NFKC'), start, end);
  }
  return result;
}

function mapCharacters(input: MappedText, map: (character: string) => string): MappedText {
  const result: MappedText = { text: '', starts: [], ends: [] };
  let index = 0;
  for (const character of input.text) {
    const last = index + character.length - 1;
    append(result, map(character), input.starts[index] as number, input.ends[last] as number);
    index = last + 1;
  }
  return result;
}

function replaceMatches(input: MappedText, pattern: RegExp, replacement: string): MappedText {
  const result: MappedText = { text: '', starts: [], ends: [] };
  let cursor = 0;
  for (const match of input.text.matchAll(pattern)) {
    copy(result, input, cursor, match.index);
    const last = match.index + match[0].length - 1;
    append(result, replacement, input.starts[match.index] as number, input.ends[last] as number);
    cursor = last + 1;
  }
  copy(result, input, cursor, input.text.length);
  return result;
}

function trim(input: MappedText): MappedText {
  const from = input.text.length - input.text.trimStart().length;
  const to = input.text.trimEnd().length;
  if (to <= from) return { text: '', starts: [], ends: [] };
  return { text: input.text.slice(from, to), starts: input.starts.slice(from, to), ends: input.ends.slice(from, to) };
}

function copy(result: MappedText, input: MappedText, from: number, to: number): void {
  result.text += input.text.slice(from, to);
  for (let index = from; index < to; index += 1) {
    result.starts.push(input.starts[index] as number);
    result.ends.push(input.ends[index] as number);
  }
}

function append(result: MappedText, piece: string, start: number, end: number): void {
  result.text += piece;
  for (let index = 0; index < piece.length; index += 1) {
    result.starts.push(start);
    result.ends.push(end);
  }
}
