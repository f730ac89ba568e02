import { type Chunk, chunkId } from '../core/chunk.js';
import type { RetrievedPassage } from './retrieval.js';

// Share of a transcript passage's score added to the passage after it, where the reply to a question or
// the speech an introduction announces goes on; and the smaller share added to the passage before it,
// where the question a reply answers was put.
const forwardShare = 0.4;
const backwardShare = 0.1;
// Neighbours the search did not find are looked up for this many of the best transcript passages only:
// further down, what a passage passes on seldom lifts a neighbour into the passages read (the transcript
// set ranked the same), and looking up all of them, some hundred a question, doubled retrieval's median time.
const lookedUp = 20;

/** The chunks of these ids that exist, fetched together (one store round trip). */
export type NeighbourLookup = (ids: string[]) => Promise<Chunk[]>;

/**
 * A sitting's talk runs on over passage ends: the passage that shares the question's words is often the
 * chair announcing an item or a member putting a question, while what the witness or minister said about
 * it starts in the next passage, in words of their own. Each transcript passage adds a share of its score
 * to its neighbours in the same part of the transcript (a neighbour no search found joins the ranking
 * with that share), so the continuation of a matching exchange ranks near it. Contributions come from
 * the scores as ranked, never from scores already carried, so nothing runs on past one passage.
 * Passages of other kinds keep their scores.
 */
export async function carryToNeighbours(
  ranked: RetrievedPassage[],
  lookup: NeighbourLookup,
): Promise<RetrievedPassage[]> {
  const transcript = ranked.filter(({ chunk }) => chunk.kind === 'transcript');
  if (transcript.length === 0) return ranked;
  const carried = new Map(ranked.map((passage) => [passage.chunk.id, { ...passage }]));
  const neighbourId = (chunk: Chunk, step: 1 | -1) =>
    chunk.ordinal + step < 0 ? undefined : chunkId(chunk.documentSha, chunk.ordinal + step);
  // A neighbour the search found is at hand; the others are fetched together.
  const missing = transcript
    .slice(0, lookedUp)
    .flatMap(({ chunk }) => [neighbourId(chunk, 1), neighbourId(chunk, -1)])
    .filter((id): id is string => id !== undefined && !carried.has(id));
  const fetched = new Map(
    (missing.length > 0 ? await lookup([...new Set(missing)]) : []).map((chunk) => [chunk.id, chunk]),
  );
  const neighbourOf = (chunk: Chunk, step: 1 | -1) => {
    const id = neighbourId(chunk, step);
    return id === undefined ? undefined : (carried.get(id)?.chunk ?? fetched.get(id));
  };
  const neighbours = transcript.map((passage) => ({
    passage,
    after: neighbourOf(passage.chunk, 1),
    before: neighbourOf(passage.chunk, -1),
  }));
  for (const { passage, after, before } of neighbours) {
    for (const [neighbour, share] of [
      [after, forwardShare],
      [before, backwardShare],
    ] as const) {
      if (!neighbour || !sameTranscriptPart(neighbour, passage.chunk)) continue;
      const existing = carried.get(neighbour.id);
      if (existing) existing.score += share * passage.score;
      else carried.set(neighbour.id, { chunk: neighbour, score: share * passage.score });
    }
  }
  return [...carried.values()].sort((a, b) => b.score - a.score);
}

/** Same part of the same transcript: the neighbour shares the passage's sitting, filters and exemption. */
function sameTranscriptPart(neighbour: Chunk, chunk: Chunk): boolean {
  return (
    neighbour.kind === 'transcript' && neighbour.source === chunk.source && neighbour.partIndex === chunk.partIndex
  );
}
