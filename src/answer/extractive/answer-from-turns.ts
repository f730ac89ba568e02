import type { Citation } from '../../core/citation.js';
import { buildCitation } from '../../core/citation.js';
import { formatMeetingDate } from '../../core/dates.js';
import { readableSegment, type Segment, splitSegments } from '../../core/sentences.js';
import { contentTerms } from '../../core/tokenize.js';
import type { QuestionAnalysis } from '../../search/analyze-question.js';
import type { RetrievedPassage } from '../../search/retrieval.js';
import type { Answer } from '../answer.js';
import { coverage, presentStems, type Weigh } from './score-evidence.js';
import { phraseBonus } from './segment-signals.js';
import type { Candidate } from './select-segments.js';
import { isTranscript, shortSpeaker, splitTurns, type Turn } from './speaker-turns.js';

export interface TurnAnswerOptions {
  /** About the length of a person's summary of an exchange (references run 55 to 95 words). */
  words: number;
  passages: number;
}

interface Sentence extends Segment {
  passageIndex: number;
  turnIndex: number;
  score: number;
  words: number;
}

const defaults: TurnAnswerOptions = { words: 75, passages: 2 };

/**
 * Answers from spoken proceedings: the sentences that speak to the question, the reply when the best
 * sentence is a question put to someone, and only the named person's turns when the question asks
 * what they said; quoted by speaker, in the order they were said, about a paragraph long.
 */
export function answerFromTurns(
  candidates: Candidate[],
  analysis: QuestionAnalysis,
  weigh: Weigh,
  passages: RetrievedPassage[],
  options: TurnAnswerOptions = defaults,
): Answer | undefined {
  const used = candidates.filter((candidate) => isTranscript(candidate.passage.chunk)).slice(0, options.passages);
  if (used.length === 0) return undefined;
  const turnsOf = used.map((candidate) => splitTurns(candidate.passage.chunk.text));
  // "What did Kirsty Williams say…": her name picks the turns; it is not a topic word of what she said.
  const named = new Set(analysis.namedStems);
  const speakerStems = (speaker: string | null) =>
    speaker ? contentTerms(shortSpeaker(speaker)).filter((stem) => named.has(stem)) : [];
  const askedAbout = new Set(turnsOf.flat().flatMap((turn) => speakerStems(turn.speaker)));
  const topic = analysis.stems.filter((stem) => !askedAbout.has(stem) && !analysis.dateStems.includes(stem));
  const sentences = used.flatMap((candidate, passageIndex) =>
    turnsOf[passageIndex]!.flatMap((turn, turnIndex) => {
      const byAskedSpeaker = askedAbout.size === 0 || speakerStems(turn.speaker).length > 0;
      return turnSentences(candidate.passage.chunk.text, turn).map((segment) => {
        const present = presentStems(segment.text, analysis.expansions);
        const words = segment.text.split(/\s+/).length;
        const relevance =
          coverage(topic, present, weigh) + phraseBonus(segment.text, analysis) + 0.3 * candidate.coverage;
        // A courtesy ("Thank you, Chair.") is no answer however it scores.
        const substance = words < 6 ? 0.4 : 1;
        // Asked what someone said: their turns are the answer; the others' are not.
        const speakerFit = byAskedSpeaker ? 1 : 0;
        const score = relevance * substance * speakerFit * (1 - 0.05 * passageIndex);
        return { ...segment, passageIndex, turnIndex, score, words };
      });
    }),
  );
  const ranked = [...sentences].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score <= 0) return undefined;
  const chosen = new Map<string, Sentence>();
  const seenText = new Set<string>();
  let total = 0;
  const take = (sentence: Sentence) => {
    const key = `${sentence.passageIndex}:${sentence.start}`;
    const text = sentence.text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (chosen.has(key) || seenText.has(text) || total >= options.words) return;
    chosen.set(key, sentence);
    seenText.add(text);
    total += sentence.words;
  };
  for (const sentence of ranked) {
    if (total >= options.words || sentence.score < best.score * 0.3) break;
    // Every other passage is another citation: it must speak to the question nearly as well.
    if (sentence.passageIndex !== best.passageIndex && sentence.score < best.score * 0.7) continue;
    take(sentence);
    // A question put to a witness or minister is half the exchange: the reply that follows is the rest.
    if (sentence.text.trim().endsWith('?') && askedAbout.size === 0) {
      for (const reply of replyTo(sentence, sentences, turnsOf[sentence.passageIndex]!)) take(reply);
    }
  }
  return compose(
    [...chosen.values()].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start),
    used,
    turnsOf,
    passages,
  );
}

function turnSentences(text: string, turn: Turn): Segment[] {
  return splitSegments(text.slice(turn.start, turn.end)).map((segment) => ({
    ...segment,
    start: segment.start + turn.start,
    end: segment.end + turn.start,
  }));
}

/** The opening sentences of the next turn by someone else. */
function replyTo(question: Sentence, sentences: Sentence[], turns: Turn[]): Sentence[] {
  const asker = turns[question.turnIndex]?.speaker;
  const replyIndex = turns.findIndex(
    (turn, index) => index > question.turnIndex && turn.speaker !== null && turn.speaker !== asker,
  );
  if (replyIndex === -1) return [];
  return sentences
    .filter((sentence) => sentence.passageIndex === question.passageIndex && sentence.turnIndex === replyIndex)
    .filter((sentence) => sentence.words >= 6)
    .slice(0, 2);
}

function compose(sentences: Sentence[], used: Candidate[], turnsOf: Turn[][], passages: RetrievedPassage[]): Answer {
  const citations: Citation[] = [];
  const numberOf = new Map<number, number>();
  const lines: string[] = [];
  let currentDate: string | null | undefined;
  let current: { passageIndex: number; turnIndex: number } | undefined;
  for (const sentence of sentences) {
    const { chunk } = used[sentence.passageIndex]!.passage;
    let n = numberOf.get(sentence.passageIndex);
    if (n === undefined) {
      n = citations.length + 1;
      numberOf.set(sentence.passageIndex, n);
      const quoted = sentences
        .filter((other) => other.passageIndex === sentence.passageIndex)
        .reduce((top, other) => (other.score > top.score ? other : top));
      citations.push(buildCitation(n, chunk, quoted));
    }
    if (chunk.meetingDate && chunk.meetingDate !== currentDate) {
      if (lines.length > 0) lines.push('');
      lines.push(`**${formatMeetingDate(chunk.meetingDate)}** — ${chunk.committee}`);
      currentDate = chunk.meetingDate;
    }
    const sameTurn = current?.passageIndex === sentence.passageIndex && current.turnIndex === sentence.turnIndex;
    const text = `${readableSegment(sentence.text)} [${n}]`;
    if (sameTurn) {
      lines[lines.length - 1] = `${lines.at(-1)} ${text}`;
    } else {
      const speaker = turnsOf[sentence.passageIndex]![sentence.turnIndex]!.speaker;
      lines.push(`- ${speaker ? `${shortSpeaker(speaker)}: ` : ''}${text}`);
    }
    current = sentence;
  }
  return { text: lines.join('\n'), citations, abstained: false, passages };
}
