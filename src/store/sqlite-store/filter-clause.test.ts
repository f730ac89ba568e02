import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../index-store.js';
import { type ChunkFacts, filterClause, filterPredicate } from './filter-clause.js';

const facts: ChunkFacts = {
  meetingDate: '2024-03-05',
  committee: 'Improving Lives Select Commission',
  kind: 'minutes',
  exempt: false,
};

describe('filterClause', () => {
  it('excludes exempt chunks by default and binds every value as a parameter', async () => {
    expect(filterClause()).toEqual({ sql: ' AND c.exempt = 0', parameters: [] });
    const { sql, parameters } = filterClause({
      since: '2024-01-01',
      committees: ["O'Brien Board"],
      kinds: ['report', 'agenda'],
      includeExempt: true,
    });
    expect(sql).toBe(' AND c.meeting_date >= ? AND c.committee IN (?) AND c.kind IN (?,?)');
    expect(parameters).toEqual(['2024-01-01', "O'Brien Board", 'report', 'agenda']);
  });
});

describe('filterPredicate', () => {
  it.each<[SearchFilters, Partial<ChunkFacts>, boolean]>([
    [{}, {}, true],
    [{}, { exempt: true }, false],
    [{ includeExempt: true }, { exempt: true }, true],
    [{ since: '2024-03-05', until: '2024-03-05' }, {}, true],
    [{ since: '2024-03-06' }, {}, false],
    [{ until: '2024-03-04' }, {}, false],
    [{ since: '2020-01-01' }, { meetingDate: null }, false],
    [{ committees: ['Health Select Commission'] }, {}, false],
    [{ committees: [] }, {}, true],
    [{ kinds: ['report'] }, {}, false],
  ])('applies %j to %j as %s, like the SQL', (filters, overrides, expected) => {
    expect(filterPredicate(filters)({ ...facts, ...overrides })).toBe(expected);
  });
});
