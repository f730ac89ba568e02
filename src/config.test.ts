import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { isQuorumError } from './core/errors.js';

function configError(env: NodeJS.ProcessEnv): Error {
  try {
    loadConfig(env);
  } catch (error) {
    expect(isQuorumError(error, 'config_invalid')).toBe(true);
    return error as Error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadConfig', () => {
  it('runs with no environment at all: local embedder, defaults, no OpenAI section', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dataDir: resolve('data'),
      corpusDir: resolve('corpus'),
      logLevel: 'info',
      embedder: 'local',
      chunking: { size: 1200, overlap: 150 },
      ingestLimits: { maxFileBytes: 100 * 2 ** 20, maxTextBytes: 20 * 2 ** 20, maxChunksPerDocument: 20_000 },
      openai: undefined,
      slack: { port: 3000, rateLimitPerMinute: 6, maxConcurrentAnswers: 4, maxQueuedAnswers: 20, channelScopes: {} },
      digest: { channels: [], cron: '0 8 * * 1-5', timezone: 'Europe/London', postWhenEmpty: false },
    });
  });

  it('reads the ingest limits in megabytes and chunks, and names a bad one', () => {
    const config = loadConfig({
      INGEST_MAX_FILE_MB: '0.5',
      INGEST_MAX_TEXT_MB: '2',
      INGEST_MAX_CHUNKS_PER_DOCUMENT: '300',
    });
    expect(config.ingestLimits).toEqual({
      maxFileBytes: 2 ** 19,
      maxTextBytes: 2 * 2 ** 20,
      maxChunksPerDocument: 300,
    });
    expect(configError({ INGEST_MAX_FILE_MB: '-1' }).message).toMatch(
      /^Invalid environment variable INGEST_MAX_FILE_MB: /,
    );
    expect(configError({ INGEST_MAX_CHUNKS_PER_DOCUMENT: 'many' }).message).toMatch(
      /^Invalid environment variable INGEST_MAX_CHUNKS_PER_DOCUMENT: /,
    );
  });

  it('treats empty variables, as a copied .env.example has them, as unset', () => {
    const config = loadConfig({
      PORT: '',
      QUORUM_DATA_DIR: '',
      CHUNK_SIZE: '',
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      dataDir: resolve('data'),
      chunking: { size: 1200 },
      logLevel: 'info',
      openai: undefined,
    });
    expect(config.slack.port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['CHUNK_SIZE', '0'],
    ['CHUNK_OVERLAP', '-1'],
    ['OPENAI_BASE_URL', 'not-a-url'],
    ['LOG_LEVEL', 'loud'],
    ['QUORUM_EMBEDDER', 'glove'],
    ['DIGEST_POST_WHEN_EMPTY', 'maybe'],
    ['CHANNEL_SCOPES', '{"C1": {"allowExempt": "yes"}}'],
    ['DATABASE_URL', 'mysql://localhost/quorum'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    const { message } = configError({ [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });

  it('takes a PostgreSQL URL as the index location, and an empty one as unset', () => {
    const url = 'postgres://quorum:secret@db.example:5432/quorum';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('rejects an overlap as large as the chunk size', () => {
    expect(configError({ CHUNK_SIZE: '200', CHUNK_OVERLAP: '200' }).message).toContain('CHUNK_OVERLAP');
  });

  it('adds the OpenAI section when a key or a base URL is set, and picks the OpenAI embedder on auto', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' })).toMatchObject({
      embedder: 'openai',
      openai: {
        apiKey: 'sk-test',
        baseURL: undefined,
        embeddingModel: 'text-embedding-3-small',
        batchSize: 64,
        maxRetries: 4,
      },
    });
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }).openai).toMatchObject({
      apiKey: 'not-needed',
      baseURL: 'http://127.0.0.1:8080/v1',
    });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', QUORUM_EMBEDDER: 'local' }).embedder).toBe('local');
  });

  it('refuses the OpenAI embedder without a key or base URL', () => {
    expect(configError({ QUORUM_EMBEDDER: 'openai' }).message).toMatch(/OPENAI_API_KEY/);
  });

  it('reads channel scopes, digest channels and flags', () => {
    const config = loadConfig({
      CHANNEL_SCOPES: '{"C123":{"committees":["Improving Lives Select Commission"],"allowExempt":true}}',
      DIGEST_CHANNELS: 'C1, C2,,',
      DIGEST_POST_WHEN_EMPTY: 'yes',
      SLACK_BOT_TOKEN: ' xoxb-1 ',
    });
    expect(config.slack.channelScopes).toEqual({
      C123: { committees: ['Improving Lives Select Commission'], allowExempt: true },
    });
    expect(config.digest).toMatchObject({ channels: ['C1', 'C2'], postWhenEmpty: true });
    expect(config.slack.botToken).toBe('xoxb-1');
  });
});
