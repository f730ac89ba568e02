import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { digest } from '../digest/digest.js';
import { parseSince } from '../digest/parse-since.js';
import { renderDigestMarkdown } from '../digest/render-digest-markdown.js';
import { ensureIndex } from '../ensure-index.js';
import { openQuorum } from '../open-quorum.js';
import { createCliLogger, runCli } from './run-cli.js';

const usage = 'Usage: npm run digest -- [--since 2024-09-01 | --since yesterday] [--json]';

// `npm run digest -- --since 2024-09-01`: what was ingested since then, by meeting, and what meets soon.
await runCli(async () => {
  const { values } = parseArgs({ options: { since: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const now = new Date();
  const since = parseSince(values.since, now);
  if (!since) throw new Error(`Cannot read --since "${values.since}". ${usage}`);
  const config = loadConfig();
  const logger = createCliLogger(config);
  await ensureIndex(config, (message) => console.error(message));
  const quorum = await openQuorum({ config, logger });
  try {
    const result = await digest({ store: quorum.store, since, now });
    console.log(values.json ? JSON.stringify(result, null, 2) : renderDigestMarkdown(result));
  } finally {
    await quorum.close();
  }
}, usage);
