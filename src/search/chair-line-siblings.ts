import { isOfBody } from '../core/authority-names.js';
import { namesChair } from '../core/chair-titles.js';
import { type Chunk, chunkId } from '../core/chunk.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { NeighbourLookup } from './carry-to-neighbours.js';
import type { RetrievedPassage } from './retrieval.js';

// Minutes whose Present list marks no chair name it in the opening item just after: "The Mayor called the
// meeting to order at 7:00 p.m.", "Councillor X presided". Those chunks share no word with "Who chaired the
// …?" and rank nowhere; these many chunks after an attendance passage are read for one.
const chunksAfterAttendance = 2;
// Only the best few attendance passages: the meeting asked about is among them when the question names it.
const consideredPassages = 3;

/** Whether the question asks who chaired or presided. */
export function asksForChair(analysis: QuestionAnalysis): boolean {
  return analysis.intent === 'attendance' && /\bchair|\bpresid(?:ed|es|ing)\b/i.test(analysis.question);
}

/**
 * For a "who chaired" question, the opening passage of the same meeting that names the chair joins the
 * ranking just under the attendance passage it follows, when that attendance list names no chair itself.
 * When the question names the body, the line naming that body's chair answers it outright: it ranks
 * first, above the lines naming other bodies' chairs that share more of the question's words.
 */
export async function withChairLineSiblings(
  ranked: RetrievedPassage[],
  lookup: NeighbourLookup,
  { includeExempt, committee }: { includeExempt: boolean; committee: string | undefined },
): Promise<RetrievedPassage[]> {
  const best = ranked[0]?.score ?? 0;
  const named = (chunk: Chunk) => committee !== undefined && isOfBody(chunk, committee);
  const scores = new Map(ranked.map((passage) => [passage.chunk.id, { ...passage }]));
  // The named body's own attendance list naming its chair ("(Cathaoirleach)") answers as it stands.
  for (const passage of scores.values()) {
    if (passage.chunk.section === 'Attendance' && named(passage.chunk) && namesChair(passage.chunk.text))
      passage.score = Math.max(passage.score, best);
  }
  const attendance = ranked
    .slice(0, consideredPassages * 3)
    .filter(({ chunk }) => chunk.section === 'Attendance' && !namesChair(chunk.text))
    .slice(0, consideredPassages);
  if (attendance.length === 0) return [...scores.values()].sort((a, b) => b.score - a.score);
  const ids = attendance.flatMap(({ chunk }) =>
    Array.from({ length: chunksAfterAttendance }, (_, index) => chunkId(chunk.documentSha, chunk.ordinal + 1 + index)),
  );
  const following = new Map((await lookup([...new Set(ids)])).map((chunk) => [chunk.id, chunk]));
  for (const { chunk, score: attendanceScore } of attendance) {
    const line = chairLineAfter(chunk, following);
    if (!line || (line.exempt && !includeExempt)) continue;
    const score = named(chunk) ? best : attendanceScore;
    const existing = scores.get(line.id);
    if (existing) existing.score = Math.max(existing.score, score * 0.99);
    else scores.set(line.id, { chunk: line, score: score * 0.99 });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

function chairLineAfter(chunk: Chunk, following: Map<string, Chunk>): Chunk | undefined {
  for (let step = 1; step <= chunksAfterAttendance; step += 1) {
    const next = following.get(chunkId(chunk.documentSha, chunk.ordinal + step));
    if (!next || next.source !== chunk.source || next.partIndex !== chunk.partIndex) return undefined;
    if (namesChair(next.text)) return next;
  }
  return undefined;
}
