import type { Span, SpeakerTurn } from '../../src/core/paper.js';
import { cutOversized, trimSpan } from './split-blocks.js';

export interface TurnWindow extends Span {
  /** The turns the window holds, each from where it starts inside the window. */
  turns: { speaker: string; start: number }[];
}

interface Piece extends Span {
  speaker: string;
  /** A whole turn that asks something: it belongs with the reply that follows. */
  asks: boolean;
}

// A turn asks when a question mark falls in its closing stretch ("…, Minister?" or "… thank you?").
const closingStretch = 240;

/**
 * Packs a transcript's turns into windows of at most `size` characters that never start inside a turn;
 * a turn longer than a window is cut at sentences. A question is carried into the next window when its
 * reply would not fit beside it, so a question and its answer are read together.
 */
export function packTurns(text: string, turns: SpeakerTurn[], size: number): TurnWindow[] {
  const pieces: Piece[] = turns.flatMap((turn) => {
    const span = trimSpan(text, turn);
    if (span.end <= span.start) return [];
    if (span.end - span.start <= size) {
      const asks = text.slice(Math.max(span.start, span.end - closingStretch), span.end).includes('?');
      return [{ ...span, speaker: turn.speaker, asks }];
    }
    return cutOversized(text, span, size).map((piece) => ({ ...piece, speaker: turn.speaker, asks: false }));
  });
  const windows: TurnWindow[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    windows.push({
      start: current[0]!.start,
      end: current.at(-1)!.end,
      turns: current.map((piece) => ({ speaker: piece.speaker, start: piece.start })),
    });
    current = [];
  };
  for (const piece of pieces) {
    const first = current[0];
    if (first && piece.end - first.start > size) {
      const question = current.at(-1)!;
      const carry = current.length > 1 && question.asks && piece.end - question.start <= size;
      if (carry) current.pop();
      flush();
      if (carry) current.push(question);
    }
    current.push(piece);
  }
  flush();
  return windows;
}
