import { parseArgs } from 'node:util';
import { brief } from '../briefing/brief.js';
import { renderBriefingMarkdown } from '../briefing/render-briefing-markdown.js';
import { loadConfig } from '../config.js';
import { ensureIndex } from '../ensure-index.js';
import { openQuorum } from '../open-quorum.js';
import { createCliLogger, runCli } from './run-cli.js';

const usage = 'Usage: npm run brief -- <2023-12-05 | "5 December 2023" | next> [--json]';

// `npm run brief -- 2023-12-05`: a pre-meeting briefing from the meeting's agenda pack.
await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const meeting = positionals.join(' ').trim();
  if (!meeting) throw new Error(`Say which meeting. ${usage}`);
  const config = loadConfig();
  const logger = createCliLogger(config);
  await ensureIndex(config, (message) => console.error(message));
  const quorum = await openQuorum({ config, logger });
  try {
    const briefing = await brief({ store: quorum.store, retriever: quorum.retriever, meeting, now: new Date() });
    console.log(values.json ? JSON.stringify(briefing, null, 2) : renderBriefingMarkdown(briefing));
  } finally {
    await quorum.close();
  }
}, usage);
