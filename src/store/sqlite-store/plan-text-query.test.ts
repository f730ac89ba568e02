import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { stem } from '../../core/tokenize.js';
import { createTextQueryPlanner } from './plan-text-query.js';
import { createSchema } from './schema.js';

const database = new Database(':memory:');
createSchema(database);
const counts: [string, number][] = [
  ['children', 3],
  ['care', 1],
  ['elect', 1],
];
for (const [term, chunks] of counts) {
  database.prepare('INSERT INTO term_counts (term, chunks) VALUES (?, ?)').run(term, chunks);
}

describe('createTextQueryPlanner', () => {
  it('searches a phrase as its word pairs and a word in the body', () => {
    const planner = createTextQueryPlanner(database, 1_000);
    const whole =
      'body : "children" OR pairs : "home_educ" OR (pairs : "local_govern" AND pairs : "govern_associ") OR pairs : "sai_hi"';
    expect(planner.plan(['children', 'home education', 'local government association', 'say"hi'])).toEqual({
      whole,
      candidates: whole,
      others: '',
    });
    expect(planner.plan(['  ', '"'])).toEqual({ whole: '', candidates: '', others: '' });
  });

  it('leaves the commonest single words out beyond the budget, never the rarest word or a phrase', () => {
    const planner = createTextQueryPlanner(database, 2);
    expect(planner.plan(['children', 'elective', 'care', 'young people']).candidates).toBe(
      'body : "elective" OR body : "care" OR pairs : "young_peopl"',
    );
    expect(createTextQueryPlanner(database, 0).plan(['children']).candidates).toBe('body : "children"');
  });
});

describe('createTextQueryPlanner in a large index', () => {
  // Ten chunks and a budget of one: the ceiling is two chunks (twice the budget), so a word or phrase
  // held by three or more is common.
  const large = new Database(':memory:');
  createSchema(large);
  large.prepare("INSERT INTO meta (key, value) VALUES ('chunk_total', '10')").run();
  for (const [word, chunks] of [
    ['harbour', 3],
    ['dredging', 1],
  ] as const) {
    large.prepare('INSERT INTO term_counts (term, chunks) VALUES (?, ?)').run(stem(word), chunks);
  }
  const insert = large.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)');
  for (let row = 1; row <= 10; row += 1) {
    insert.run(row, 'text', row <= 5 ? 'local_resid' : row === 6 ? 'berth_fee' : 'other_pair', '');
  }

  it('leaves out the words and phrases most chunks hold, rarer ones staying', () => {
    expect(
      createTextQueryPlanner(large, 1).plan(['harbour', 'dredging', 'local residents', 'berth fees']).candidates,
    ).toBe('body : "dredging" OR pairs : "berth_fee"');
  });

  it('keeps the rarest term alone when every term is common', () => {
    // The body holds spelling variants folded, so the word is searched as folded ("harbor").
    expect(createTextQueryPlanner(large, 1).plan(['harbour', 'local residents']).candidates).toBe('body : "harbor"');
  });
});

describe('createTextQueryPlanner in an index past the common-share ceiling', () => {
  // A hundred chunks and a budget of one: a term in more than the common share of them (4 chunks
  // at 4 %, above twice the budget) is common; 6 % is not rare enough to rank everywhere.
  const index = new Database(':memory:');
  createSchema(index);
  index.prepare("INSERT INTO meta (key, value) VALUES ('chunk_total', '100')").run();
  const insert = index.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)');
  for (let row = 1; row <= 100; row += 1) {
    insert.run(row, 'text', row <= 6 ? 'quai_wall' : row <= 9 ? 'berth_fee' : 'other_pair', '');
  }

  it('leaves out a phrase held by more than the common share, keeping one under it', () => {
    expect(createTextQueryPlanner(index, 1).plan(['quay wall', 'berth fees']).candidates).toBe('pairs : "berth_fee"');
  });

  it('weighs another share when a benchmark asks for one', () => {
    expect(
      createTextQueryPlanner(index, { postings: 1, commonShare: 0.08 }).plan(['quay wall', 'berth fees']).candidates,
    ).toBe('pairs : "quai_wall" OR pairs : "berth_fee"');
  });
});

describe('createTextQueryPlanner past the candidate budget', () => {
  // Forty chunks: "tidal" in 2, "dune fencing" in 3, "shingle" in 6, "beach huts" in 12; "groyne" in 1 by
  // the analyser's count and 8 by the index's own tokens.
  const index = new Database(':memory:');
  createSchema(index);
  index.prepare("INSERT INTO meta (key, value) VALUES ('chunk_total', '40')").run();
  for (const [word, chunks] of [
    ['tidal', 2],
    ['shingle', 6],
    ['groyne', 1],
  ] as const) {
    index.prepare('INSERT INTO term_counts (term, chunks) VALUES (?, ?)').run(stem(word), chunks);
  }
  const insert = index.prepare('INSERT INTO chunk_search (rowid, body, pairs, facets) VALUES (?, ?, ?, ?)');
  for (let row = 1; row <= 40; row += 1) {
    insert.run(row, row <= 8 ? 'groyne' : 'text', row <= 3 ? 'dune_fenc' : row <= 15 ? 'beach_hut' : 'other_pair', '');
  }
  const phrases = ['beach huts', 'shingle', 'tidal', 'dune fencing'];
  const budget = (candidates: number) => ({ postings: 100, candidates });

  it('takes the rarest words and phrases as candidates until their chunks reach the budget, the rest ranked among them', () => {
    expect(createTextQueryPlanner(index, budget(5)).plan(phrases)).toEqual({
      whole: 'pairs : "beach_hut" OR body : "shingle" OR body : "tidal" OR pairs : "dune_fenc"',
      candidates: 'body : "tidal" OR pairs : "dune_fenc"',
      others: 'pairs : "beach_hut" OR body : "shingle"',
    });
    // The rarest term is a candidate however many chunks hold it.
    expect(createTextQueryPlanner(index, budget(1)).plan(phrases)).toMatchObject({
      candidates: 'body : "tidal"',
      others: 'pairs : "beach_hut" OR body : "shingle" OR pairs : "dune_fenc"',
    });
  });

  it("counts a word that may be a candidate in the index's own tokens", () => {
    expect(createTextQueryPlanner(index, budget(5)).plan(['groyne', 'tidal'])).toMatchObject({
      candidates: 'body : "tidal"',
      others: 'body : "groyne"',
    });
  });

  it('never splits an index no larger than the budget, however many chunks its terms hold together', () => {
    const whole = 'pairs : "beach_hut" OR body : "shingle" OR body : "tidal" OR pairs : "dune_fenc"';
    expect(createTextQueryPlanner(index, budget(40)).plan(phrases)).toEqual({ whole, candidates: whole, others: '' });
  });
});
