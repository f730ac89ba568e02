import type Database from 'better-sqlite3';

/** Every chunk's vector as stored, to rebuild the graph from. */
export function* readStoredVectors(database: Database.Database): Iterable<{ label: number; vector: Float32Array }> {
  const rows = database.prepare('SELECT label, vector FROM chunks').raw().iterate() as Iterable<[number, Buffer]>;
  for (const [label, blob] of rows) {
    yield { label, vector: new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4) };
  }
}
