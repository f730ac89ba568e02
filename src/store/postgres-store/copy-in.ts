import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Sends `data` to a `COPY … FROM STDIN` statement on the client (inside its transaction, if any). */
export async function copyIn(client: pg.PoolClient, statement: string, data: Buffer | string): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyFrom(statement)));
}

/** A value in COPY's text format: the characters it uses as delimiters and escapes, escaped. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (character) => copyEscapes[character]!);
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
