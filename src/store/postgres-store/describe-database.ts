/** Where a database is, for messages and logs: host, port and name, never the user or password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the configured PostgreSQL database';
  }
}
