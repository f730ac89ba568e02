import type pg from 'pg';
import type { Chunk } from '../../core/chunk.js';
import { analyzerVersion } from '../../core/tokenize.js';
import type { IndexManifest } from '../index-store.js';
import { chunkSearchFields } from '../prepare-document.js';
import { chunkLexemes } from './chunk-lexemes.js';
import { writeManifest } from './read-or-create-manifest.js';
import { markTermsUncounted } from './recount-terms.js';
import { withWriteTransaction } from './with-transaction.js';

const batchSize = 1000;

/**
 * Builds every stored chunk's stems and full-text lexemes again with this Quorum's text analyser,
 * from the chunk rows themselves (the papers need not be read again), in one transaction: what a
 * writer does to an index another analyser built. The term counts are marked for the open's recount
 * (recountTermsIfPending), the generation moves on so readers drop what they derived from the old
 * stems, and the manifest records the analyser. Returns the manifest as stored.
 */
export async function reindexChunks(pool: pg.Pool, manifest: IndexManifest): Promise<IndexManifest> {
  const reindexed = { ...manifest, analyzerVersion };
  await withWriteTransaction(pool, async (client) => {
    for (let after = '0'; ; ) {
      const { rows } = await client.query<{ label: string; chunk_json: string }>(
        `SELECT label, chunk_json FROM chunks WHERE label > $1 ORDER BY label LIMIT ${batchSize}`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows.at(-1)!.label;
      const fields = rows.map((row) => chunkSearchFields(JSON.parse(row.chunk_json) as Chunk));
      // Stems are runs of letters and digits, so a space joins a chunk's stems unambiguously.
      await client.query(
        `WITH updated AS (
           UPDATE chunks c SET terms = string_to_array(u.terms, ' ')
           FROM unnest($1::bigint[], $2::text[]) AS u (label, terms) WHERE c.label = u.label)
         UPDATE chunk_search s SET lexemes = u.lexemes::tsvector
         FROM unnest($1::bigint[], $3::text[]) AS u (label, lexemes) WHERE s.label = u.label`,
        [
          rows.map((row) => row.label),
          fields.map((field) => field.stems.join(' ')),
          fields.map((field) => chunkLexemes(field.searchText).lexemes),
        ],
      );
    }
    await markTermsUncounted(client);
    await client.query('UPDATE quorum_counts SET generation = generation + 1');
    await writeManifest(client, reindexed);
  });
  return reindexed;
}
