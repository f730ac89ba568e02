import type { Chunk } from '../core/chunk.js';
import { isPartExempt, type Part } from '../core/paper.js';
import type { SearchFilters } from '../store/index-store.js';

/** The search filters applied to a whole part: its committee, and exemption unless the caller may see exempt papers. */
export function isPartVisible(part: Part, filters: SearchFilters = {}): boolean {
  if (isPartExempt(part) && !filters.includeExempt) return false;
  if (filters.committees?.length && !filters.committees.includes(part.committee)) return false;
  return true;
}

/** What a passage is headed: its minute's title, its agenda item's title, or its part's title. */
export function headingOfChunk(chunk: Chunk): string {
  if (chunk.minuteTitle) return chunk.minuteTitle;
  if (chunk.kind === 'agenda') return (chunk.section ?? '').replace(/^Item\s+\S+\s+—\s+/, '');
  return chunk.partTitle;
}

// The procedural business every meeting repeats; briefings list it but do not research it.
const standingItems = [
  /\bapologies\b/i,
  // Scottish minutes confirm "the Minute of the Previous Meeting", in the singular.
  /\bminutes? of (?:the )?(?:previous|last) meeting\b/i,
  /^\s*(?:to (?:approve|confirm|agree|sign) )?(?:the )?minutes of the meeting(?: of [^,]{1,60})? held on\b/i,
  // "Adoption of Minutes", "Approval of the Minutes", "To Approve/Sign the Minutes of…", a bare "Minutes:" heading;
  // not "Draft Minutes", which parishes also use for a policy on publishing them.
  /^\s*(?:adoption|approval|confirmation|signing) of (?:the )?(?:draft )?minutes\b/i,
  /^\s*(?:to )?(?:approve|confirm|adopt|agree|sign)(?:\s*\/\s*[a-z]+)? (?:the )?(?:draft )?minutes\b/i,
  /^\s*minutes\s*:?\s*$/i,
  /^\s*minutes of (?:the )?[^.]{0,60}\bmeetings? held on\b/i,
  /\b(?:declarations?|disclosures?) of (?:[\w-]+ ){0,4}interests?\b/i,
  /\bexclusion of (?:the )?(?:press|public)\b/i,
  // The openings and closings of North American, Australian and parish minutes.
  /^\s*(?:call(?:ed)? to order|roll call|opening of (?:the )?meeting|adjournment|close of (?:the )?meeting|meeting closed|closure)\s*:?\s*$/i,
  /^\s*acknowledge?ment of country\b/i,
  /^\s*(?:approval|adoption) of (?:the )?agenda\s*$/i,
  /^\s*(?:those (?:attending|present)|attendance|present)\s*:?\s*$/i,
  /^\s*next meeting\s*$/i,
  /\bquestions from (?:members of )?the public\b/i,
  /^\s*communications\s*$/i,
  /\burgent business\b/i,
  /\b(?:date|time)s?(?: and time)? of (?:the )?next meeting\b/i,
  /^\s*work programme\s*$/i,
];

/** Whether an agenda or minute item title is standing business (apologies, minutes, declarations…). */
export function isStandingItem(title: string): boolean {
  return standingItems.some((pattern) => pattern.test(title));
}
