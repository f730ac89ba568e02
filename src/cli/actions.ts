import { parseArgs } from 'node:util';
import { actions } from '../actions/actions.js';
import { renderActionsMarkdown } from '../actions/render-actions-markdown.js';
import type { TrackedAction } from '../actions/tracked-action.js';
import { loadConfig } from '../config.js';
import { ensureIndex } from '../ensure-index.js';
import { openQuorum } from '../open-quorum.js';
import { createCliLogger, runCli } from './run-cli.js';

const usage = 'Usage: npm run actions -- [--topic "domestic abuse"] [--status open|addressed|done] [--json]';
const statuses: Record<string, TrackedAction['status']> = {
  open: 'open',
  addressed: 'appears addressed',
  'appears-addressed': 'appears addressed',
  'appears addressed': 'appears addressed',
  done: 'done',
};

// `npm run actions`: what committees asked to come back, and whether a later paper appears to deliver it.
await runCli(async () => {
  const { values } = parseArgs({
    options: { topic: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const status = values.status === undefined ? undefined : statuses[values.status.toLowerCase()];
  if (values.status !== undefined && !status) throw new Error(`Unknown --status "${values.status}". ${usage}`);
  const config = loadConfig();
  const logger = createCliLogger(config);
  await ensureIndex(config, (message) => console.error(message));
  const quorum = await openQuorum({ config, logger });
  try {
    const list = await actions({ store: quorum.store, retriever: quorum.retriever, topic: values.topic, status });
    console.log(values.json ? JSON.stringify(list, null, 2) : renderActionsMarkdown(list));
  } finally {
    await quorum.close();
  }
}, usage);
