import { shownKinds } from './answer-kinds.js';

/**
 * The detail a question asks a reply for beyond its topic: an example, a promise, a reason, a time or a concern. A witness
 * often opens with context ("We're aware of that…") and comes to the example or the undertaking later, past the
 * room an answer has; the reply's sentences holding the detail asked are read first.
 */
export type AskedDetail = 'example' | 'promise' | 'reason' | 'time' | 'concern';

const asked: [AskedDetail, RegExp][] = [
  // "What example did she give…", "any examples of…", "give an instance of…".
  ['example', /\bexamples?\b|\binstances?\b|\billustrat/i],
  // "What was promised…", "what did the minister commit to…", "what assurance was given…", "will they undertake…".
  ['promise', /\bpromis|\bpledg|\bcommit(?:s|ted|ment)?\b|\bundert(?:ake|ook|aking)|\bassurances?\b|\bguarantee/i],
  // "Why…", "how did she explain…", "what was the reason…", "how did he justify…".
  ['reason', /\bwhy\b|\bhow come\b|\breasons?\b|\bexplain\w*|\bjustif\w*|\bwhat caused\b/i],
  // "When…", "what timescale…", "by when…", "how soon…", "what deadline…".
  [
    'time',
    /^\W*when\b|\bwhen (?:is|was|will|would|did|does|do|are|were|can|could|should)\b|\btime-?(?:scales?|frames?|tables?|lines?)\b|\bby when\b|\bhow soon\b|\bdeadlines?\b|\bwhat date\b/i,
  ],
  // "What concerns were raised about…", "what worries did she have…", "was he worried about…". Not "schools causing
  // concern", a topic's own name.
  [
    'concern',
    /\bconcerns?\s+(?:were\s+|was\s+|did\s+\w+\s+|have\s+been\s+|has\s+been\s+)?(?:raised|expressed|voiced|have|has|had|about|over)\b|\bwhat (?:were (?:the|their|his|her) )?(?:concerns|worries|fears|objections)\b|\bworri(?:ed|es)\b/i,
  ],
];

const shown: Record<AskedDetail, (sentence: string) => number> = {
  // "For example, the east basin silted up…", "such as moorings and slipways", "one example is the Pellow lock".
  example: (sentence) =>
    Number(
      /\bfor (?:example|instance)\b|\bsuch as\b|\b(?:an|one|another|the|a good|a clear) example\b|\bexample of\b|\bto give (?:you )?an\b|\bi(?:'m| am) thinking of\b/i.test(
        sentence,
      ),
    ),
  // "We will publish…", "I'll write to the committee", "we intend to…", "I can give that assurance".
  promise: (sentence) =>
    Number(
      /\b(?:we|i|the (?:government|department|council|minister))(?:'ll| will| shall| intend to| plan to| are going to|'re going to| am going to|'m going to| commit| promise| undertake| guarantee| can (?:give|assure|confirm)| have committed| are committed| 'm committed)\b|\bwill be (?:published|announced|set out|brought forward|laid|issued|made available)\b|\bassurance\b/i.test(
        sentence,
      ),
    ),
  // "The reason why the figures differ is…", "that's why we…", "it's down to fear": a sentence stating the reason
  // itself. A reason given in passing ("…, because we know that…", "so that…") is as often the opening context.
  reason: (sentence) =>
    Number(
      /\bthe reasons? (?:why|for|is|are|was|were|behind)\b|\b(?:that|this)(?:'s| is| was) (?:why|because)\b|\bis (?:down|due) to\b|\bcaused by\b/i.test(
        sentence,
      ),
    ),
  // "We are concerned about their progress", "we are particularly worried about…", "the risk is…": the worry itself.
  concern: (sentence) =>
    Number(
      /\bconcern(?:s|ed)?\b|\bworr(?:y|ied|ies|ying)\b|\bfears?\b|\brisks?\b|\banxious\b|\banxiet(?:y|ies)\b/i.test(
        sentence,
      ),
    ),
  time: (sentence) =>
    Number(
      shownKinds(sentence).has('time') ||
        /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:spring|summer|autumn|winter)\b|\b(?:19|20)\d{2}\b|\b(?:next|this|coming) (?:week|month|year|term|autumn|spring|summer|winter)\b|\bwithin (?:the )?(?:next )?(?:\w+ )?(?:days?|weeks?|months?|years?)\b|\bby the end of\b/i.test(
          sentence,
        ),
    ),
};

/** The details a question asks for, read from its wording. */
export function askedDetails(question: string): AskedDetail[] {
  return asked.filter(([, pattern]) => pattern.test(question)).map(([detail]) => detail);
}

/** Whether a sentence gives one of the details asked: 1 when it does, 0 when not, to sort by. */
export function givesDetail(sentence: string, details: AskedDetail[]): number {
  return Math.max(0, ...details.map((detail) => shown[detail](sentence)));
}
