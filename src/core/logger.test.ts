import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, createSilentLogger } from './logger.js';

const require = createRequire(import.meta.url);
const folders: string[] = [];
const descriptors: number[] = [];

afterEach(() => {
  for (const fd of descriptors.splice(0)) closeSync(fd);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A file to log into; pino writes asynchronously, so readers wait for the lines they expect. */
function logFile(): { fd: number; lines: () => Record<string, unknown>[] } {
  const folder = mkdtempSync(join(tmpdir(), 'quorum-logger-'));
  folders.push(folder);
  const path = join(folder, 'log.jsonl');
  const fd = openSync(path, 'w');
  descriptors.push(fd);
  return {
    fd,
    lines: () =>
      readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('loads pino only when a line at a printing level is written', async () => {
    const pinoPath = require.resolve('pino');
    delete require.cache[pinoPath];
    const file = logFile();
    const logger = createLogger('warn', file.fd);
    logger.child({ component: 'sync' }).info('quiet below the level');
    expect(require.cache[pinoPath]).toBeUndefined();
    logger.warn('printed');
    expect(require.cache[pinoPath]).toBeDefined();
    await vi.waitFor(() => expect(file.lines().map((line) => line.msg)).toEqual(['printed']));
  });

  it("writes pino's JSON lines, with a child's bindings and an error's message", async () => {
    const file = logFile();
    const logger = createLogger('info', file.fd);
    const child = logger.child({ component: 'watches' });
    logger.debug('left out');
    child.info({ papers: 3 }, 'ingested');
    logger.error({ err: new Error('the archive went away') }, 'sync failed');
    await vi.waitFor(() => expect(file.lines()).toHaveLength(2));
    const lines = file.lines();
    expect(lines.map(({ level, msg, component, papers }) => ({ level, msg, component, papers }))).toEqual([
      { level: 30, msg: 'ingested', component: 'watches', papers: 3 },
      { level: 50, msg: 'sync failed', component: undefined, papers: undefined },
    ]);
    expect((lines[1]!.err as { message: string }).message).toBe('the archive went away');
    expect(typeof lines[0]!.time).toBe('number');
    expect(logger.level).toBe('info');
  });

  it('rejects an unknown level as pino does', () => {
    expect(() => createLogger('chatty')).toThrow(/chatty/);
  });

  it('a silent logger prints nothing at any level', () => {
    const logger = createSilentLogger();
    expect(() => logger.fatal('never shown')).not.toThrow();
    expect(logger.level).toBe('silent');
  });
});
