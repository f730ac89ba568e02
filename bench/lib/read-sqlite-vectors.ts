import { join } from 'node:path';
import Database from 'better-sqlite3';
import { normalizeRows } from './exact-top-k.js';
import type { StoredVectors } from './stored-vectors.js';

/** Every chunk's vector from the embedded store's database, read-only, for exact search. */
export function readSqliteVectors(dataDir: string, dimensions: number): StoredVectors {
  const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const count = (database.prepare('SELECT COUNT(*) AS count FROM chunks').get() as { count: number }).count;
    const vectors = new Float32Array(count * dimensions);
    const allowed = new Uint8Array(count);
    const ids: string[] = [];
    const labels: number[] = [];
    const rows = database.prepare('SELECT label, id, exempt, vector FROM chunks ORDER BY label').raw().iterate();
    for (const [label, id, exempt, blob] of rows as Iterable<[number, string, number, Buffer]>) {
      const row = ids.length;
      vectors.set(new Float32Array(blob.buffer, blob.byteOffset, dimensions), row * dimensions);
      allowed[row] = exempt ? 0 : 1;
      ids.push(id);
      labels.push(label);
    }
    return { ids, labels, table: { vectors: normalizeRows(vectors, dimensions), dimensions, allowed } };
  } finally {
    database.close();
  }
}
