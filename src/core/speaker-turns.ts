import type { Chunk } from './chunk.js';
import { coverFieldOf } from './cover-sheet-labels.js';
import { type Segment, splitSegments } from './sentences.js';
import { contentTerms, stem } from './tokenize.js';

/** One paragraph of a transcript: who spoke (when the paragraph names them) and where the words are. */
export interface Turn {
  speaker: string | null;
  /** Offsets into the chunk text of what was said, after the speaker label. */
  start: number;
  end: number;
}

// Captions number the voices they cannot name: "Speaker 2", "Unknown Speaker 1", "Participant 14", and
// diarisation tools "SPEAKER_02". Only such words take a number, so "Appendix 1:" and "Table 3:" stay headings.
export const numberedVoice =
  /^(?:Unknown[ \t]+|Unidentified[ \t]+)?(?:Speaker|Participant|Person|Voice|Caller|Guest|Interviewer|Respondent|Attendee|Commenter)(?:[ \t]+|_)\d{1,3}$/i;

// "Hon. Devon Achterberg:", "The Chair (Hon. Lena Bergeron (Lakeshore, Ind.)):", "Carys Pritchard AM:",
// "COUNCILMEMBER LEE:", "Ann Kerr (Fife) (Lab):", "The Minister for Rivers (Ann Kerr):": a short name, optionally with bracketed roles, seat and
// party, then a colon.
const speakerLabel =
  /^((?:[A-Z][\p{L}'’.-]*|of|the|and|de|la|van|von)(?:[ \t]+(?:[A-Z][\p{L}'’.-]*|of|the|and|for|de|la|van|von|AM|MS|MP)){0,7}(?:(?:[ \t]+|_)\d{1,3}(?=[ \t]*(?::|\(\d)))?(?:[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)){0,3}):[ \t]+(?=\S)/u;

// "Ruairi Banks, Clerk (00:01:30):": a name, then the speaker's role after a comma (a recording's transcript
// or a note-taker's), the name at least two words so "Thank you, Chair:" stays a sentence.
const namedRoleLabel =
  /^([A-Z][\p{L}'’.-]*(?:[ \t]+[A-Z][\p{L}'’.-]*){1,3},[ \t]+[A-Z][\p{L}'’.-]*(?:[ \t]+(?:[A-Z][\p{L}'’.-]*|of|the|and|for|to)){0,4}(?:[ \t]*\(\d{1,2}(?::\d{2}){1,2}\))?):[ \t]+(?=\S)/u;

// A recording's transcript prints the moment after the name ("Cllr Ann Orme (00:12:31):", "Speaker 1 (00:03):"):
// when the turn began, not part of who spoke.
const trailingTime = /[ \t]*\(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\)$/;

/** A speaker's label without the time printed after the name. */
export function withoutTime(label: string): string {
  return label.replace(trailingTime, '');
}

// Hansard and the Congressional Record close a label with a full stop ("The CHAIRMAN. The committee will…",
// "Mr. OKAFOR of Ohio. I yield…"): "The" or an honorific and a surname in capitals keep sentences out.
const stopLabel =
  /^((?:The|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Madam|Madame)[ \t]+[A-Z][A-Z'’-]+(?:[ \t]+(?:of|from)[ \t]+[A-Z][\p{L}]+(?:[ \t]+[A-Z][\p{L}]+)?)?)\.[ \t]+(?=["“‘]?[A-Z])/u;

// What may stand before a label: a caption's timestamp ("[00:12:31] ", "00:12:31 ", "(01:02) "), the
// number of an oral-evidence question ("Q12 ", "Q 12. ") or of a record's paragraph ("[15] ", as the
// Senedd's records number every paragraph). It is not part of what was said.
const turnLead =
  /^(?:\[\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|Q[ \t]?\d{1,4}[.)]?|\[\d{1,4}\])[ \t]+(?=[A-Z])/;
// A record's paragraph number opening a paragraph that names no speaker: the speaker goes on.
const paragraphNumber = /^\[\d{1,4}\][ \t]+(?=\S)/;

// A note-taker's question and answer, the person in brackets: "Q: (Mr Keane, Church Lane) When will…",
// "A (Cllr Ebbs): The council…". The person is the speaker, the place after a comma is not.
const questionAnswer =
  /^(?:Q|A|Question|Answer|Response|Reply)(?:[ \t]*\d{1,3})?(?:[ \t]*[:.\-–][ \t]*\(([^()\n]{2,80})\)|[ \t]*\(([^()\n]{2,80})\)[ \t]*[:.\-–])[ \t]*(?=\S)/;

/** The person a note-taker's "Q: (Name, place) …" or "A (Name): …" line names, and the label's length. */
export function questionAnswerSpeaker(line: string): { speaker: string; length: number } | undefined {
  const match = questionAnswer.exec(line);
  const speaker = (match?.[1] ?? match?.[2])?.split(',')[0]?.trim();
  if (!match || !speaker || !/^\p{Lu}/u.test(speaker) || speaker.split(/\s+/).length > 5) return undefined;
  return { speaker, length: match[0].length };
}

// Labels of minutes and reports that look like a speaker: "Resolved:", "Present:", "Action:".
const fieldLabels =
  /^(?:resolved|present|apologies|proposed|seconded|agreed|action|actions|note|notes|decision|recommendations?|item|minutes?|date|time|venue|subject|from|to|purpose|summary|background|in attendance|officers?|members?|attendance|apology|chair|moved|carried|outcome|update|response|question|answer|q|a|witness|witnesses)$/i;
// A field label that is also a role: after a question number or timestamp it is the person speaking ("Q4 Chair: …").
const roleLabels = /^chair$/i;

/** The length of a timestamp or question number opening a turn, 0 when there is none. */
export function turnLeadLength(paragraph: string): number {
  return turnLead.exec(paragraph)?.[0].length ?? 0;
}

// A record's note on how the words reached it, after the label: "Eleri Prydderch: [Translated] …" (words
// spoken in Welsh, printed in English), "[Interpretation]", "[Inaudible.]". It was not said.
const recordNote = /^\[(?:translated|translation|interpretation|interpreted|inaudible)\.?\][ \t]*/i;

/** How a paragraph is read: in a transcript, a role printed alone ("Chair: Thank you.") names who speaks. */
export interface SpeakerContext {
  spoken?: boolean;
}

/** A paragraph's speaker label, if it starts with one (after any timestamp or question number). */
export function speakerOf(
  paragraph: string,
  context: SpeakerContext = {},
): { speaker: string; length: number } | undefined {
  const asked = questionAnswerSpeaker(paragraph);
  if (asked) return asked;
  const lead = turnLeadLength(paragraph);
  const rest = paragraph.slice(lead);
  const match = speakerLabel.exec(rest) ?? namedRoleLabel.exec(rest) ?? stopLabel.exec(rest);
  if (!match) return undefined;
  const speaker = withoutTime(match[1]!.trim());
  if (/\d$/.test(speaker) && !numberedVoice.test(speaker)) return undefined;
  const role = roleLabels.test(speaker) && (lead > 0 || context.spoken === true);
  // A cover sheet's or record's labels ("Portfolio Holder:", "Decision Maker:", "Report of:") give a field's value.
  if ((fieldLabels.test(speaker) || coverFieldOf(speaker) !== undefined) && !role) return undefined;
  const note = recordNote.exec(rest.slice(match[0].length))?.[0].length ?? 0;
  return { speaker, length: lead + match[0].length + note };
}

/**
 * Splits a passage into paragraphs, each with its speaker when it opens with a speaker label. Where
 * turns follow each other without a blank line (a record printed line by line: "Mr SPEAKER: Order.",
 * "The CHAIRMAN. The question is…"), a line opening with a label inside a speaker's paragraph starts a
 * turn of its own. A paragraph that opens with the record's paragraph number and no label ("[16] We
 * now move to…") is the last speaker's still.
 */
export function splitTurns(text: string, context: SpeakerContext = {}): Turn[] {
  const turns: Turn[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const paragraph = match[0];
    if (paragraph.trim() === '') continue;
    let label = speakerOf(paragraph, context);
    let from = 0;
    if (label) {
      for (const line of paragraph.matchAll(/\n([^\n]+)/g)) {
        const next = speakerOf(line[1]!, context);
        if (!next) continue;
        const at = line.index + 1;
        turns.push({ speaker: label.speaker, start: match.index + from + label.length, end: match.index + line.index });
        label = next;
        from = at;
      }
    }
    const numbered = label ? undefined : paragraphNumber.exec(paragraph)?.[0].length;
    const going = numbered === undefined ? null : (turns.at(-1)?.speaker ?? null);
    const start = match.index + from + (label?.length ?? (going ? numbered! : 0));
    turns.push({ speaker: label?.speaker ?? going, start, end: match.index + paragraph.length });
  }
  return turns;
}

/** A passage of spoken proceedings: a transcript part, or text whose paragraphs open with speakers' names. */
export function isTranscript(chunk: Pick<Chunk, 'kind' | 'text'>): boolean {
  if (chunk.kind === 'transcript') return true;
  // A work programme's header labels its officers ("Chair: Cllr A Name", "Link Officer: B Name"): no one speaks.
  if (chunk.kind === 'minutes' || chunk.kind === 'agenda' || chunk.kind === 'work-programme') return false;
  const speakers = splitTurns(chunk.text).flatMap((turn) => (turn.speaker ? [turn.speaker] : []));
  if (speakers.length <= formFieldLines(chunk.text)) return false;
  // A passage inside one long turn shows a single label: a full name ("Carys Pritchard AM") still marks it.
  return speakers.length >= 2 || speakers.some((speaker) => /^\S+\s+\S+/.test(shortSpeaker(speaker)));
}

// A form's field: a label of a few words, the later ones in lower case as no name is ("Decision maker:",
// "Wards affected:", "Expected date of decision:"), then its value on the same line.
const formField = /^[A-Z][a-z]+(?:[ \t]+[a-z]+){1,4}:[ \t]+\S/gm;

/**
 * How many lines of a passage are a form's fields. A notice or register of records ("Ref: … / Decision maker: …
 * / Private: … / Documents: …") also prints one-word labels that read as names; where fields are as many as
 * those labels, the passage is a form, and no one in it speaks.
 */
function formFieldLines(text: string): number {
  return text.match(formField)?.length ?? 0;
}

/** "The Chair (Hon. Lena Bergeron (Lakeshore, Ind.))" reads as "The Chair"; "Hon. Devon Achterberg" as it is. */
export function shortSpeaker(speaker: string): string {
  return speaker.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, '').trim();
}

// Where one spoken sentence ends and the next begins: "…this year. We are…", "…waiting for? Madam Chair…".
// A stop after a title before a name ("the hon. Member", "Mr. Okafor") does not end the sentence; "No." said
// as an answer does.
const sentenceBreak =
  /(?<=[\p{Ll}0-9)%"”’'][.!?]|\?)(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|Prof|Rev|[Hh]on|St)\.)\s+(?=[\p{Lu}0-9"“‘(])/gu;

/** A turn's sentences, as offsets into the passage text: each can be quoted and cited on its own. */
export function turnSentences(text: string, turn: Turn): Segment[] {
  return splitSegments(text.slice(turn.start, turn.end)).flatMap((segment) => {
    const pieces: Segment[] = [];
    let from = 0;
    const cut = (to: number) => {
      const piece = segment.text.slice(from, to);
      const leading = piece.length - piece.trimStart().length;
      const start = turn.start + segment.start + from + leading;
      if (piece.trim() !== '') pieces.push({ start, end: start + piece.trim().length, text: piece.trim() });
    };
    for (const match of segment.text.matchAll(sentenceBreak)) {
      cut(match.index);
      from = match.index + match[0].length;
    }
    cut(segment.text.length);
    return pieces;
  });
}

// What a speaker says to the room rather than about the topic: thanks, greetings, addressing the
// chair, agreeing to go on ("Thank you, Chair.", "Okay, that's fine.", "I thank my colleague for the question.").
const courtesyWords = new Set(
  `thank thanks chair chairman chairwoman chairperson madam mister sir speaker deputy okay ok yes yeah no right good
  great fine sure absolutely indeed certainly welcome morning afternoon evening everyone everybody colleague colleagues
  member members question questions honourable honorable hon mr mrs ms dr lovely brilliant happy pleased glad like
  let begin start opportunity apologies sorry please go ahead well fair point correct true excellent`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stem(word)),
);

// "May I thank the panel for asking me here?", "Let me thank members for their patience.":
// thanks, whatever else the sentence names, unless it gives a figure.
const thanking =
  /^\W*(?:(?:first(?:ly| of all)?|and|well|so),?\s+)?(?:(?:can|may|could|let)\s+(?:I|me)\s+(?:just\s+)?(?:start|begin)?\s*(?:by\s+)?|I(?:'d|’d| would)\s+(?:just\s+)?like\s+to\s+|I\s+)?thank(?:ing)?\s+(?:you|the|my|all|everyone|members|colleagues)\b/i;

/** A sentence that only courtesies or acknowledges, or one broken off mid-word ("…just to say that in my—"). */
export function saysNothing(sentence: string): boolean {
  if (/[—–-]["”’']?$/.test(sentence.trim())) return true;
  if (thanking.test(sentence) && !/\d/.test(sentence)) return true;
  return contentTerms(sentence).every((term) => courtesyWords.has(term));
}

// "Chair, …", "Madam Chair, …", "Mr. Speaker, …", "Thank you, Chair. …": how a speaker addresses the room
// before saying anything.
const address =
  /^(?:(?:thank you(?: very much)?|thanks),?\s+)?(?:(?:mr\.?|madam|madame|mister)\s*)?(?:deputy\s+|acting\s+)?(?:chair(?:man|woman|person)?|speaker|president)(?:,\s*|\.\s+)(?=\S)/i;

/** A sentence without the address to the chair it opens with, its first letter raised. */
export function withoutAddress(sentence: string): string {
  const rest = sentence.replace(address, '');
  return rest === sentence ? sentence : rest.charAt(0).toUpperCase() + rest.slice(1);
}
