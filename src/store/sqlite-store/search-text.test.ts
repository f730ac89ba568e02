import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { databaseFile } from './schema.js';
import { createTextSearch } from './search-text.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const ferries = makeMinutes('ferries.md', {
  date: 'Thursday 9 May 2030',
  items: [['Harbour ferries', 'Harbour ferries to Gullsand Point will run hourly in summer.']],
});
const moorings = makeMinutes('moorings.md', {
  date: 'Thursday 13 June 2030',
  items: [['Visitor moorings', 'Harbour moorings for visiting ferries were extended by twelve berths.']],
});

let directory: string;
let writer: IndexStore;
let reader: Database.Database | undefined;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'quorum-search-text-'));
  writer = openSqliteStore({ dataDir: directory, embedder, create: true });
  await writer.putDocument(ferries.prepared, 'first');
  await writer.flush();
});

afterEach(async () => {
  reader?.close();
  reader = undefined;
  await writer.close();
  rmSync(directory, { recursive: true, force: true });
});

/** A reader's connection whose ranking statements (those calling bm25) are counted as they run. */
function countingReader(): { database: Database.Database; rankings: () => number } {
  const database = new Database(join(directory, databaseFile), { readonly: true });
  reader = database;
  let rankings = 0;
  const prepare = database.prepare.bind(database);
  database.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (!sql.includes('bm25(')) return statement;
    const all = statement.all.bind(statement);
    statement.all = ((...parameters: unknown[]) => {
      rankings += 1;
      return all(...parameters);
    }) as typeof statement.all;
    return statement;
  }) as typeof database.prepare;
  return { database, rankings: () => rankings };
}

describe('createTextSearch remembering searches', () => {
  it('answers a search asked again from what it found, without ranking again', () => {
    const { database, rankings } = countingReader();
    const search = createTextSearch(database, { postingBudget: 20_000, remember: true });
    const first = search(['harbour ferries'], 5);
    const ranked = rankings();
    const again = search(['harbour ferries'], 5);
    expect(first.map((hit) => hit.chunk.id)).not.toEqual([]);
    expect(again).toEqual(first);
    expect(rankings()).toBe(ranked);
    search(['harbour ferries'], 5, { since: '2030-01-01' });
    expect(rankings()).toBeGreaterThan(ranked);
  });

  it('ranks again once another connection has written to the index', async () => {
    const { database, rankings } = countingReader();
    const search = createTextSearch(database, { postingBudget: 20_000, remember: true });
    expect(new Set(search(['harbour'], 5).map((hit) => hit.chunk.source))).toEqual(new Set(['ferries.md']));
    const ranked = rankings();
    await writer.putDocument(moorings.prepared, 'second');
    await writer.flush();
    expect(new Set(search(['harbour'], 5).map((hit) => hit.chunk.source))).toEqual(
      new Set(['ferries.md', 'moorings.md']),
    );
    expect(rankings()).toBeGreaterThan(ranked);
  });

  it('ranks every search when not told to remember (a writer, which sees its own uncommitted writes)', () => {
    const { database, rankings } = countingReader();
    const search = createTextSearch(database, { postingBudget: 20_000 });
    search(['harbour ferries'], 5);
    const ranked = rankings();
    search(['harbour ferries'], 5);
    expect(rankings()).toBe(2 * ranked);
  });
});

describe('createTextSearch past the candidate budget', () => {
  // Two chunks say "lighthouse", five "ferry": with a candidate budget of two chunks the rarer word
  // picks the candidates and the commoner one is ranked among them only.
  const works = makeMinutes('coastal-works.md', {
    date: 'Tuesday 2 July 2030',
    items: [
      ['Keepers cottages', 'The lighthouse ferry landing will be rebuilt in stone.'],
      ['Winter repairs', 'Lighthouse lamp repairs were put back to March.'],
      ['Fares', 'Ferry fares to Selwick rise by ten pence.'],
      ['Crews', 'Ferry crews asked for a second relief boat.'],
      ['Timetable', 'The ferry timetable adds a late sailing.'],
      ['Tickets', 'Ferry tickets can be bought on board.'],
    ],
  });

  it('returns only chunks holding a rarer term, each scored as the whole search scores it', async () => {
    await writer.putDocument(works.prepared, 'works');
    await writer.flush();
    const { database } = countingReader();
    const split = createTextSearch(database, { postingBudget: { postings: 20_000, candidates: 2 } })(
      ['lighthouse', 'ferry'],
      10,
    );
    const whole = createTextSearch(database, { postingBudget: { postings: 20_000, candidates: 1_000 } })(
      ['lighthouse', 'ferry'],
      10,
    );
    // The item holding both words first.
    expect(split.map((hit) => hit.chunk.text.split('\n')[0])).toEqual(['1. KEEPERS COTTAGES', '2. WINTER REPAIRS']);
    expect(whole.length).toBeGreaterThan(split.length);
    for (const hit of split) {
      expect(hit.score).toBeCloseTo(whole.find((other) => other.chunk.id === hit.chunk.id)!.score, 9);
    }
  });

  it('ranks every term over all its chunks within facets, which narrow the search inside FTS5 already', async () => {
    await writer.putDocument(works.prepared, 'works');
    await writer.flush();
    const { database } = countingReader();
    const search = (candidates: number) =>
      createTextSearch(database, { postingBudget: { postings: 20_000, candidates } })(['lighthouse', 'ferry'], 10, {
        since: '2030-07-01',
        until: '2030-07-31',
      }).map((hit) => hit.chunk.id);
    expect(search(2)).toEqual(search(1_000));
    expect(search(2).length).toBeGreaterThan(2);
  });
});
