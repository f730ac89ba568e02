import { cleanLine, type Line } from '../../src/core/lines.js';
import type { ReportDetail } from '../../src/core/paper.js';
import { fieldLabels } from '../../src/core/report-fields.js';

export interface ReportSheet {
  detail: ReportDetail;
  committeeLine?: string;
  /** Index of the last line of the summary sheet: the report body starts after it. */
  lastLineIndex: number;
}

/** Reads a report's summary sheet: title, author, exemption, summary and recommendations. */
export function parseReportSheet(lines: Line[]): ReportSheet {
  const fields = new Map<string, string[]>();
  let current: string | undefined;
  let lastLineIndex = lines[0]?.index ?? 0;
  for (const line of lines) {
    const label = fieldLabels.find(([, pattern]) => pattern.test(line.clean));
    if (label) {
      current = label[0];
      const inline = inlineValue(line.raw);
      fields.set(current, inline ? [inline] : []);
      lastLineIndex = line.index;
      if (current === 'exempt' && inline) break;
      continue;
    }
    if (!current || line.clean === '') continue;
    const values = fields.get(current)!;
    if (current === 'exempt' && values.length > 0) break;
    values.push(line.clean);
    lastLineIndex = line.index;
    if (current === 'exempt') break;
  }
  const exemptValue = fields.get('exempt')?.[0];
  return {
    detail: {
      title: fields.get('title')?.join(' ') ?? 'Untitled report',
      author: fields
        .get('author')?.[0]
        ?.replace(/\[?[\w.+-]+@[\w.-]+\]?(\([^)]*\))?/g, '')
        .replace(/\b\d[\d ]{6,}\b|\bor\b\s*$/g, '')
        .replace(/[,\s]+$/, '')
        .trim(),
      exempt:
        exemptValue === undefined
          ? null
          : /^(yes|exempt)\b/i.test(exemptValue)
            ? true
            : /^no\b/i.test(exemptValue)
              ? false
              : null,
      summary: fields.get('summary')?.join(' '),
      recommendations: fields.get('recommendations')?.join(' '),
    },
    committeeLine: fields.get('committee')?.[0],
    lastLineIndex,
  };
}

/**
 * A value on the label's own line, as table-shaped sheets have it: "Exempt from the Press and Public: Yes",
 * or label and value in two tab-separated cells. Missing it would read an exempt report as public.
 */
function inlineValue(raw: string): string | undefined {
  const value = /^[^:?\t]*[:?\t](.*)$/.exec(raw)?.[1];
  const clean = value === undefined ? '' : cleanLine(value);
  return clean === '' ? undefined : clean;
}
