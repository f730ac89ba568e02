import type { Chunk } from '../../core/chunk.js';
import { isTranscript, shortSpeaker, splitTurns } from '../../core/speaker-turns.js';
import { contentTerms } from '../../core/tokenize.js';

/**
 * Whether a transcript passage prints the person's name inside another speaker's turn ("Councillor Strand
 * moves, Councillor Pike seconds", said by the chair): the name is spelt as the sitting printed it.
 */
export function namedInOthersTurns(chunks: Chunk[], person: string[]): boolean {
  if (person.length === 0) return false;
  const holds = (text: string) => {
    const stems = new Set(contentTerms(text));
    return person.every((stem) => stems.has(stem));
  };
  return chunks.some(
    (chunk) =>
      isTranscript(chunk) &&
      splitTurns(chunk.text).some(
        (turn) =>
          turn.speaker !== null && !holds(shortSpeaker(turn.speaker)) && holds(chunk.text.slice(turn.start, turn.end)),
      ),
  );
}
