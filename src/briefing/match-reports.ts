import type { AgendaItem, Part } from '../core/paper.js';
import { topicTerms } from '../meeting-papers/topic-terms.js';

const threshold = 0.5;

/**
 * Pairs agenda items with the reports of the same pack by how alike their titles are; each report
 * goes to one item at most, the closest pairs first.
 */
export function matchReports<T extends { part: Part }>(items: AgendaItem[], reports: T[]): Map<AgendaItem, T> {
  const pairs: { item: AgendaItem; report: T; score: number }[] = [];
  for (const item of items) {
    const titleTerms = topicTerms(item.title);
    const describedTerms = new Set(topicTerms(`${item.title} ${item.description}`));
    for (const report of reports) {
      const reportTerms = topicTerms(report.part.report?.title ?? report.part.title);
      const score = Math.max(dice(titleTerms, reportTerms), 0.9 * coverage(reportTerms, describedTerms));
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
