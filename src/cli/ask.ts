import { parseArgs } from 'node:util';
import type { Answer } from '../answer/answer.js';
import { loadConfig } from '../config.js';
import { citationLink } from '../core/citation.js';
import { formatMeetingDate, readDate, toIsoDay } from '../core/dates.js';
import { ensureIndex } from '../ensure-index.js';
import { openQuorum } from '../open-quorum.js';
import { createCliLogger, runCli } from './run-cli.js';

const usage = 'Usage: npm run ask -- "question" [--json] [--since DATE] [--until DATE] [--include-exempt]';

await runCli(async () => {
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
  // Checked before the index opens, so a typo fails fast.
  const filters = {
    since: parseDateOption('--since', values.since),
    until: parseDateOption('--until', values.until),
    includeExempt: values['include-exempt'],
  };
  const config = loadConfig();
  const logger = createCliLogger(config);
  await ensureIndex(config, (message) => console.error(message));
  const quorum = await openQuorum({ config, logger });
  try {
    const answer = await quorum.answerQuestion({ question, filters });
    console.log(values.json ? JSON.stringify(toJson(answer), null, 2) : formatAnswer(answer));
  } finally {
    await quorum.close();
  }
}, usage);

function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = readDate(value, new Date());
  if (!date) throw new Error(`${name} must be a date such as 2024-09-01 or "1 September 2024" (got "${value}")`);
  return toIsoDay(date);
}

function formatAnswer(answer: Answer): string {
  if (answer.citations.length === 0) return answer.text;
  const sources = answer.citations.map((citation) => {
    const minute = citation.minute ? `Minute ${citation.minute} — ` : '';
    const page = citation.page === undefined ? '' : `, p. ${citation.page}`;
    // A published paper opens at the page from its link; a local file is found by path and line.
    const place = citationLink(citation) ?? `${citation.source}:${citation.line}`;
    // A transcript has no minutes: the speaker of the quoted words places the citation.
    const speaker = citation.speaker ? ` · ${citation.speaker.replace(/\s+/g, ' ').trim()}` : '';
    return `[${citation.n}] ${citation.committee} · ${formatMeetingDate(citation.meetingDate)} · ${minute}${citation.title}${speaker} (${place}${page})`;
  });
  return `${answer.text}\n\nSources:\n${sources.join('\n')}`;
}

function toJson(answer: Answer) {
  return {
    text: answer.text,
    abstained: answer.abstained,
    // Each citation carries `url` and `page` when known (see Citation).
    citations: answer.citations.map((citation) => ({
      ...citation,
      url: citation.url ?? null,
      page: citation.page ?? null,
    })),
    passages: answer.passages.map(({ chunk, score }) => ({
      score,
      heading: chunk.headingPath.join(' › '),
      source: chunk.source,
      line: chunk.line,
    })),
  };
}
