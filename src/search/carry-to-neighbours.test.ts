import { describe, expect, it } from 'vitest';
import type { Chunk } from '../core/chunk.js';
import { carryToNeighbours, type NeighbourLookup } from './carry-to-neighbours.js';
import type { RetrievedPassage } from './retrieval.js';

function chunkOf(source: string, ordinal: number, text: string, kind: Chunk['kind'] = 'transcript', partIndex = 0) {
  return {
    id: `${source}:${ordinal}`,
    source,
    documentSha: source,
    ordinal,
    partIndex,
    kind,
    committee: 'Harbour Scrutiny Panel',
    meetingDate: null,
    partTitle: 'Transcript',
    headingPath: ['Harbour Scrutiny Panel', 'undated'],
    exempt: false,
    text,
    start: 0,
    end: text.length,
    line: 1,
  } satisfies Chunk;
}

const sitting = [
  chunkOf('sitting.txt', 0, 'The Chair: We turn to the dredging of the outer channel. Ms Okafor?'),
  chunkOf('sitting.txt', 1, 'Ms Tamsin Okafor: The silt returns each spring, so the contract runs for five years.'),
  chunkOf('sitting.txt', 2, 'The Chair: Thank you. The next item is the ice cream kiosk licences.'),
];
const lookupIn =
  (chunks: Chunk[]): NeighbourLookup =>
  async (ids) =>
    chunks.filter((candidate) => ids.includes(candidate.id));

describe('carryToNeighbours', () => {
  it('ranks the passage that continues a matching exchange, found by no search, next to it', async () => {
    const other = chunkOf('other.txt', 0, 'Cllr Rhys Bannon: Dredging elsewhere was cheaper.');
    const ranked: RetrievedPassage[] = [
      { chunk: sitting[0]!, score: 2 },
      { chunk: other, score: 0.7 },
    ];
    const carried = await carryToNeighbours(ranked, lookupIn([...sitting, other]));
    expect(carried.map(({ chunk }) => chunk.id)).toEqual(['sitting.txt:0', 'sitting.txt:1', 'other.txt:0']);
    expect(carried[1]!.score).toBeCloseTo(0.8);
    // The passage before a match gains a smaller share than the one after it.
    const reply = await carryToNeighbours([{ chunk: sitting[1]!, score: 1 }], lookupIn(sitting));
    expect(reply.map(({ chunk, score }) => [chunk.id, Number(score.toFixed(2))])).toEqual([
      ['sitting.txt:1', 1],
      ['sitting.txt:2', 0.4],
      ['sitting.txt:0', 0.1],
    ]);
  });

  it('adds to a neighbour the search found too, from the scores as searched', async () => {
    const carried = await carryToNeighbours(
      [
        { chunk: sitting[0]!, score: 1 },
        { chunk: sitting[1]!, score: 0.9 },
      ],
      lookupIn(sitting),
    );
    expect(carried.map(({ chunk, score }) => [chunk.id, Number(score.toFixed(2))])).toEqual([
      ['sitting.txt:1', 1.3],
      ['sitting.txt:0', 1.09],
      ['sitting.txt:2', 0.36],
    ]);
  });

  it('leaves papers as they rank and never carries into another part or another document', async () => {
    const minutes = [
      chunkOf('minutes.md', 0, 'Dredging was approved.', 'minutes'),
      chunkOf('minutes.md', 1, 'AOB.', 'minutes'),
    ];
    const papers: RetrievedPassage[] = [{ chunk: minutes[0]!, score: 1 }];
    expect(await carryToNeighbours(papers, lookupIn(minutes))).toBe(papers);
    const nextPart = chunkOf('sitting.txt', 3, 'The Clerk: Written evidence follows.', 'transcript', 1);
    const carried = await carryToNeighbours([{ chunk: sitting[2]!, score: 1 }], lookupIn([...sitting, nextPart]));
    expect(carried.map(({ chunk }) => chunk.id)).toEqual(['sitting.txt:2', 'sitting.txt:1']);
  });

  it('looks up unfound neighbours for the best twenty transcript passages only, in one call', async () => {
    const long = Array.from({ length: 90 }, (_, ordinal) => chunkOf('long.txt', ordinal, `Speaker ${ordinal}: words.`));
    const calls: string[][] = [];
    const lookup: NeighbourLookup = async (ids) => {
      calls.push(ids);
      return lookupIn(long)(ids);
    };
    // Every third passage ranked, best first: their neighbours are not among them.
    const ranked = long
      .filter((chunk) => chunk.ordinal % 3 === 1)
      .map((chunk, rank) => ({ chunk, score: 1 - rank / 100 }));
    await carryToNeighbours(ranked, lookup);
    expect(calls).toHaveLength(1);
    const best = ranked.slice(0, 20).map(({ chunk }) => chunk.ordinal);
    expect(new Set(calls[0])).toEqual(
      new Set(best.flatMap((ordinal) => [`long.txt:${ordinal - 1}`, `long.txt:${ordinal + 1}`])),
    );
  });
});
