import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
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
    expect(planner.plan(['children', 'home education', 'local government association', 'say"hi'])).toBe(
      'body : "children" OR pairs : "home_educ" OR (pairs : "local_govern" AND pairs : "govern_associ") OR pairs : "sai_hi"',
    );
    expect(planner.plan(['  ', '"'])).toBe('');
  });

  it('leaves the commonest single words out beyond the budget, never the rarest word or a phrase', () => {
    const planner = createTextQueryPlanner(database, 2);
    expect(planner.plan(['children', 'elective', 'care', 'young people'])).toBe(
      'body : "elective" OR body : "care" OR pairs : "young_peopl"',
    );
    expect(createTextQueryPlanner(database, 0).plan(['children'])).toBe('body : "children"');
  });
});
