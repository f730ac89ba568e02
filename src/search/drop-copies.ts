import type { Chunk } from '../core/chunk.js';
import type { RetrievedPassage } from './retrieval.js';

/**
 * Keeps the best-ranked of passages that say the same thing at the same meeting: the same paper
 * uploaded several times (another name, a re-export) would otherwise fill every slot with one
 * passage, crowd out the Resolved block beside it, and cite the same sentence once per copy.
 */
export function dropCopies(ranked: RetrievedPassage[]): RetrievedPassage[] {
  const seen = new Map<string, SeenText[]>();
  return ranked.filter(({ chunk }) => firstSeen(seen, chunk));
}

/** The same for a meeting's chunks in document order: the first copy of each stays. */
export function dropCopiedChunks(chunks: Chunk[]): Chunk[] {
  const seen = new Map<string, SeenText[]>();
  return chunks.filter((chunk) => firstSeen(seen, chunk));
}

interface SeenText {
  text: string;
  spaced?: string;
}

// Every question ranks hundreds of passages and nearly all differ in their first words, so passages are grouped by
// meeting and opening characters, and whole texts are compared (spacing ignored) only within a group.
const openingLength = 48;

function firstSeen(seen: Map<string, SeenText[]>, chunk: Chunk): boolean {
  const key = [chunk.committee, chunk.meetingDate ?? '', chunk.kind, opening(chunk.text)].join('\u0000');
  const group = seen.get(key);
  if (!group) {
    seen.set(key, [{ text: chunk.text }]);
    return true;
  }
  const spaced = singleSpaced(chunk.text);
  for (const earlier of group) {
    earlier.spaced ??= singleSpaced(earlier.text);
    if (earlier.spaced === spaced) return false;
  }
  group.push({ text: chunk.text, spaced });
  return true;
}

/** The first characters that are not white space: equal for two texts that differ only in spacing. */
function opening(text: string): string {
  let found = '';
  for (let index = 0; index < text.length && found.length < openingLength; index += 1) {
    const character = text[index]!;
    if (!/\s/.test(character)) found += character;
  }
  return found;
}

function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
