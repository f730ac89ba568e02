import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilCommittees } from '../support/council-site-papers.js';
import { type ModernGovSite, startModernGovSite } from '../support/moderngov-site.js';
import { runCli } from '../support/run-cli.js';

let dataDir: string;
let site: ModernGovSite;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-sync-command-'));
  site = await startModernGovSite({ committees: councilCommittees() });
});

afterAll(async () => {
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run sync', () => {
  it('syncs a site, prints what it did, and downloads nothing the second time', async () => {
    const env = { QUORUM_DATA_DIR: dataDir, QUORUM_EMBEDDER: 'local' };
    const args = [site.url, '--committee', 'Cabinet', '--since', '2025-01-01', '--until', '2025-12-31'];
    const first = await runCli('ingest/cli/sync.ts', args, env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'by its web service (GET), 2025-01-01 to 2025-12-31: 1 committee, 2 meetings (1 cancelled)',
    );
    expect(first.stdout).toMatch(
      /Papers: 2 new, 0 changed, 0 unchanged, 1 restricted \(not fetched\), 0 failed; 2 downloads/,
    );
    expect(first.stdout).toMatch(/: 2 added, 0 updated, 0 unchanged; \d+ chunks/);

    const second = await runCli('ingest/cli/sync.ts', args, env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /Papers: 0 new, 0 changed, 2 unchanged, 1 restricted \(not fetched\), 0 failed; 0 downloads/,
    );
    expect(second.stdout).toContain('nothing new to ingest');

    const ask = await runCli('src/cli/ask.ts', ['What was resolved on library opening hours?', '--json'], env);
    const cited = JSON.parse(ask.stdout).citations[0];
    expect(cited).toMatchObject({ url: `${site.url}/mgConvert2PDF.aspx?ID=7001`, page: 2, committee: 'Cabinet' });
    // Three commands, each loading the TypeScript toolchain.
  }, 120_000);

  it('fails in one line on an unknown committee', async () => {
    const result = await runCli('ingest/cli/sync.ts', [site.url, '--committee', 'Planning'], {
      QUORUM_DATA_DIR: dataDir,
      QUORUM_EMBEDDER: 'local',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('No committee "Planning" on the site; it lists: Cabinet');
  }, 60_000);
});
