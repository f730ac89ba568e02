import type { SpeakerTurn } from '../core/paper.js';

// Who chaired is in every sitting; the digest names who gave evidence and who questioned them.
const chairing =
  /^(?:the\s+)?(?:acting\s+|deputy\s+|vice[- ])?(?:chair(?:man|person|woman)?|convener|speaker|presiding\s+officer)\b/i;

/**
 * A transcript's main voices for a digest line, most words first, without the chair and without speakers who
 * said only a line or two: a sitting's transcript carries no minutes or decisions, so who spoke is what says
 * which sitting it was.
 */
export function transcriptSpeakers(turns: SpeakerTurn[], limit = 5): string[] {
  const spoken = new Map<string, number>();
  for (const turn of turns) {
    if (chairing.test(turn.speaker)) continue;
    spoken.set(turn.speaker, (spoken.get(turn.speaker) ?? 0) + (turn.end - turn.start));
  }
  const total = [...spoken.values()].reduce((sum, length) => sum + length, 0);
  return (
    [...spoken]
      .filter(([, length]) => length >= 0.02 * total)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      // "Ms. Ada Quill (Lakeshore, GP)": the riding and party a Hansard label adds are not the name.
      .map(([speaker]) => speaker.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, ''))
  );
}
