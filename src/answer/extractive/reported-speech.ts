/**
 * Spoken sentences retold as minutes retell them: third person, past tense ("Hon. X said that the
 * council was pleased with the scheme"), so an answer never reads as a verbatim quote while it is
 * not one. The rendering is careful rather than complete: a pronoun or verb is changed only where a
 * rule covers it without doubt, quoted material, names, numbers and dates are kept as said, "you" (the
 * addressee) is left alone, and a sentence the rules cannot retell safely (an imperative, "let's",
 * unbalanced quotation marks, a question of an unusual shape) is quoted in quotation marks instead.
 */

// Words between a subject or auxiliary and the verb it governs: "we also think", "will not have".
const adverbs = new Set(
  'not also still just never always really certainly actually now already only even then indeed clearly obviously absolutely fully further probably definitely ever again currently all both'.split(
    ' ',
  ),
);
// After these a verb is an infinitive or follows a modal ("to do", "would have", "could be"): no backshift.
const blockers = new Set('to would could should might must will can may shall did'.split(' '));
// "the will to", "a can of", "our own will": the noun, not the modal.
const determiners = new Set(
  'a an the this that his her their its our my your own good political free ill of goodwill'.split(' '),
);
// "Phase I", "Part I", "World War I": a roman numeral, not the speaker.
const numeralContexts = new Set(
  'part phase schedule appendix annex tier type class stage title section chapter war article volume grade level category'.split(
    ' ',
  ),
);

// Present-tense auxiliaries and their past forms, changed where a subject or adverb precedes them.
const backshift: Record<string, string> = {
  is: 'was',
  are: 'were',
  has: 'had',
  have: 'had',
  do: 'did',
  does: 'did',
  will: 'would',
  can: 'could',
  may: 'might',
};

// Common verbs of speaking and thinking in their base form (after "I", "we") with their past forms.
const firstPersonVerbs: Record<string, string> = {
  think: 'thought',
  know: 'knew',
  believe: 'believed',
  want: 'wanted',
  feel: 'felt',
  hope: 'hoped',
  understand: 'understood',
  agree: 'agreed',
  expect: 'expected',
  need: 'needed',
  mean: 'meant',
  recognise: 'recognised',
  recognize: 'recognized',
  accept: 'accepted',
  welcome: 'welcomed',
  support: 'supported',
  appreciate: 'appreciated',
  say: 'said',
  continue: 'continued',
  remain: 'remained',
  intend: 'intended',
  plan: 'planned',
  propose: 'proposed',
  recommend: 'recommended',
  acknowledge: 'acknowledged',
  suggest: 'suggested',
  consider: 'considered',
  share: 'shared',
  look: 'looked',
  stand: 'stood',
};
// Past participles of the same verbs, for "Did you consider…?" → "whether you had considered…".
const participles: Record<string, string> = { ...firstPersonVerbs, know: 'known', understand: 'understood' };
// Third-person verbs after "it", "this", "that", "there", "he", "she": "it means" → "it meant".
const thirdPersonVerbs: Record<string, string> = {
  means: 'meant',
  seems: 'seemed',
  needs: 'needed',
  looks: 'looked',
  remains: 'remained',
  includes: 'included',
  requires: 'required',
  says: 'said',
  shows: 'showed',
  depends: 'depended',
  appears: 'appeared',
};
const thirdPersonSubjects = new Set('it this that there he she'.split(' '));
// Someone the speaker asks or tells before "to me" ("ask him to write to me"): retold, "to them" reads as them.
const othersAddressed = /\b(?:him|her|them)\b/i;

// Contractions read as the words they stand for, already in the past; `had` where a participle follows.
const contractions: Record<string, string> = {
  "i'm": 'they were',
  "i've": 'they had',
  "i'll": 'they would',
  "we're": 'they were',
  "we've": 'they had',
  "we'll": 'they would',
  "don't": 'did not',
  "doesn't": 'did not',
  "isn't": 'was not',
  "aren't": 'were not',
  "won't": 'would not',
  "can't": 'could not',
  "haven't": 'had not',
  "hasn't": 'had not',
  "that's": 'that was',
  "what's": 'what was',
  "who's": 'who was',
  "they're": 'they were',
  "you're": 'you were',
  "you've": 'you had',
  "you'll": 'you would',
  "they've": 'they had',
  "they'll": 'they would',
};
// "it's", "there's": "it is" or "it has", told apart by the next word.
const isOrHas = new Set(["it's", "there's", "he's", "she's"]);
// "I'd", "we'd": "would" before a base verb, "had" before a participle.
const wouldOrHad = new Set(["i'd", "we'd"]);

// A statement opening on these is an imperative or an invitation ("Let's", "Please note…"): retold, it
// would change what was said.
const imperativeOpenings = new Set(
  "let let's please don't do imagine remember consider look note see allow".split(' '),
);
// Openings that carry nothing once retold: "So, …", "Well, …", "And …".
const fillers = /^(?:(?:so|well|yeah|okay|ok|um|uh|oh|right|and|but|now)\b,?\s+)+/i;
// Words that start a sentence in lower case once it follows "said that"; any other word keeps its capital
// (a name, an acronym).
const commonOpenings = new Set(
  'a an the this that these those there it its in on at for with as if when while because although though so what how one some all most many each every no not yes they their them you your he she his her any both since after before during given once until unless where which who whether then also just even only obviously clearly certainly unfortunately fortunately currently again here of by from to more less much further however about over under through within without everyone everything nobody nothing something someone people according absolutely indeed actually really very quite our we i'
    .split(' ')
    .concat(
      'twice speaking recently instead today yesterday tomorrow yet several anything firstly secondly thirdly finally ultimately sure therefore thus hence good great going first last multiple small few overall nevertheless moreover additionally similarly likewise frankly honestly personally generally typically usually normally previously initially originally eventually hopefully basically essentially importantly particularly specifically simply nearly roughly two three four five six seven eight nine ten'.split(
        ' ',
      ),
    ),
);

const questionAuxiliaries: Record<string, string> = {
  is: 'was',
  are: 'were',
  was: 'was',
  were: 'were',
  will: 'would',
  would: 'would',
  can: 'could',
  could: 'could',
  should: 'should',
  may: 'might',
  might: 'might',
  has: 'had',
  have: 'had',
  shall: 'should',
};
const questionSubjects = new Set('you we i they it there he she this that'.split(' '));
const questionWords = new Set('what how when why where who which'.split(' '));
// "Will the council agree…?", "Can the Director of Housing say…?": a named subject after a modal
// ends at the first of these verbs; a question whose verb is not here is quoted instead.
const modalQuestionAuxiliaries = new Set('will would can could should may might'.split(' '));
const subjectOpenings = new Set('the this that these those your our his her their'.split(' '));
const questionVerbs = new Set(
  'commit tell confirm explain provide ensure agree fix do make take give consider publish support act extend help reverse release say stand step work reopen meet launch put increase review stop guarantee respond answer table apologize apologise intervene follow listen admit acknowledge recognize recognise be have get allow close open invest protect end address reconsider implement introduce update share look come use move keep continue release clarify outline assure'.split(
    ' ',
  ),
);
const longestSubject = 6;

// A letter run fused to a number ("amendment 2I", "3B") is a label: its "I" is no speaker.
const word = /(?<![0-9])[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/**
 * A run of one speaker's sentences retold: "<speaker> said that …", later sentences in the third person
 * past (quoted bare where no rule retells one), questions as "<speaker> asked whether/what …". Without a
 * speaker there is no one to attribute them to, and the sentences are kept as said.
 */
export function reportSpeech(speaker: string | null, sentences: string[]): string {
  if (!speaker) return sentences.join(' ');
  return sentences.map((sentence, index) => reportSentence(speaker, sentence, index === 0)).join(' ');
}

function reportSentence(speaker: string, sentence: string, first: boolean): string {
  const text = sentence.trim();
  if (/\?["”’)]*$/.test(text)) {
    const asked = reportQuestion(text.replace(fillers, ''));
    return asked ? `${speaker} asked ${asked}` : `${speaker} asked: “${text}”`;
  }
  const opening = first ? text.replace(fillers, '') : text;
  const retold = opening === '' ? undefined : reportStatement(opening);
  // Later in the speaker's run the quotation needs no one named again: the line is theirs, and "X added"
  // is words the answer spends on no content.
  if (!retold) return first ? `${speaker} said: “${text}”` : `“${text}”`;
  if (!first) return capitalize(retold);
  return /^that\b/i.test(retold)
    ? `${speaker} said ${lowerOpening(retold)}`
    : `${speaker} said that ${lowerOpening(retold)}`;
}

/** A statement in the third person past, or undefined when no rule retells it safely. */
export function reportStatement(text: string): string | undefined {
  const firstWord = text.match(word)?.[0]?.toLowerCase().replace(/’/g, "'");
  if (firstWord && imperativeOpenings.has(firstWord)) return undefined;
  if (/\blet['’]s\b/i.test(text)) return undefined;
  const pieces = splitQuotations(text);
  if (!pieces) return undefined;
  const state: ShiftState = { previous: [], shiftedSubject: false, thirdSubject: false, unsafe: false };
  const retold = pieces.map((piece) => (piece.quoted ? piece.text : shiftPiece(piece.text, state))).join('');
  return state.unsafe ? undefined : retold;
}

interface ShiftState {
  /** Output words so far, lower case. */
  previous: string[];
  /** The last word before any adverbs was a speaker's own "I"/"we", now "they". */
  shiftedSubject: boolean;
  thirdSubject: boolean;
  /** A word was met that no retelling keeps unambiguous: the sentence is quoted instead. */
  unsafe: boolean;
}

/** Quoted material stays as it was said; text outside it may be retold. Undefined when quotes do not pair. */
function splitQuotations(text: string): { text: string; quoted: boolean }[] | undefined {
  const straight = (text.match(/"/g) ?? []).length;
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (straight % 2 !== 0 || opens !== closes) return undefined;
  const pieces: { text: string; quoted: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/"[^"]*"|“[^”]*”/g)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), quoted: false });
    pieces.push({ text: match[0], quoted: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), quoted: false });
  return pieces;
}

function shiftPiece(text: string, state: ShiftState): string {
  return text.replace(word, (original, offset: number, whole: string) => {
    const lower = original.toLowerCase().replace(/’/g, "'");
    const atStart = state.previous.length === 0;
    const next = (whole.slice(offset + original.length).match(word)?.[0] ?? '').toLowerCase();
    const governing = [...state.previous].reverse().find((earlier) => !adverbs.has(earlier));
    const lastWord = state.previous.at(-1);
    let replacement: string | undefined;
    let shiftedSubject = false;
    let thirdSubject = false;
    if (original === 'I' && !(lastWord && numeralContexts.has(lastWord))) {
      replacement = 'they';
      shiftedSubject = true;
    } else if (lower === 'we' && (original === 'we' || original === 'We')) {
      replacement = 'they';
      shiftedSubject = true;
    } else if ((original === 'me' || original === 'us' || original === 'Me' || original === 'Us') && !atStart) {
      // "I asked him to write to me", retold "…write to them", reads as written back to him: who is to be
      // written to is lost, and the sentence is quoted as said.
      if (lastWord === 'to' && othersAddressed.test(whole.slice(0, offset))) state.unsafe = true;
      replacement = 'them';
    } else if (lower === 'my' || lower === 'our') {
      replacement = 'their';
    } else if ((lower === 'mine' && !(lastWord && determiners.has(lastWord))) || lower === 'ours') {
      replacement = 'theirs';
    } else if (lower === 'myself' || lower === 'ourselves') {
      replacement = 'themselves';
    } else if (contractions[lower]) {
      // Every replacement ends on its auxiliary ("they would", "they had"), so the verb after it stays
      // as said: "I'll propose" is "they would propose", never "they would proposed".
      replacement = contractions[lower];
    } else if (isOrHas.has(lower)) {
      const subject = lower.slice(0, lower.indexOf("'"));
      replacement = `${subject} ${next === 'been' || next === 'got' ? 'had' : 'was'}`;
    } else if (wouldOrHad.has(lower)) {
      // Like the contractions above, it ends on its auxiliary: "I'd suggest" is "they would suggest".
      replacement = `they ${next === 'been' || (next.endsWith('ed') && !firstPersonVerbs[next]) ? 'had' : 'would'}`;
    } else if ((original === 'am' || original === 'was') && state.shiftedSubject && governing === 'they') {
      // "I am", "I was": the verb agrees with "they".
      replacement = 'were';
    } else if (backshift[lower] && original === lower && !atStart && !(governing && blockers.has(governing))) {
      const noun =
        (lower === 'will' || lower === 'can') &&
        ((lastWord !== undefined && determiners.has(lastWord)) || /^(?:to|of|and|or)$/.test(next));
      if (!noun) replacement = backshift[lower];
    } else if (firstPersonVerbs[lower] && original === lower && state.shiftedSubject) {
      replacement = firstPersonVerbs[lower];
    } else if (thirdPersonVerbs[lower] && original === lower && state.thirdSubject) {
      replacement = thirdPersonVerbs[lower];
    }
    if (thirdPersonSubjects.has(lower) && !replacement) thirdSubject = true;
    const output = replacement === undefined ? original : matchCase(original, replacement, atStart);
    const outputWords = output.toLowerCase().split(' ');
    state.previous.push(...outputWords);
    // The subject stays in force across adverbs ("we also think") and is spent by any other word.
    if (!adverbs.has(lower)) {
      state.shiftedSubject = shiftedSubject;
      state.thirdSubject = thirdSubject;
    }
    return output;
  });
}

/**
 * A question retold: "Will you publish…?" → "whether you would publish…", "When will the board…" is
 * left (its subject has no clear end), "What are you doing…?" → "what you were doing…".
 */
export function reportQuestion(text: string): string | undefined {
  const body = text.replace(/\?["”’)]*$/, '').trim();
  const words = body.split(/\s+/);
  const lowered = words.map((each) => each.toLowerCase());
  let lead = '';
  let at = 0;
  if (questionWords.has(lowered[0]!)) {
    lead = `${lowered[0]} `;
    at = 1;
  }
  const auxiliary = lowered[at];
  const subject = lowered[at + 1];
  if (!auxiliary || !subject) return undefined;
  if (modalQuestionAuxiliaries.has(auxiliary) && subjectOpenings.has(subject)) {
    const verbAt = lowered.findIndex((each, index) => index > at + 2 && questionVerbs.has(each));
    const named = words.slice(at + 1, verbAt);
    if (verbAt < 0 || named.length > longestSubject || named.some((each) => /[,;:]/.test(each))) return undefined;
    const retold = reportStatement(`so ${[...named, auxiliary, ...words.slice(verbAt)].join(' ')}`);
    return retold ? `${lead || 'whether '}${retold.replace(/^so /, '')}.` : undefined;
  }
  if (!questionSubjects.has(subject)) return undefined;
  const rest = words.slice(at + 2);
  const subjectWord = subject === 'i' ? 'I' : subject;
  let reordered: string | undefined;
  if (questionAuxiliaries[auxiliary]) {
    reordered = [subjectWord, auxiliary, ...rest].join(' ');
  } else if (auxiliary === 'do' || auxiliary === 'does' || auxiliary === 'did') {
    const verb = rest[0]?.toLowerCase();
    const past = verb && (auxiliary === 'did' ? participles[verb] : firstPersonVerbs[verb]);
    if (!past) return undefined;
    reordered = [subjectWord, ...(auxiliary === 'did' ? ['had', past] : [past]), ...rest.slice(1)].join(' ');
  }
  if (!reordered) return undefined;
  // The reordered question reads as a statement: the same rules shift its pronouns and tenses.
  const retold = reportStatement(`so ${reordered}`);
  if (!retold) return undefined;
  return `${lead || 'whether '}${retold.replace(/^so /, '')}.`;
}

function matchCase(original: string, replacement: string, atStart: boolean): string {
  return atStart && /^[A-Z]/.test(original) ? capitalize(replacement) : replacement;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** After "said that", the sentence's first word in lower case, unless it is a name or an acronym. */
function lowerOpening(text: string): string {
  const first = text.match(/^[A-Za-z]+/)?.[0];
  if (!first || !commonOpenings.has(first.toLowerCase()) || (first.length > 1 && first === first.toUpperCase()))
    return text;
  return first.toLowerCase() + text.slice(first.length);
}
