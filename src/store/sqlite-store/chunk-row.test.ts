import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../core/chunk.js';
import { type ChunkRow, chunkFromRow } from './chunk-row.js';

const chunk: Chunk = {
  id: 'abc123:4',
  source: 'papers/harbour-board/2023-02-14-minutes.pdf',
  documentSha: 'abc123',
  ordinal: 4,
  partIndex: 0,
  kind: 'minutes',
  committee: 'Harbour Board',
  meetingDate: '2023-02-14',
  partTitle: 'Minutes',
  section: 'Mooring fees',
  headingPath: ['Harbour Board', '2023-02-14', 'Mooring fees'],
  exempt: true,
  text: 'The board held mooring fees at last year’s level.',
  start: 120,
  end: 170,
  line: 9,
  page: 2,
};

const columns = {
  id: chunk.id,
  source: chunk.source,
  meeting_date: chunk.meetingDate,
  committee: chunk.committee,
  kind: chunk.kind,
  exempt: 1,
};

describe('chunkFromRow', () => {
  it('rebuilds a chunk from its columns and the JSON of its other fields', () => {
    const { id, source, meetingDate, committee, kind, exempt, ...details } = chunk;
    const row: ChunkRow = { ...columns, chunk_json: JSON.stringify(details) };
    expect(chunkFromRow(row)).toStrictEqual(chunk);
  });

  it('reads rows whose JSON still holds every field the same', () => {
    expect(chunkFromRow({ ...columns, chunk_json: JSON.stringify(chunk) })).toStrictEqual(chunk);
  });

  it('keeps a chunk without a meeting date dateless', () => {
    const dateless = { ...chunk, meetingDate: null };
    const row: ChunkRow = { ...columns, meeting_date: null, chunk_json: JSON.stringify({ text: dateless.text }) };
    expect(chunkFromRow(row).meetingDate).toBeNull();
  });
});
