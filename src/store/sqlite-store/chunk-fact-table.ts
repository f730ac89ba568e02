import type { SearchFilters } from '../index-store.js';

export interface ChunkFacts {
  meetingDate: string | null;
  committee: string;
  kind: string;
  exempt: boolean;
}

/**
 * Every chunk's filterable facts, for the vector graph's search-time filter, held in typed arrays
 * indexed by label. A Map of objects took about 200 MB and a second to fill at 1M chunks; this is
 * 10 bytes a label, and the filter hnswlib calls back for every node it visits reads numbers only.
 */
export interface ChunkFactTable {
  set(label: number, facts: ChunkFacts): void;
  delete(label: number): void;
  isExempt(label: number): boolean;
  /** How many chunks are exempt, which an unfiltered search must leave out. */
  readonly exempt: number;
  /** The filters as a predicate on labels; a label without facts never passes. */
  matcher(filters?: SearchFilters): (label: number) => boolean;
}

const present = 1;
const exemptFlag = 2;

/** 'YYYY-MM-DD' as YYYYMMDD, so dates compare as numbers; 0 for none. */
function dateNumber(date: string | null | undefined): number {
  return date ? Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)) : 0;
}

export function createChunkFactTable(): ChunkFactTable {
  let capacity = 1024;
  let flags = new Uint8Array(capacity);
  let dates = new Int32Array(capacity);
  let committees = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  // Committee and kind names by number (0 stands for none, so numbering starts at 1).
  const committeeNumbers = new Map<string, number>();
  const kindNumbers = new Map<string, number>();
  let exempt = 0;

  function grow(label: number): void {
    if (label < capacity) return;
    while (capacity <= label) capacity *= 2;
    const widen = <T extends Uint8Array | Uint32Array | Int32Array>(array: T, next: T): T => {
      next.set(array);
      return next;
    };
    flags = widen(flags, new Uint8Array(capacity));
    dates = widen(dates, new Int32Array(capacity));
    committees = widen(committees, new Uint32Array(capacity));
    kinds = widen(kinds, new Uint8Array(capacity));
  }

  function numberOf(names: Map<string, number>, name: string): number {
    let number = names.get(name);
    if (number === undefined) {
      number = names.size + 1;
      names.set(name, number);
    }
    return number;
  }

  return {
    set(label, facts) {
      grow(label);
      if (flags[label]! & exemptFlag) exempt -= 1;
      flags[label] = present | (facts.exempt ? exemptFlag : 0);
      if (facts.exempt) exempt += 1;
      dates[label] = dateNumber(facts.meetingDate);
      committees[label] = numberOf(committeeNumbers, facts.committee);
      kinds[label] = numberOf(kindNumbers, facts.kind);
    },
    delete(label) {
      if (label >= capacity) return;
      if (flags[label]! & exemptFlag) exempt -= 1;
      flags[label] = 0;
    },
    isExempt(label) {
      return label < capacity && (flags[label]! & exemptFlag) !== 0;
    },
    get exempt() {
      return exempt;
    },
    matcher(filters = {}) {
      const since = dateNumber(filters.since);
      const until = filters.until ? dateNumber(filters.until) : Number.POSITIVE_INFINITY;
      const dated = Boolean(filters.since || filters.until);
      const wanted = (names: Map<string, number>, chosen: readonly string[] | undefined) =>
        chosen?.length ? new Set(chosen.flatMap((name) => names.get(name) ?? [])) : undefined;
      const committeesWanted = wanted(committeeNumbers, filters.committees);
      const kindsWanted = wanted(kindNumbers, filters.kinds);
      const refused = filters.includeExempt ? 0 : exemptFlag;
      return (label) => {
        if (label >= capacity) return false;
        const flag = flags[label]!;
        if (!(flag & present) || flag & refused) return false;
        if (dated) {
          const date = dates[label]!;
          if (date === 0 || date < since || date > until) return false;
        }
        if (committeesWanted && !committeesWanted.has(committees[label]!)) return false;
        return !kindsWanted || kindsWanted.has(kinds[label]!);
      };
    },
  };
}
