import type { MinuteItem } from '../core/paper.js';
import type { CitationList, CitedText } from './create-citation-list.js';
import { decisionSubstance } from './decision-substance.js';
import { displayTitle } from './display-title.js';
import { isStandingItem } from './parts.js';
import { resolutionWithList } from './resolution-with-list.js';

export interface MinuteDecision {
  minute: string;
  title: string;
  cite: number;
  resolutions: CitedText[];
}

export interface MinuteBusiness {
  /** Each item's resolutions, as a reader would want them: the motion a bare vote carried, lists whole. */
  decisions: MinuteDecision[];
  /** The items that record no resolution, so minutes that resolve nothing still show their business. */
  discussed: { minute: string; title: string; cite: number }[];
}

/**
 * What a meeting decided and discussed, item by item, for digests and briefings: standing business (apologies,
 * the last minutes), votes that only ran the meeting and headings of numbered sub-items are left out.
 */
export function minuteDecisions(
  source: string,
  items: MinuteItem[],
  documentText: string,
  citations: CitationList,
  /** Whether to list (and cite) the items that decided nothing; a briefing's look back wants decisions only. */
  { discussed = true }: { discussed?: boolean } = {},
): MinuteBusiness {
  const business: MinuteBusiness = { decisions: [], discussed: [] };
  for (const item of items) {
    if (isStandingItem(item.title)) continue;
    const shown = item.resolutions.flatMap((resolution, index) => {
      const whole = resolutionWithList(documentText, resolution, item.resolutions[index + 1]?.start ?? item.end);
      return decisionSubstance(documentText, item.bodyStart, whole) ?? [];
    });
    // "7 Reports" above "7.1 …" and "7.2 …" is a heading of the items under it, not business of its own.
    const heading = items.some((other) => other.number.startsWith(`${item.number}.`));
    if (shown.length === 0 && (heading || !discussed)) continue;
    const entry = {
      minute: item.number,
      title: displayTitle(item.title),
      cite: citations.cite(source, { start: item.start, end: item.bodyStart }),
    };
    if (shown.length === 0) business.discussed.push(entry);
    else
      business.decisions.push({
        ...entry,
        resolutions: shown.map((decision) => ({ text: decision.text, cite: citations.cite(source, decision) })),
      });
  }
  return business;
}
