import type { AgendaItem, Part } from '../core/paper.js';
import { topicTerms } from '../meeting-papers/topic-terms.js';
import { findReferenceNumbers } from './find-reference-numbers.js';

const threshold = 0.5;
// A shared decision or reference number outranks any likeness of titles.
const sameReference = 2;

export interface MatchOptions<T> {
  /** The decision or reference numbers a report states on its cover (see findReferenceNumbers). */
  referencesOf?: (report: T) => string[];
}

/**
 * Pairs agenda items with their reports by a shared decision/reference number, else by how alike their
 * titles are; each report goes to one item at most, the closest pairs first. Callers pass only reports of
 * the same meeting (its pack, or papers dated by the same committee and meeting).
 */
export function matchReports<T extends { part: Part }>(
  items: AgendaItem[],
  reports: T[],
  options: MatchOptions<T> = {},
): Map<AgendaItem, T> {
  const pairs: { item: AgendaItem; report: T; score: number }[] = [];
  const references = new Map(reports.map((report) => [report, options.referencesOf?.(report) ?? []]));
  for (const item of items) {
    const titleTerms = topicTerms(item.title);
    const describedTerms = new Set(topicTerms(`${item.title} ${item.description}`));
    const itemReferences = findReferenceNumbers(`${item.title}\n${item.description}`);
    for (const report of reports) {
      const reportTitle = report.part.report?.title ?? report.part.title;
      const reportReferences = [...(references.get(report) ?? []), ...findReferenceNumbers(reportTitle)];
      const shared = itemReferences.some((reference) => reportReferences.includes(reference));
      const reportTerms = topicTerms(reportTitle);
      const score = shared
        ? sameReference
        : Math.max(dice(titleTerms, reportTerms), 0.9 * coverage(reportTerms, describedTerms));
      if (score >= threshold) pairs.push({ item, report, score });
    }
  }
  const matched = new Map<AgendaItem, T>();
  const used = new Set<T>();
  for (const { item, report } of pairs.sort((a, b) => b.score - a.score)) {
    if (matched.has(item) || used.has(report)) continue;
    matched.set(item, report);
    used.add(report);
  }
  return matched;
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((term) => b.includes(term)).length;
  return (2 * shared) / (a.length + b.length);
}

function coverage(terms: string[], within: Set<string>): number {
  return terms.length === 0 ? 0 : terms.filter((term) => within.has(term)).length / terms.length;
}
