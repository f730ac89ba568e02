import { describe, expect, it } from 'vitest';
import { testChunk } from '../../../test/support/test-chunk.js';
import type { Chunk } from '../../core/chunk.js';
import { splitSegments } from '../../core/sentences.js';
import { withListAfterIntro } from './list-after-intro.js';
import type { ScoredSegment } from './select-segments.js';

const intro = 'Members discussed the annual library report and the following points were made:';
const first = testChunk({
  minute: '12',
  minuteTitle: 'Library Service',
  ordinal: 4,
  start: 1000,
  text: `Opening words.\n\n${intro}`,
});
const listText = [
  intro,
  '',
  '- Opening hours at the two branch libraries had been cut on Saturdays.',
  '- Visits to the mobile library had risen by a fifth.',
  '- The home delivery service had a waiting list.',
  '',
  'The Chair thanked the officers.',
].join('\n');
const next = testChunk({
  minute: '12',
  minuteTitle: 'Library Service',
  ordinal: 5,
  start: first.end + 1000 - intro.length,
  text: listText,
});

function introSegment(chunk: Chunk): ScoredSegment {
  const segment = splitSegments(chunk.text).find((candidate) => candidate.text.startsWith('Members discussed'))!;
  return { ...segment, passageIndex: 0, score: 1, signal: 0 };
}

describe('withListAfterIntro', () => {
  it('reads the list an intro line closing its passage introduces from the next passage, without repeating the intro', async () => {
    const continued = await withListAfterIntro(
      { segments: [introSegment(first)], candidates: [{ passage: { chunk: first, score: 1 }, coverage: 1 }] },
      async (chunk) => (chunk === first ? next : undefined),
    );
    expect(continued.candidates.map((candidate) => candidate.passage.chunk)).toEqual([first, next]);
    expect(continued.segments.map((segment) => segment.text)).toEqual([
      intro,
      '- Opening hours at the two branch libraries had been cut on Saturdays.',
      '- Visits to the mobile library had risen by a fifth.',
      '- The home delivery service had a waiting list.',
    ]);
  });

  it("leaves an intro alone when the next passage is another item's", async () => {
    const other = { ...next, minute: '13' };
    const continued = await withListAfterIntro(
      { segments: [introSegment(first)], candidates: [{ passage: { chunk: first, score: 1 }, coverage: 1 }] },
      async () => other,
    );
    expect(continued.segments).toHaveLength(1);
  });
});
