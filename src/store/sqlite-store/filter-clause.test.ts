import { describe, expect, it } from 'vitest';
import { filterClause } from './filter-clause.js';

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
