import { escapeRegExp } from '../../core/escape-reg-exp.js';
import { contentTerms } from '../../core/tokenize.js';

// A name as typed: one to four capitalised words ("Ines Varga", "Tomos ap Rhys" is read as far as its capitals go).
const name = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?)`;
const replyWord = String.raw`(?:answers?|repl(?:y|ies)|responses?)`;
const given = String.raw`(?:(?:was|were)\s+)?(?:(?:given|made)\s+)?`;
// "the answer to Ines Varga's question on …", "the reply to the question from Ines Varga", "when Ines Varga asked
// …, what was the reply": the named person put the question, and the reply, by whoever gave it, is asked for.
const toPossessive = new RegExp(
  String.raw`\b${replyWord}\s+${given}to\s+${name}['’]s?\s+(?:question|query|challenge)`,
  'u',
);
const toQuestionFrom = new RegExp(
  String.raw`\b${replyWord}\s+${given}to\s+(?:the\s+)?(?:question|query)\s+(?:from|by|asked by|put by)\s+${name}(?![\p{L}'’])`,
  'u',
);
const whenAsked = new RegExp(
  String.raw`^\s*[Ww]hen\s+${name}\s+(?:asked|pressed|questioned|challenged|suggested|proposed|put it)\b[^?]*,\s*(?:what|how)\b[^?]*\b(?:${replyWord}|answered|replied|respond(?:ed)?)\b`,
  'u',
);

// "What happened after Ines Varga said …", "how did the Minister respond when Ines Varga asked …", "what followed
// Ines Varga's question": what was said next is asked for, and her turn only locates the exchange.
const saidVerb = String.raw`(?:said|asked|raised|put|questioned|suggested|claimed|argued|pointed\s+out|complained|challenged|pressed|mentioned|told)`;
const whatFollowed = String.raw`(?:\b[Ww]hat\s+(?:happened|followed|came\s+next|was\s+the\s+(?:response|reaction|reply|answer))|\b[Hh]ow\s+did\s+[^?]*?\b(?:respond|react|reply|answer))`;
const afterAsker = new RegExp(
  String.raw`${whatFollowed}\s+(?:after|when|once)\s+${name}\s+${saidVerb}\b|${whatFollowed}\s+(?:after|to)\s+${name}['’]s?\s+(?:question|point|remark|comment|intervention|challenge)\b|\b[Ww]hat\s+followed\s+${name}['’]s?\s+(?:question|point|remark|comment|intervention|challenge)\b`,
  'u',
);

// "Who disagreed with Ines Varga that …", "who answered Ines Varga", "who took issue with Ines Varga's claim": another
// voice's turn in reply to hers is asked for; hers only locates the exchange.
const whoRepliedTo = new RegExp(
  String.raw`\b[Ww]ho\s+(?:disagreed|agreed|argued|took\s+issue|sided|answered|replied|responded|objected|pushed\s+back)\s+(?:with\s+|to\s+|against\s+)?${name}(?!\p{L})`,
  'u',
);

// "Did anyone push back on the Minister…", "who challenged the Cabinet Secretary", "did members disagree with the
// chair": the office named is the one challenged, so the answer is another voice's turn, not the holder's.
const challengeVerb = String.raw`(?:push(?:ed|es|ing)?\s+back\s+(?:on|against)|challeng(?:e|ed|es|ing)|disagree(?:d|s|ing)?\s+with|object(?:ed|s|ing)?\s+to|(?:take|took|taking)\s+issue\s+with|argu(?:e|ed|es|ing)\s+with|question(?:ed|s|ing)?)`;

/** Whether the question asks who challenged the holder of the office it names as `phrase` ("the Minister"). */
export function challengesOffice(question: string, phrase: string): boolean {
  const office = phrase.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(String.raw`\b${challengeVerb}\s+(?:the\s+)?${office}(?!\p{L})`, 'iu').test(question);
}

// "wouldn't it be dangerous to…", "surely…", "I'm concerned that…": a turn that disputes rather than only asks.
const disputing =
  /\b(?:(?:wouldn|isn|doesn|aren|shouldn)['’]t\s+(?:it|that|this|you|we)|surely|dangerous|concern(?:ed|s)?|worr(?:y|ied|ying)|mixed\s+message|disagree|not\s+convinced|premature|reckless)\b/i;

/** Whether a turn's words dispute what was put to it, as a challenge to an office holder would. */
export function disputes(said: string): boolean {
  return disputing.test(said);
}

/**
 * The stems of the person a question names as the one who put a question, when what it asks for is the reply to
 * it: their turns locate the exchange, and another voice's turn answers. Empty when the question asks for no reply
 * to a named asker ("What did Ines Varga say…" asks for her own words).
 */
export function askerOfReply(question: string): string[] {
  for (const pattern of [toPossessive, toQuestionFrom, whenAsked, whoRepliedTo, afterAsker]) {
    const asker = pattern
      .exec(question)
      ?.slice(1)
      .find((group) => group !== undefined);
    if (asker) return contentTerms(asker);
  }
  return [];
}
