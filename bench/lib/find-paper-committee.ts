import { findCommitteeHeading } from '../../ingest/parse/find-committee.js';

/** The committee a paper's headings name most often (the one to rename in a synthetic copy). */
export function findPaperCommittee(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const name = findCommitteeHeading(line.replace(/[#*]/g, '').trim())?.name;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
