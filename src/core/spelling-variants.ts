/**
 * British, Irish and Australian papers write "behaviour", "prioritisation", "centre", "licence",
 * "catalogue"; American and Canadian ones (and people typing on their keyboards) write "behavior",
 * "prioritization", "center", "license", "catalog". foldSpelling gives both the one spelling the
 * stemmer then sees, so a question typed in one finds papers written in the other.
 *
 * The folded form is only a key: it mostly takes the American spelling, but "-yze" to "-yse" and
 * "liter" to "litre", where the other would join words that are no variants, and never "-or" to
 * "-our" (every "doctor" and "motor" would gain a "u"). A rule is harmful only where it folds a word
 * into another word, not into a spelling nobody writes; those words are kept as they are. Every pair folded together on the three development corpora was read
 * (bench/bench-spelling-variants.ts prints them).
 */
export function foldSpelling(word: string): string {
  if (word.length < 4 || kept.has(word)) return word;
  const whole = wholeWords.get(word);
  if (whole !== undefined) return whole;
  let folded = word;
  for (const [pattern, replacement] of prefixes) folded = folded.replace(pattern, replacement);
  for (const [pattern, replacement] of endings) folded = folded.replace(pattern, replacement);
  return withIze(folded);
}

// organise/organize, prioritisation/prioritization, emphasised/emphasized: to "-ize", whose forms
// the stemmer takes back to their base ("specialize" to "special") as it always did for American
// papers, unless the word's "-ise" is no "-ize" variant.
const iseEnding = /^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able)$/;

function withIze(word: string): string {
  const match = iseEnding.exec(word);
  if (!match) return word;
  const base = `${match[1]}ise`;
  if (plainIse.some((ending) => base.endsWith(ending))) return word;
  return `${match[1]}iz${match[2]}`;
}

// "-ise" words (and their ends: "revise" covers "unrevised") that no spelling writes with "-ize":
// folded, "revised" would leave "revision" and "precise" "precision" behind. Endings shared with
// variants ("-mise": minimise; "-cise": criticise; "-rise": authorise; "-tise": prioritise) are
// listed word by word.
const plainIse = [
  'vise',
  'wise',
  'guise',
  'raise',
  'oise',
  'ruise',
  'chise',
  'spise',
  'prise',
  'sunrise',
  'uprise',
  'premise',
  'demise',
  'promise',
  'surmise',
  'chemise',
  'precise',
  'concise',
  'excise',
  'incise',
  'circumcise',
  'exercise',
  'advertise',
  'chastise',
  'expertise',
  'mortise',
  'treatise',
  'merchandise',
  'paradise',
  'valise',
];

/** The text with each word spelled as foldSpelling spells it (lower-cased where it changed). */
export function foldSpellings(text: string): string {
  // Every chunk's text comes through here at ingest and few of its words change: the text is copied
  // only around the words that do. Its letter runs are found by character codes and looked up by a
  // hash of those codes (FoldedRuns), so a run that does not change (nearly all) costs neither a
  // substring nor a match object nor hashing that substring again in a Map.
  let folded = '';
  let copied = 0;
  let start = -1;
  let hash = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    // An ASCII letter either way round: setting the lower-case bit takes A-Z onto a-z and nothing else onto them.
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (start < 0) {
        start = index;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + code) | 0;
      continue;
    }
    if (start >= 0 && index - start >= minRun) {
      const spelled = foldedRuns.spelled(text, start, index, hash);
      if (spelled !== undefined) {
        folded += text.slice(copied, start) + spelled;
        copied = index;
      }
    }
    start = -1;
  }
  return copied === 0 ? text : folded + text.slice(copied);
}

/** The shortest letter run foldSpelling can change: it keeps every word under four letters. */
const minRun = 4;

/**
 * Letter runs already folded, by a hash of their character codes (bounded: ingest folds every word
 * of every passage, from a small vocabulary). Open addressing in flat arrays; a run is compared
 * with the remembered word in place, so only a run seen for the first time becomes a string.
 */
class FoldedRuns {
  private readonly hashes = new Int32Array(slots);
  /** The run as written, or undefined for an empty slot. */
  private readonly words: (string | undefined)[] = new Array(slots).fill(undefined);
  /** Its folded spelling, or undefined where folding leaves it as it is. */
  private readonly folds: (string | undefined)[] = new Array(slots).fill(undefined);
  private size = 0;

  /** The folded spelling of text[start, end), or undefined when it folds to itself. */
  spelled(text: string, start: number, end: number, hash: number): string | undefined {
    const length = end - start;
    let slot = hash & (slots - 1);
    for (let word = this.words[slot]; word !== undefined; word = this.words[slot]) {
      if (this.hashes[slot] === hash && word.length === length && text.startsWith(word, start)) return this.folds[slot];
      slot = (slot + 1) & (slots - 1);
    }
    const run = text.slice(start, end);
    const lower = run.toLowerCase();
    const spelling = foldSpelling(lower);
    const fold = spelling === lower ? undefined : spelling;
    if (this.size >= maxRemembered) {
      this.clear();
      slot = hash & (slots - 1);
    }
    this.hashes[slot] = hash;
    this.words[slot] = run;
    this.folds[slot] = fold;
    this.size += 1;
    return fold;
  }

  private clear(): void {
    this.words.fill(undefined);
    this.folds.fill(undefined);
    this.size = 0;
  }
}

// Half full at most, so a probe ends within a few slots.
const maxRemembered = 200_000;
const slots = 2 ** 19;
const foldedRuns = new FoldedRuns();

// Words an ending rule below would fold into another word ("four" into "for", "timbre" into
// "timber", "litre" into a stem of "literal"), or that are no variant and would lose the stem they
// share ("hatred" is not "hated" + "r"). "grey" and "gray" are left apart on purpose: both are
// surnames, and "grey belt" is a planning term.
const kept = new Set([
  ...family('flour', ['s', 'ed', 'y']),
  ...family('scour', ['s', 'ed', 'ing', 'er', 'ers']),
  ...family('detour', ['s', 'ed', 'ing']),
  ...family('contour', ['s', 'ed', 'ing']),
  ...family('devour', ['s', 'ed', 'ing']),
  ...family('velour', ['s']),
  ...family('amour', ['s']),
  ...family('paramour', ['s']),
  ...family('troubadour', ['s']),
  ...family('timbre', ['s']),
  // "entre nous" is no "enter"; "quell" keeps its double l in every spelling
  'entre',
  'litre',
  'litres',
  'hatred',
  'quelled',
  'quelling',
]);

/** A word and its forms with the given endings. */
function family(word: string, endings: string[]): string[] {
  return [word, ...endings.map((ending) => word + ending)];
}

// Variants no rule covers without folding other words too. "programme" and "program" are left apart
// (measured: joined, the commoner stem cost a council question its first place and a transcript
// question a place, and no question gained); the local embedder's 4-grams join them.
const wholeWords = new Map<string, string>([
  ...pairs('licence', 'license', ['', 's', 'd']),
  ...pairs('defence', 'defense', ['', 's', 'less']),
  ...pairs('offence', 'offense', ['', 's']),
  ...pairs('pretence', 'pretense', ['', 's']),
  ...pairs('practis', 'practic', ['e', 'es', 'ed', 'ing']),
  ...pairs('ageing', 'aging', ['']),
  // "litres" as "liters" would stem as "literally" does
  ...pairs('liter', 'litre', ['', 's']),
  ...pairs('jewellery', 'jewelry', ['']),
  ...pairs('aluminium', 'aluminum', ['']),
  ...pairs('plough', 'plow', ['', 's', 'ed', 'ing']),
  ...pairs('mould', 'mold', ['', 's', 'ed', 'ing', 'y']),
  ...pairs('artefact', 'artifact', ['', 's']),
  ...pairs('sceptic', 'skeptic', ['', 's', 'al', 'ally', 'ism']),
  ...pairs('meagre', 'meager', ['']),
  ...pairs('ochre', 'ocher', ['']),
  ...pairs('sepulchre', 'sepulcher', ['', 's']),
  ...pairs('centr', 'center', ['ing']),
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['manoeuvred', 'maneuvered'],
  ['manoeuvring', 'maneuvering'],
  ...pairs('learnt', 'learned', ['']),
  ...pairs('mediaeval', 'medieval', ['']),
  ...pairs('cosy', 'cozy', ['']),
]);

function pairs(from: string, to: string, endings: string[]): [string, string][] {
  return endings.map((ending) => [from + ending, to + ending]);
}

// Word beginnings British spelling writes with a digraph or another letter: "paediatric",
// "haemorrhage", "anaesthetic", "oesophagus", "foetal", "gynaecology", "enquiry".
const prefixes: [RegExp, string][] = [
  [/paed/, 'ped'],
  [/^haem/, 'hem'],
  [/aemi(a|as|c)$/, 'emi$1'],
  [/^anaes/, 'anes'],
  [/^oesoph/, 'esoph'],
  [/^oestr/, 'estr'],
  [/^foet/, 'fet'],
  [/^gynaec/, 'gynec'],
  [/^diarrhoea/, 'diarrhea'],
  [/^enquir/, 'inquir'],
  [/^sulph/, 'sulf'],
];

// Endings, applied in turn (a word may take two: "colourised" is "colorised"). Each keeps at least
// two or three letters before it, so short words ("hour", "your", "size", "rogue") stay whole.
const endings: [RegExp, string][] = [
  // behaviour(al), colour(ful), favour(ite|able), labour(er), neighbour(hood), harbour, honour(able)
  [
    /^([a-z]{2,})our(s|ed|ing|er|ers|ite|ites|itism|able|ably|al|ally|ful|fully|less|ly|hood|hoods|ist|ists|ism|ise|ised|ises|ising|isation|ize|ized|izes|izing|ization)?$/,
    '$1or$2',
  ],
  // analyze/analyse
  [/^([a-z]{2,})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  // centre, theatre, metre, litre, fibre, calibre, sombre, spectre; centred
  [/^([a-z]{2,}[tb])re(s?)$/, '$1er$2'],
  [/^([a-z]{2,}t)red$/, '$1ered'],
  // catalogue(d), dialogue, analogue; a short word (rogue, vogue, brogue) is none
  [/^([a-z]{3,})ogue(s?)$/, '$1og$2'],
  [/^([a-z]{3,})ogu(ed|ing)$/, '$1og$2'],
  // fuelled, dialled, trialled, travelled, labelled: the stemmer joins the longer ones already
  [/^([a-z]*[aeiou][^aeiou]*[ea])ll(ed|ing|er|ers)$/, '$1l$2'],
  // councillor, counsellor; instalment, enrolment; skilful, wilful
  [/^([a-z]{3,}[ie])llor(s?)$/, '$1lor$2'],
  [/^([a-z]{3,})llment(s?)$/, '$1lment$2'],
  [/^([a-z]{2,})llful(ly)?$/, '$1lful$2'],
  // judgement, acknowledgement, lodgement
  [/dgement(s?)$/, 'dgment$1'],
  // likeable, saleable, rateable, sizeable (not "changeable", "peaceable", "agreeable")
  [/^([a-z]{2,}[^aeioucg])eable$/, '$1able'],
];
