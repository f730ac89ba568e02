import { describe, expect, it } from 'vitest';
import type { SearchFilters } from '../index-store.js';
import { type ChunkFacts, createChunkFactTable } from './chunk-fact-table.js';

const facts: ChunkFacts = {
  meetingDate: '2024-03-05',
  committee: 'Improving Lives Select Commission',
  kind: 'minutes',
  exempt: false,
};

describe('the chunk fact table', () => {
  it.each<[SearchFilters, Partial<ChunkFacts>, boolean]>([
    [{}, {}, true],
    [{}, { exempt: true }, false],
    [{ includeExempt: true }, { exempt: true }, true],
    [{ since: '2024-03-05', until: '2024-03-05' }, {}, true],
    [{ since: '2024-03-06' }, {}, false],
    [{ until: '2024-03-04' }, {}, false],
    [{ since: '2024-02-29', until: '2024-12-31' }, {}, true],
    [{ since: '2020-01-01' }, { meetingDate: null }, false],
    [{}, { meetingDate: null }, true],
    [{ committees: ['Health Select Commission'] }, {}, false],
    [{ committees: ['Health Select Commission', 'Improving Lives Select Commission'] }, {}, true],
    [{ committees: [] }, {}, true],
    [{ kinds: ['report'] }, {}, false],
    [{ kinds: ['report', 'minutes'] }, {}, true],
  ])('applies %j to %j as %s, like the SQL', (filters, overrides, expected) => {
    const table = createChunkFactTable();
    table.set(7, { ...facts, committee: 'Health Select Commission', kind: 'report' });
    table.set(3000, { ...facts, ...overrides });
    expect(table.matcher(filters)(3000)).toBe(expected);
  });

  it('passes no label it holds no facts for, and counts exempt chunks through replacements and deletions', () => {
    const table = createChunkFactTable();
    table.set(1, { ...facts, exempt: true });
    table.set(2, { ...facts, exempt: true });
    table.set(2, facts);
    expect(table.exempt).toBe(1);
    expect(table.isExempt(1)).toBe(true);
    table.delete(1);
    table.delete(99_999);
    expect(table.exempt).toBe(0);
    const anything = table.matcher({ includeExempt: true });
    expect([0, 1, 2, 99_999].map(anything)).toEqual([false, false, true, false]);
  });
});
