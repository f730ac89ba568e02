import { describe, expect, it } from 'vitest';
import { describeLocation } from './open-index-store.js';

describe('describeLocation', () => {
  it('names the data directory of the embedded store', () => {
    expect(describeLocation({ dataDir: '/srv/quorum/data' })).toBe('/srv/quorum/data');
  });

  it('names a database by host, port and name, never its password', () => {
    const described = describeLocation({ dataDir: 'data', databaseUrl: 'postgres://quorum:s3cret@db:5433/papers' });
    expect(described).toBe('postgres://db:5433/papers');
    expect(described).not.toContain('s3cret');
  });
});
