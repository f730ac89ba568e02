import type { Chunk } from '../papers/chunk.js';

/** What a passage is headed: its minute's title, its agenda item's title, or its part's title. */
export function headingOfChunk(chunk: Chunk): string {
  if (chunk.minuteTitle) return chunk.minuteTitle;
  if (chunk.kind === 'agenda') return (chunk.section ?? '').replace(/^Item\s+\S+\s+—\s+/, '');
  return chunk.partTitle;
}
