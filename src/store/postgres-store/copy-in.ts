import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Sends `data` to a `COPY … FROM STDIN` statement on the client (inside its transaction, if any). */
export async function copyIn(client: pg.PoolClient, statement: string, data: Buffer | string): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyFrom(statement)));
}
