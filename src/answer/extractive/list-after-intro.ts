import type { Chunk } from '../../core/chunk.js';
import { splitSegments } from '../../core/sentences.js';
import { type Candidate, listMarker, type ScoredSegment } from './select-segments.js';

const introduces = /:-?\s*(?:\*\*)?\s*$/;
const maxItems = 5;

export interface ContinuedList {
  segments: ScoredSegment[];
  candidates: Candidate[];
}

/**
 * "… the following issues were raised and clarified:" as the last line of its passage says nothing by itself:
 * the list it introduces starts the next passage of the same item. Its first few items come with it, cited to
 * that passage; an intro line with its list in the same passage is followed there (select-segments).
 */
export async function withListAfterIntro(
  chosen: ContinuedList,
  next: (chunk: Chunk) => Promise<Chunk | undefined>,
): Promise<ContinuedList> {
  const candidates = [...chosen.candidates];
  const segments = [...chosen.segments];
  for (const segment of chosen.segments) {
    const { chunk } = candidates[segment.passageIndex]!.passage;
    const closes = chunk.text.slice(segment.end).trim() === '';
    const listed = chosen.segments.some(
      (other) => other.passageIndex === segment.passageIndex && other.start > segment.start,
    );
    if (!introduces.test(segment.text) || !closes || listed) continue;
    const following = await next(chunk);
    if (!following || following.partIndex !== chunk.partIndex || following.minute !== chunk.minute) continue;
    // Passages overlap: what the next one repeats of this one, the intro line included, is skipped.
    const introEnd = chunk.start + segment.end;
    const items = splitSegments(following.text)
      .filter((item) => following.start + item.start >= introEnd)
      .filter((item) => /(?:^|\n)[ \t]*$/.test(following.text.slice(Math.max(0, item.start - 40), item.start)));
    const leading: typeof items = [];
    for (const item of items) {
      if (!listMarker.test(item.text) || leading.length >= maxItems) break;
      leading.push(item);
    }
    if (leading.length === 0) continue;
    const passageIndex = candidates.length;
    candidates.push({ passage: { chunk: following, score: 0 }, coverage: 0 });
    segments.push(...leading.map((item) => ({ ...item, passageIndex, score: segment.score, signal: 0 })));
  }
  return { segments, candidates };
}
