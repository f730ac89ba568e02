import { describe, expect, it } from 'vitest';
import { type MadePaper, makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore, ScoredChunk } from '../index-store.js';
import { chunkLexemes } from './chunk-lexemes.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

async function open(url: string, textPostingBudget?: number): Promise<IndexStore> {
  const store = await openPostgresStore({ url, embedder, create: true, textPostingBudget });
  closeAfter(store);
  return store;
}

async function counted(url: string, term: string): Promise<number | undefined> {
  const rows = await queryDatabase<{ chunks: number }>(url, 'SELECT chunks FROM chunk_terms WHERE term = $1', [term]);
  return rows[0]?.chunks;
}

/** Chunks of the papers whose full-text row holds the pair token. */
const holding = (papers: MadePaper[], pair: string) =>
  papers
    .flatMap((paper) => paper.prepared.chunks)
    .filter((chunk) => chunkLexemes(chunk.searchText).pairs.includes(pair)).length;

const headings = (hits: ScoredChunk[]) => hits.map((hit) => hit.chunk.headingPath.join(' / ')).sort();

const permits = makeMinutes('permits.md', {
  date: 'Monday 3 June 2024',
  items: [
    ['Permit zones', 'Resident parking permits in the north zone were renewed for two years.'],
    ['Permit charges', 'Charges for resident parking permits rise with inflation.'],
    ['Visitor permits', 'Visitor scratch cards sit beside resident parking permits.'],
  ],
});
const permitsAgain = makeMinutes('permits-again.md', {
  date: 'Monday 1 July 2024',
  items: [['Permit review', 'A review of resident parking permits reported back.']],
});

describe('pair tokens in chunk_terms', () => {
  it('are counted at the end of a bulk load, as each later document is written, and uncounted with it', async () => {
    const url = await freshDatabase();
    const bulk = await open(url);
    await bulk.putDocument(permits.prepared, 't1');
    await bulk.flush();
    const inFirst = holding([permits], 'park_permit');
    expect(inFirst).toBeGreaterThanOrEqual(3);
    expect(await counted(url, 'park_permit')).toBe(inFirst);
    await bulk.close();

    const incremental = await open(url);
    await incremental.putDocument(permitsAgain.prepared, 't2');
    expect(await counted(url, 'park_permit')).toBe(holding([permits, permitsAgain], 'park_permit'));
    await incremental.removeDocument('permits-again.md');
    expect(await counted(url, 'park_permit')).toBe(inFirst);
    // A new version of a document replaces its chunks' counts.
    await incremental.putDocument({ ...permitsAgain.prepared, source: 'permits.md' }, 't3');
    expect(await counted(url, 'park_permit')).toBe(holding([permitsAgain], 'park_permit'));
  });
});

describe('a bulk load stopped before its flush', () => {
  it('has every stem and pair token counted by the next open, from documents stored whole only', async () => {
    const url = await freshDatabase();
    const stopped = await open(url);
    await stopped.putDocument(permits.prepared, 't1');
    // Its chunk ids are taken, so its write fails after some rows went out, and is rolled back whole.
    const clashing = {
      ...permitsAgain.prepared,
      chunks: permitsAgain.prepared.chunks.map((chunk, index) => ({
        ...chunk,
        id: permits.prepared.chunks[index % permits.prepared.chunks.length]!.id,
      })),
    };
    await expect(stopped.putDocument(clashing, 't1')).rejects.toThrow();
    await stopped.close();

    closeAfter(await openPostgresStore({ url, embedder, create: true }));
    const stems = (papers: MadePaper[], term: string) =>
      papers.flatMap((paper) => paper.prepared.chunks).filter((chunk) => chunk.stems.includes(term)).length;
    expect(await counted(url, 'permit')).toBe(stems([permits], 'permit'));
    expect(await counted(url, 'resid')).toBe(stems([permits], 'resid'));
    expect(await counted(url, 'review')).toBeUndefined();
    expect(await counted(url, 'park_permit')).toBe(holding([permits], 'park_permit'));
    expect(await counted(url, 'permit_review')).toBeUndefined();
  });
});

describe('an incremental ingest that batches its writes', () => {
  it('adds its term counts at its flush, or, stopped before it, has them counted by the next open', async () => {
    const url = await freshDatabase();
    const bulk = await open(url);
    await bulk.putDocument(permits.prepared, 't1');
    await bulk.flush();
    await bulk.close();
    const stems = (papers: MadePaper[], term: string) =>
      papers.flatMap((paper) => paper.prepared.chunks).filter((chunk) => chunk.stems.includes(term)).length;
    const pending = () => queryDatabase(url, "SELECT key FROM quorum_meta WHERE key = 'count_terms'");

    const idle = await openPostgresStore({ url, embedder, create: true, batchWrites: true });
    await idle.close();
    // An ingest that wrote nothing leaves nothing to recount.
    expect(await pending()).toEqual([]);

    const batched = await openPostgresStore({ url, embedder, create: true, batchWrites: true });
    closeAfter(batched);
    await batched.putDocument(permitsAgain.prepared, 't2');
    expect(await counted(url, 'review')).toBeUndefined();
    expect((await batched.documentFrequencies(['review'])).get('review')).toBe(stems([permitsAgain], 'review'));
    expect(await batched.listChunks('permits-again.md')).toEqual(permitsAgain.chunks);
    await batched.flush();
    expect(await counted(url, 'review')).toBe(stems([permitsAgain], 'review'));
    expect(await counted(url, 'park_permit')).toBe(holding([permits, permitsAgain], 'park_permit'));
    expect(await pending()).toEqual([]);

    // Invented minutes for the ingest that stops: a topic neither paper above mentions.
    const ferries = makeMinutes('ferries.md', {
      date: 'Monday 5 August 2024',
      items: [['Ferry timetable', 'The winter ferry timetable cut two evening sailings.']],
    });
    const stopped = await openPostgresStore({ url, embedder, create: true, batchWrites: true });
    await stopped.putDocument(ferries.prepared, 't3');
    await stopped.close();
    expect(await counted(url, 'ferri')).toBeUndefined();
    closeAfter(await openPostgresStore({ url, embedder, create: true }));
    expect(await counted(url, 'ferri')).toBe(stems([ferries], 'ferri'));
    expect(await counted(url, 'review')).toBe(stems([permitsAgain], 'review'));
    expect(await counted(url, 'park_permit')).toBe(holding([permits, permitsAgain], 'park_permit'));
  });
});

describe('an index written before pair tokens were counted', () => {
  it('has them counted when next opened, by a reader too', async () => {
    const url = await freshDatabase();
    const writer = await open(url);
    await writer.putDocument(permits.prepared, 't1');
    await writer.flush();
    await writer.close();
    await queryDatabase(
      url,
      `DELETE FROM chunk_terms WHERE strpos(term, '_') > 0;
       UPDATE quorum_meta SET value = '2' WHERE key = 'schema_version'`,
    );
    expect(await counted(url, 'park_permit')).toBeUndefined();
    closeAfter(await openPostgresStore({ url, embedder }));
    expect(await counted(url, 'park_permit')).toBe(holding([permits], 'park_permit'));
  });
});

describe('the full-text posting budget', () => {
  it('weighs a common phrase by its chunks, leaving it out of the match when a rarer term fits', async () => {
    const url = await freshDatabase();
    const rare = makeMinutes('rare.md', {
      date: 'Monday 5 August 2024',
      items: [['Complaints', 'The ombudsman upheld one complaint about resident parking permits.']],
    });
    const store = await open(url, 2);
    for (const paper of [permits, permitsAgain, rare]) await store.putDocument(paper.prepared, 't1');
    await store.flush();
    const hits = await store.searchText(['resident parking permits', 'ombudsman'], 10);
    expect(hits.map((hit) => hit.chunk.source)).toEqual(['rare.md']);
  });

  it('matches chunks holding two of the terms when even the rarest is over the budget', async () => {
    const url = await freshDatabase();
    const paper = makeMinutes('grounds.md', {
      date: 'Monday 2 September 2024',
      items: [
        ['Allotment rents', 'Allotments rents were frozen.'],
        ['Allotment waiting list', 'Allotments waiting lists grew.'],
        ['Allotment flooding', 'Allotments flooded after the drainage failed.'],
        ['Road gullies', 'Drainage gullies were cleared.'],
        ['Culverts', 'Drainage culverts were inspected.'],
      ],
    });
    const store = await open(url, 2);
    await store.putDocument(paper.prepared, 't1');
    await store.flush();
    const unbudgeted = await open(url, 1_000);
    expect((await unbudgeted.searchText(['allotments', 'drainage'], 10)).length).toBeGreaterThanOrEqual(5);
    expect(headings(await store.searchText(['allotments', 'drainage'], 10))).toEqual(
      headings(await unbudgeted.searchText(['allotments', 'drainage'], 1)),
    );
  });
});

describe('the rows a full-text search ranks', () => {
  it('stop at the posting budget when even the rarest term is over it', async () => {
    const url = await freshDatabase();
    // Invented minutes: every item mentions beehives, so a search for them alone matches every chunk.
    const paper = makeMinutes('apiary.md', {
      date: 'Tuesday 8 October 2024',
      items: [
        ['Hive inspections', 'Beehives on the roof garden were inspected.'],
        ['Swarm calls', 'Swarm calls about beehives doubled.'],
        ['Honey sales', 'Honey from the beehives sold out at the fair.'],
        ['Volunteer keepers', 'Volunteers now tend the beehives weekly.'],
        ['Winter feeding', 'Beehives were fed sugar syrup through winter.'],
        ['Hive relocation', 'Two beehives moved beside the orchard.'],
      ],
    });
    const store = await open(url, 2);
    await store.putDocument(paper.prepared, 't1');
    await store.flush();
    const matching = paper.prepared.chunks.filter((chunk) => chunk.stems.includes('beehiv')).length;
    expect(matching).toBeGreaterThan(4);
    expect(await store.countText(['beehives'], 10)).toBe(matching);
    expect(await store.searchText(['beehives'], 10)).toHaveLength(2);
  });

  it('pair only the rarest terms whose chunks fit twenty budgets when every term is over the budget', async () => {
    const url = await freshDatabase();
    // Invented minutes: kestrels in 5 items, lanterns in 8, meadows in 15; one item holds kestrels and
    // meadows alone. With a budget of 1 the two rarest (13 chunks) are paired and meadows (28 in all) is not.
    const items: [string, string][] = [
      ...Array.from({ length: 4 }, (_, n): [string, string] => [`Roost ${n + 1}`, 'Kestrels nested by the lanterns.']),
      ['Hunting', 'Kestrels hunted over the meadows.'],
      ...Array.from({ length: 4 }, (_, n): [string, string] => [`Repair ${n + 1}`, 'Lanterns were repaired.']),
      ...Array.from({ length: 14 }, (_, n): [string, string] => [`Mowing ${n + 1}`, 'Meadows were mown.']),
    ];
    const paper = makeMinutes('wildlife.md', { date: 'Thursday 7 November 2024', items });
    const store = await open(url, 1);
    await store.putDocument(paper.prepared, 't1');
    await store.flush();
    const chunks = paper.prepared.chunks;
    const both = (a: string, b: string) => chunks.filter((chunk) => chunk.stems.includes(a) && chunk.stems.includes(b));
    expect(await counted(url, 'kestrel')).toBe(5);
    expect(await counted(url, 'meadow')).toBe(15);
    expect(both('kestrel', 'meadow')).toHaveLength(1);
    expect(await store.countText(['kestrels', 'lanterns', 'meadows'], 100)).toBe(both('kestrel', 'lantern').length);
  });
});
