import type { Chunk } from '../../core/chunk.js';
import type { ContinuedList } from './list-after-intro.js';

// "What was the reply to …", "what answer did she get", "how did the portfolio holder respond".
const asksForReply = /\b(?:repl(?:y|ied|ies)|answer(?:ed|s)?|respon(?:d|ded|se|ses))\b/i;
// A written question as papers print it: the question itself, ending in its mark (inside quotes or not).
const printedQuestion = /\?["”’]?\s*$/;
// The heading a written reply opens with: "Reply from Councillor A Name, Cabinet Member for …", "Response:".
const replyHeading = /^[ \t]*\**(?:Reply|Response|Answer)\b[^\n]*/m;
// The next question of the paper: its reply, if any, belongs to that one.
const nextQuestion = /^[ \t]*\**Question\b/m;

/**
 * A paper of members' written questions prints each question with its reply below it; asked what the reply was,
 * the question's words find the question, and the answer is the reply under it (up to the next blank line), quoted
 * beside the question so it says which one.
 */
export async function withWrittenReply(
  chosen: ContinuedList,
  question: string,
  following: (chunk: Chunk) => Promise<Chunk | undefined>,
): Promise<ContinuedList> {
  if (!asksForReply.test(question)) return chosen;
  const segments = [...chosen.segments];
  const candidates = [...chosen.candidates];
  for (const segment of chosen.segments) {
    if (!printedQuestion.test(segment.text)) continue;
    let passageIndex = segment.passageIndex;
    let { chunk } = candidates[passageIndex]!.passage;
    let from = segment.end;
    // A question closing its passage has its reply at the head of the next one.
    if (chunk.text.slice(from).trim() === '') {
      const next = await following(chunk);
      if (!next) continue;
      passageIndex = candidates.length;
      candidates.push({ passage: { chunk: next, score: 0 }, coverage: 0 });
      chunk = next;
      from = 0;
    }
    const { text } = chunk;
    const after = text.slice(from);
    const reply = replyHeading.exec(after);
    const next = nextQuestion.exec(after);
    if (!reply || (next && next.index < reply.index)) continue;
    const start = from + reply.index + reply[0].length - reply[0].trimStart().length;
    const blank = text.indexOf('\n\n', start);
    const end = blank === -1 ? text.length : blank;
    // A line of the reply chosen already quotes it.
    const quoted = segments.some(
      (other) => other.passageIndex === passageIndex && other.end > start && other.start < end,
    );
    if (!quoted)
      segments.push({ start, end, text: text.slice(start, end).trim(), passageIndex, score: segment.score, signal: 0 });
  }
  segments.sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start);
  return { segments, candidates };
}
