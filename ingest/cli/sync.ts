import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createCliLogger, runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/config.js';
import { formatMeetingDate, readDate, shiftDate, toIsoDay } from '../../src/core/dates.js';
import { createEmbeddings } from '../../src/embeddings/create-embeddings.js';
import { probeEmbeddingDimensions } from '../../src/embeddings/probe-embedding-dimensions.js';
import { describeLocation } from '../../src/store/open-index-store.js';
import { type SyncSummary, syncSite } from '../sync/sync-site.js';

const usage =
  'Usage: npm run sync -- <ModernGov site URL> [--committee NAME]… [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--timeout-ms N]\n' +
  '  e.g. npm run sync -- https://democracy.example.gov.uk --committee Cabinet\n' +
  '  Defaults: every active committee; meetings of the last 12 months and the coming month.';
const protocolNames = { get: 'web service (GET)', soap: 'web service (SOAP)', html: 'public HTML pages' };

await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      committee: { type: 'string', multiple: true },
      since: { type: 'string' },
      until: { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new Error(usage);
  const today = toIsoDay(new Date());
  const since = parseDateOption('--since', values.since) ?? shiftDate(today, -365);
  // Agendas are published a week or more ahead: the coming month's are worth having.
  const until = parseDateOption('--until', values.until) ?? shiftDate(today, 31);
  const config = loadConfig();
  const timeoutMs = values['timeout-ms'] === undefined ? config.sync.timeoutMs : Number(values['timeout-ms']);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error('--timeout-ms must be a positive whole number');
  const logger = createCliLogger(config);
  const embedder = await createEmbeddings(config);
  const dimensions = embedder.dimensions ?? (await probeEmbeddingDimensions(embedder.embeddings));
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'sync [{bar}] {value}/{total} {title}' })
    : undefined;
  const summary = await syncSite({
    site: positionals[0]!,
    committees: values.committee,
    since,
    until,
    cacheDir: `${config.dataDir}/sync`,
    ingest: { location: config, embedder: { ...embedder, dimensions }, chunking: config.chunking, logger },
    fetcher: { timeoutMs },
    onProgress: ({ done, total, title }) => {
      if (!bar) return;
      if (done === 1) bar.start(total, 0, { title });
      bar.update(done, { title });
    },
  });
  bar?.stop();
  console.log(formatSummary(summary, describeLocation(config), { since, until }));
  return summary.papers.failed.length > 0 ? 1 : 0;
}, usage);

function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = readDate(value, new Date());
  if (!date) throw new Error(`${name} must be a date such as 2025-03-01 (got "${value}")`);
  return toIsoDay(date);
}

function formatSummary(summary: SyncSummary, location: string, range: { since: string; until: string }): string {
  const { papers } = summary;
  const lines = [
    `Synced ${summary.site} by its ${summary.protocol ? protocolNames[summary.protocol] : 'web service'}, ${range.since} to ${range.until}: ${summary.committees.length} committee${summary.committees.length === 1 ? '' : 's'}, ${summary.meetings} meetings (${summary.cancelled} cancelled)`,
    `Papers: ${papers.new.length} new, ${papers.changed.length} changed, ${papers.unchanged.length} unchanged, ${papers.restricted.length} restricted (not fetched), ${papers.failed.length} failed; ${summary.downloads} downloads, ${summary.requests} requests in ${summary.seconds.toFixed(1)} s`,
  ];
  if (summary.ingest) {
    const { ingest } = summary;
    lines.push(
      `Index ${location}: ${ingest.added.length} added, ${ingest.updated.length} updated, ${ingest.unchanged.length} unchanged; ${ingest.chunks} chunks`,
    );
  } else {
    lines.push(`Index ${location}: nothing new to ingest`);
  }
  for (const failure of papers.failed) {
    lines.push(
      `  failed: ${failure.title} (${failure.committee}, ${formatMeetingDate(failure.meetingDate)}): ${failure.reason}`,
    );
  }
  return lines.join('\n');
}
