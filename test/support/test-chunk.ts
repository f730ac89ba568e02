import type { Chunk } from '../../src/core/chunk.js';

let made = 0;

/**
 * A minutes chunk of an invented Cabinet meeting for unit tests; `overrides` set what a test is about. Each chunk
 * gets its own id, since answerers tell passages apart by it.
 */
export function testChunk(overrides: Partial<Chunk> = {}): Chunk {
  const text = overrides.text ?? 'text';
  const committee = overrides.committee ?? 'Cabinet';
  const meetingDate = overrides.meetingDate ?? '2024-03-05';
  made += 1;
  return {
    id: `chunk-${made}`,
    source: 'made-up.md',
    documentSha: 'sha',
    ordinal: 0,
    partIndex: 0,
    kind: 'minutes',
    committee,
    meetingDate,
    partTitle: 'Minutes',
    headingPath: [committee, meetingDate],
    exempt: false,
    text,
    start: 0,
    end: text.length,
    line: 1,
    ...overrides,
  };
}
