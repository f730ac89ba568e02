import type { Part } from '../core/paper.js';

type PaperPart = { source: string; part: Pick<Part, 'kind' | 'meetingDate'> };

/**
 * Text a paper's parser recognised no part in becomes a part of its own: before the first part (a web page's
 * front matter, a link to the original file), or the front page of a pack ("Summons to and / Agenda for an /
 * Extraordinary / Meeting on …", a covering letter). Where the same paper has dated parts, an undated leftover
 * belongs to a paper the digest already lists under its meeting; a dated one whose paper holds an agenda, minutes
 * or a report of the same meeting is that meeting's front matter. Neither is a paper of its own.
 */
export function withoutLeftovers<T extends PaperPart>(parts: T[]): T[] {
  const dated = new Set(parts.filter((stored) => stored.part.meetingDate).map((stored) => stored.source));
  const structured = new Set(
    parts
      .filter((stored) => stored.part.kind !== 'other' && stored.part.meetingDate)
      .map((stored) => `${stored.source}#${stored.part.meetingDate}`),
  );
  return parts.filter(({ source, part }) => {
    if (part.kind !== 'other') return true;
    return part.meetingDate ? !structured.has(`${source}#${part.meetingDate}`) : !dated.has(source);
  });
}
