import { parseArgs } from 'node:util';
import type { Answer } from '../answer/answer.js';
import { formatMeetingDate } from '../answer/format-meeting-date.js';
import { loadConfig } from '../config.js';
import { ensureIndex } from '../ensure-index.js';
import { isQuorumError } from '../errors.js';
import { createLogger } from '../logger.js';
import { openQuorum } from '../open-quorum.js';
import { findFirstDate, toIso } from '../papers/parse-date.js';

const usage = 'Usage: npm run ask -- "question" [--json] [--since DATE] [--until DATE] [--include-exempt]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      since: { type: 'string' },
      until: { type: 'string' },
      // Papers exempt from the press and public are left out unless the reader asks for them.
      'include-exempt': { type: 'boolean', default: false },
    },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new Error(usage);
  // Checked before any index is built: a typo should not cost a corpus ingest.
  const filters = {
    since: parseDateOption('--since', values.since),
    until: parseDateOption('--until', values.until),
    includeExempt: values['include-exempt'],
  };
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  await ensureIndex(config, logger, (message) => console.error(message));
  const quorum = await openQuorum({ config, logger });
  try {
    const answer = await quorum.answerQuestion({ question, filters });
    console.log(values.json ? JSON.stringify(toJson(answer), null, 2) : formatAnswer(answer));
  } finally {
    await quorum.close();
  }
} catch (error) {
  console.error(isQuorumError(error) || error instanceof Error ? error.message : String(error));
  process.exit(1);
}

function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const numeric = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const iso = numeric ? toIso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])) : findFirstDate(value)?.iso;
  if (!iso) throw new Error(`${name} must be a date such as 2024-09-01 or "1 September 2024" (got "${value}")`);
  return iso;
}

function formatAnswer(answer: Answer): string {
  if (answer.citations.length === 0) return answer.text;
  const sources = answer.citations.map((citation) => {
    const minute = citation.minute ? `Minute ${citation.minute} — ` : '';
    return `[${citation.n}] ${citation.committee} · ${formatMeetingDate(citation.meetingDate)} · ${minute}${citation.title} (${citation.source}:${citation.line})`;
  });
  return `${answer.text}\n\nSources:\n${sources.join('\n')}`;
}

function toJson(answer: Answer) {
  return {
    text: answer.text,
    abstained: answer.abstained,
    citations: answer.citations,
    passages: answer.passages.map(({ chunk, score }) => ({
      score,
      heading: chunk.headingPath.join(' › '),
      source: chunk.source,
      line: chunk.line,
    })),
  };
}
