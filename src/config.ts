import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
// Zod's v3 interface, shipped inside zod 4: every command parses the environment before anything
// else, and zod 4's interface loads some 95 modules (about a fifth of `ask`'s start, measured in
// instructions) where this one loads ten. Other payloads use zod 4; no schema here is shared with them.
import { z } from 'zod/v3';
import { QuorumError } from './core/errors.js';

// The only module that reads process.env: everything else receives a Config.

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const positiveNumber = (fallback: number) => z.coerce.number().positive().default(fallback);

const megabyte = 2 ** 20;

/** Bounds on one input, so a huge or endless file fails alone with a one-line reason instead of exhausting memory. */
export interface IngestLimits {
  /** Size of the file as stored (INGEST_MAX_FILE_MB). */
  maxFileBytes: number;
  /** UTF-8 size of the text extracted from it (INGEST_MAX_TEXT_MB). */
  maxTextBytes: number;
  /** Chunks one document may become (INGEST_MAX_CHUNKS_PER_DOCUMENT). */
  maxChunksPerDocument: number;
}

// A 500-page agenda pack is about 30 MB as a PDF and 2 MB of text (some 2,000 chunks): the defaults
// leave room for several times that, and stop a 200 MB log or a runaway extraction.
export const defaultIngestLimits: IngestLimits = {
  maxFileBytes: 100 * megabyte,
  maxTextBytes: 20 * megabyte,
  maxChunksPerDocument: 20_000,
};

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const channelScopeSchema = z.record(
  z.string(),
  z.object({
    committees: z.array(z.string()).optional(),
    allowExempt: z.boolean().default(false),
  }),
);

const envSchema = z.object({
  QUORUM_DATA_DIR: z.string().default('data'),
  QUORUM_CORPUS_DIR: z.string().default('corpus'),
  DATABASE_URL: optionalString.refine((value) => value === undefined || /^postgres(ql)?:\/\/./.test(value), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUORUM_EMBEDDER: z.enum(['auto', 'local', 'openai']).default('auto'),
  CHUNK_SIZE: positiveInt(1200),
  CHUNK_OVERLAP: z.coerce.number().int().min(0).default(150),
  INGEST_MAX_FILE_MB: positiveNumber(defaultIngestLimits.maxFileBytes / megabyte),
  INGEST_MAX_TEXT_MB: positiveNumber(defaultIngestLimits.maxTextBytes / megabyte),
  INGEST_MAX_CHUNKS_PER_DOCUMENT: positiveInt(defaultIngestLimits.maxChunksPerDocument),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_BATCH_SIZE: positiveInt(64),
  OPENAI_CONCURRENCY: positiveInt(2),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
  OPENAI_TIMEOUT_MS: positiveInt(30_000),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  RATE_LIMIT_PER_MINUTE: positiveInt(6),
  MAX_CONCURRENT_ANSWERS: positiveInt(4),
  MAX_QUEUED_ANSWERS: positiveInt(20),
  CHANNEL_SCOPES: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return {};
      try {
        return channelScopeSchema.parse(JSON.parse(value));
      } catch {
        context.addIssue({
          code: 'custom',
          message: 'must be JSON like {"C123":{"committees":["…"],"allowExempt":false}}',
        });
        return z.NEVER;
      }
    }),
  DIGEST_CHANNELS: z.string().optional().transform(commaList),
  DIGEST_CRON: z.string().default('0 8 * * 1-5'),
  DIGEST_TIMEZONE: z.string().default('Europe/London'),
  DIGEST_POST_WHEN_EMPTY: booleanFlag,
  SYNC_SITES: z
    .string()
    .optional()
    .transform((value, context) => {
      const sites = commaList(value);
      const bad = sites.find((site) => !/^https?:\/\/[^/\s]+/i.test(site));
      if (bad)
        context.addIssue({
          code: 'custom',
          message: `"${bad}" is not a site URL like https://democracy.example.gov.uk`,
        });
      return sites;
    }),
  SYNC_COMMITTEES: z.string().optional().transform(commaList),
  SYNC_CRON: z.string().default('0 6 * * *'),
  SYNC_TIMEOUT_MS: positiveInt(60_000),
  WATCH_CRON: z.string().default('*/10 * * * *'),
});

function commaList(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}

export type ChannelScopes = z.infer<typeof channelScopeSchema>;

export interface Config {
  dataDir: string;
  /** PostgreSQL + pgvector instead of the embedded index in dataDir (which still holds local state). */
  databaseUrl?: string;
  corpusDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  embedder: 'local' | 'openai';
  chunking: { size: number; overlap: number };
  ingestLimits: IngestLimits;
  openai?: {
    apiKey: string;
    baseURL?: string;
    embeddingModel: string;
    chatModel: string;
    batchSize: number;
    concurrency: number;
    maxRetries: number;
    timeoutMs: number;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    port: number;
    rateLimitPerMinute: number;
    maxConcurrentAnswers: number;
    maxQueuedAnswers: number;
    channelScopes: ChannelScopes;
  };
  digest: { channels: string[]; cron: string; timezone: string; postWhenEmpty: boolean };
  /** ModernGov sites the bot syncs on `cron` (in the digest's time zone), and the time limit of one request. */
  sync: { sites: string[]; committees: string[]; cron: string; timeoutMs: number };
  /** When topic watches look for newly ingested passages (they also run after each scheduled sync). */
  watch: { cron: string };
}

/** Parses the environment once; a missing or malformed variable fails with one line naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  // "PORT=" in a .env means unset, not 0; "QUORUM_DATA_DIR=" must not become the working directory.
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value?.trim() !== '')),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new QuorumError('config_invalid', `Invalid environment variable ${name}: ${issue?.message ?? 'malformed'}`);
  }
  const values = parsed.data;
  const openaiConfigured = values.OPENAI_API_KEY !== undefined || values.OPENAI_BASE_URL !== undefined;
  if (values.QUORUM_EMBEDDER === 'openai' && !openaiConfigured) {
    throw new QuorumError('config_invalid', 'QUORUM_EMBEDDER=openai needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }
  if (values.CHUNK_OVERLAP >= values.CHUNK_SIZE) {
    throw new QuorumError(
      'config_invalid',
      'Invalid environment variable CHUNK_OVERLAP: must be smaller than CHUNK_SIZE',
    );
  }
  return {
    dataDir: resolve(values.QUORUM_DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    corpusDir: resolve(values.QUORUM_CORPUS_DIR),
    logLevel: values.LOG_LEVEL,
    embedder: values.QUORUM_EMBEDDER === 'auto' ? (openaiConfigured ? 'openai' : 'local') : values.QUORUM_EMBEDDER,
    chunking: { size: values.CHUNK_SIZE, overlap: values.CHUNK_OVERLAP },
    ingestLimits: {
      maxFileBytes: Math.floor(values.INGEST_MAX_FILE_MB * megabyte),
      maxTextBytes: Math.floor(values.INGEST_MAX_TEXT_MB * megabyte),
      maxChunksPerDocument: values.INGEST_MAX_CHUNKS_PER_DOCUMENT,
    },
    openai: openaiConfigured
      ? {
          // OpenAI-compatible servers often need no key, but the client insists on one.
          apiKey: values.OPENAI_API_KEY ?? 'not-needed',
          baseURL: values.OPENAI_BASE_URL,
          embeddingModel: values.OPENAI_EMBEDDING_MODEL,
          chatModel: values.OPENAI_CHAT_MODEL,
          batchSize: values.OPENAI_BATCH_SIZE,
          concurrency: values.OPENAI_CONCURRENCY,
          maxRetries: values.OPENAI_MAX_RETRIES,
          timeoutMs: values.OPENAI_TIMEOUT_MS,
        }
      : undefined,
    slack: {
      botToken: values.SLACK_BOT_TOKEN,
      signingSecret: values.SLACK_SIGNING_SECRET,
      appToken: values.SLACK_APP_TOKEN,
      apiUrl: values.SLACK_API_URL,
      port: values.PORT,
      rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
      maxConcurrentAnswers: values.MAX_CONCURRENT_ANSWERS,
      maxQueuedAnswers: values.MAX_QUEUED_ANSWERS,
      channelScopes: values.CHANNEL_SCOPES,
    },
    digest: {
      channels: values.DIGEST_CHANNELS,
      cron: values.DIGEST_CRON,
      timezone: values.DIGEST_TIMEZONE,
      postWhenEmpty: values.DIGEST_POST_WHEN_EMPTY,
    },
    sync: {
      sites: values.SYNC_SITES,
      committees: values.SYNC_COMMITTEES,
      cron: values.SYNC_CRON,
      timeoutMs: values.SYNC_TIMEOUT_MS,
    },
    watch: { cron: values.WATCH_CRON },
  };
}

function readEnvironment(): NodeJS.ProcessEnv {
  // A local .env is a convenience for development; real deployments set the environment.
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
