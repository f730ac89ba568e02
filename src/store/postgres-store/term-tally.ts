import type pg from 'pg';

/**
 * Terms held in memory before a tally writes them out: about 100 MB of map entries. A load of a
 * million chunks meets several million distinct pair tokens, which must not all be held at once.
 */
const maxHeldTerms = 1_000_000;

/**
 * A bulk load's or batched ingest's chunk counts per term (stems and pair tokens), kept in memory and
 * added to chunk_terms in a few large statements instead of an upsert of every term of every document
 * (and a ts_stat pass over all the lexemes at the end): together a sixth of a load's server time, and
 * half of an incremental ingest's.
 * Counts are added only for committed documents. The loading store answers documentFrequencies
 * from chunk_terms and the tally together; other processes see chunk_terms alone, exact once the
 * flush has written the rest. Until then the recount marker (recountTerms) stands, so a load
 * that stops early has every count rebuilt from the stored rows by the next ingest's open.
 */
export class TermTally {
  // Each term's place in `counts`: one map lookup for a term met before, where a map of counts took
  // a lookup and a store (the tally was a sixth of the writing thread's time in a bulk load).
  private readonly places = new Map<string, number>();
  private counts = new Int32Array(1024);

  /** Counts the terms of a committed document's chunks (each chunk's terms distinct). */
  add(chunkTerms: readonly (readonly string[])[]): void {
    for (const terms of chunkTerms) {
      for (const term of terms) {
        const place = this.places.get(term);
        if (place !== undefined) {
          this.counts[place]! += 1;
          continue;
        }
        const next = this.places.size;
        if (next === this.counts.length) {
          const grown = new Int32Array(next * 2);
          grown.set(this.counts);
          this.counts = grown;
        }
        this.places.set(term, next);
        this.counts[next] = 1;
      }
    }
  }

  /** The chunks counted for the term and not yet written out. */
  count(term: string): number {
    const place = this.places.get(term);
    return place === undefined ? 0 : this.counts[place]!;
  }

  /** Whether the tally holds so many terms it must be written out now. */
  get full(): boolean {
    return this.places.size >= maxHeldTerms;
  }

  /** Adds the counts held to chunk_terms and forgets them. */
  async writeTo(client: pg.Pool | pg.PoolClient): Promise<void> {
    if (this.places.size === 0) return;
    // Sorted, so that the rows are locked in the order every other writer of chunk_terms uses.
    const terms = [...this.places.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const chunks = terms.map((term) => this.counts[this.places.get(term)!]!);
    await client.query(
      `INSERT INTO chunk_terms (term, chunks)
       SELECT term, chunks FROM unnest($1::text[], $2::int[]) AS t (term, chunks)
       ON CONFLICT (term) DO UPDATE SET chunks = chunk_terms.chunks + excluded.chunks`,
      [terms, chunks],
    );
    this.places.clear();
    this.counts = new Int32Array(1024);
  }
}
