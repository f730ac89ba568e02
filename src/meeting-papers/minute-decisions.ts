import type { MinuteItem, Resolution } from '../core/paper.js';
import type { CitationList, CitedText } from './create-citation-list.js';
import { decisionSubstance } from './decision-substance.js';
import { displayTitle } from './display-title.js';
import { narrativeDecisions } from './narrative-decisions.js';
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
    // Minutes that print no resolution for an item may still record in its text what it agreed.
    const recorded =
      item.resolutions.length > 0
        ? [...listLead(documentText, item), ...item.resolutions]
        : narrativeDecisions(documentText, item);
    const shown = recorded.flatMap((resolution, index) => {
      const whole = resolutionWithList(documentText, resolution, recorded[index + 1]?.start ?? item.end);
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

// "RESOLVED:", "Agreed –", "3. RESOLVED": the label (and paragraph number) before a resolution's words.
const resolvedLabel = /^\s*(?:\(?\d{1,3}[.)]\s+)?(?:it\s+was\s+)?(?:resolved|agreed|decided|decision)\b\s*[:\-–]*\s*/i;
// Fewer words than this introduce a list without saying anything of their own: "That Cabinet:", "The Board agreed to:".
const leadWords = 5;

/**
 * The words a numbered resolution opens with before its list, when they decide something the list items do not
 * say: "That planning permission be GRANTED subject to the following conditions:" over "(1) The development
 * shall begin within three years…". Without them a digest lists the conditions and not the permission.
 */
function listLead(text: string, item: MinuteItem): Resolution[] {
  const first = item.resolutions[0];
  if (!item.resolved || !first || item.resolutions.length < 2 || first.start <= item.resolved.start) return [];
  const between = text.slice(item.resolved.start, first.start);
  const colon = between.lastIndexOf(':');
  if (colon < 0 || between.slice(colon + 1).replace(/[-•*\s(]|\d+[.)]?|[a-z][.)]/gi, '') !== '') return [];
  const label = resolvedLabel.exec(between)?.[0].length ?? 0;
  const lead = between.slice(label, colon + 1).trim();
  if (lead.split(/\s+/).length < leadWords || first.text.includes(lead)) return [];
  const start = item.resolved.start + label + between.slice(label).indexOf(lead);
  return [{ text: lead, start, end: start + lead.length }];
}
