import pg from 'pg';

export interface ThrowawayDatabase {
  url: string;
  /** Bytes the database takes on the server (tables, indexes, TOAST). */
  size(): Promise<number>;
  drop(): Promise<void>;
}

/** Creates an empty database with pgvector on the server `serverUrl` points at; drop() removes it again. */
export async function createThrowawayDatabase(serverUrl: string, name: string): Promise<ThrowawayDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    await withClient(databaseUrl, (client) => client.query('CREATE EXTENSION IF NOT EXISTS vector'));
  } catch (error) {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    throw error;
  }
  return {
    url: databaseUrl,
    size: () =>
      withClient(databaseUrl, async (client) => {
        const { rows } = await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size');
        return Number(rows[0]!.size);
      }),
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Runs `work` on a connection of its own, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
