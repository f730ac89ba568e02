import type { Part } from '../core/paper.js';

type MeetingPart = Pick<Part, 'committee' | 'meetingDate' | 'authority'>;

/**
 * The authority each dated meeting's papers name. A meeting's papers do not all print it: a frontsheet reads
 * "Cabinet" where the minutes of the same sitting read "Cabinet" under "Kent County Council", so a digest would
 * list one meeting twice. A paper without one takes the authority its meeting's other papers agree on; where
 * they name different authorities (two councils' cabinets on one day), none is lent.
 */
export function meetingAuthorities(parts: MeetingPart[]): (part: MeetingPart) => string | undefined {
  const named = new Map<string, Set<string>>();
  for (const part of parts) {
    if (!part.meetingDate || !part.authority) continue;
    const key = keyOf(part);
    named.set(key, (named.get(key) ?? new Set()).add(part.authority));
  }
  return (part) => {
    if (part.authority || !part.meetingDate) return part.authority;
    const authorities = named.get(keyOf(part));
    return authorities?.size === 1 ? [...authorities][0] : undefined;
  };
}

function keyOf(part: MeetingPart): string {
  return `${part.committee}#${part.meetingDate}`;
}
