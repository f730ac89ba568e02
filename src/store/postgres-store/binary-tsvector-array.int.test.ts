import { describe, expect, it } from 'vitest';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { wordPairs } from '../word-pairs.js';
import { BinaryTsvectorArray } from './binary-tsvector-array.js';
import { chunkLexemes, preparedChunkLexemes } from './chunk-lexemes.js';

const { freshDatabase } = postgresCleanup();

// Invented texts: repeated words and pairs, a word of one letter and a digit, accents and an
// apostrophe (multi-byte and quoted lexemes), a text of stop words only, one of a single word, and
// one whose last words lie past the last position a tsvector holds (they all share it).
const texts = [
  'Ferry timetables: ferry timetables changed twice; the ferry board met.',
  "The quayside café's naïve mural, 3 bays and 12 moorings at Ætherby",
  'and the of',
  'Lighthouses',
  Array.from({ length: 400 }, (_, index) => ['buoy', 'tide', 'pier'][index % 3]).join(' '),
  `${Array.from({ length: 16_400 }, (_, index) => `berth${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index / 26) % 26))}`).join(' ')} jetty jetty jetty`,
];

describe('BinaryTsvectorArray', () => {
  it('arrives as the tsvectors their text form parses to', async () => {
    const url = await freshDatabase();
    const lexemes = new BinaryTsvectorArray();
    // As the prepare step hands a chunk over: its text and its pair tokens.
    for (const searchText of texts) {
      lexemes.add(preparedChunkLexemes({ searchText, searchPairs: wordPairs(searchText) }));
    }
    const rows = await queryDatabase<{ binary: string; text: string }>(
      url,
      `SELECT b::text AS binary, t::tsvector::text AS text
       FROM unnest($1::tsvector[], $2::text[]) AS u (b, t)`,
      [lexemes.finish(), texts.map((text) => chunkLexemes(text).lexemes)],
    );
    expect(rows).toHaveLength(texts.length);
    for (const row of rows) expect(row.binary).toBe(row.text);
    expect(rows[0]!.binary).toContain("'ferri_timet':1,3");
    expect(rows[2]!.binary).toBe('');
    expect(rows[5]!.binary).toContain("'jetti':16383 'jetti_jetti':16383");
  });

  it('sends an array of none as the empty array', async () => {
    const url = await freshDatabase();
    const rows = await queryDatabase<{ length: number }>(url, 'SELECT cardinality($1::tsvector[]) AS length', [
      new BinaryTsvectorArray().finish(),
    ]);
    expect(rows[0]!.length).toBe(0);
  });
});
