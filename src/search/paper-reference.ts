import type { Chunk } from '../core/chunk.js';

/**
 * A part of a paper a question points to by its label: "appendix B", "annex 2", "paragraph 3.2", "section 4",
 * "page 12". Its letter or number is too short to be a search word, yet it is what tells the passage asked
 * about from the rest of the report.
 */
export interface PaperReference {
  label: 'appendix' | 'paragraph' | 'section' | 'page';
  id: string;
  /** "what's appendix 1": asked what the part is, which the line listing or titling it says. */
  titleAsked?: true;
}

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six'];
const typed = new RegExp(
  String.raw`\b(appendix|appendices|annexe?|paragraph|para|section|page|p\.)\s*(${numberWords.join('|')}|[a-z]|\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b(?!\.\d|%)`,
  'i',
);

export function findPaperReference(question: string): PaperReference | undefined {
  const match = typed.exec(question);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  const typedId = match[2]!.toLowerCase();
  // "section a" or "page b" is not a reference; appendices are lettered or numbered, in figures or words.
  const isAppendix = /^(?:appendix|appendices|annexe?)$/.test(word);
  if (!isAppendix && !/^\d/.test(typedId)) return undefined;
  const spelled = numberWords.indexOf(typedId);
  const id = spelled === -1 ? typedId : String(spelled + 1);
  const label = isAppendix
    ? 'appendix'
    : word === 'para' || word === 'paragraph'
      ? 'paragraph'
      : word === 'section'
        ? 'section'
        : 'page';
  const titleAsked = asksWhatPartIs.test(question.slice(0, match.index));
  return titleAsked ? { label, id, titleAsked } : { label, id };
}

// "what's appendix 1", "what is annex B": the question ends its frame on the part itself, not "what's in …".
const asksWhatPartIs = /\bwhat(?:'s|’s|\s+is|\s+are|\s+was)\s+(?:the\s+)?$/i;

const escaped = (id: string) => id.replace(/\./g, '\\.');

/**
 * Whether a line or passage holds the part referred to: names it ("see Appendix B", "Annex B –"), or, for a
 * numbered paragraph or section, opens on its number ("3.2 The council …"); a page is the passage's own page.
 */
export function holdsReference(text: string, reference: PaperReference, chunk?: Chunk): boolean {
  const id = escaped(reference.id);
  switch (reference.label) {
    case 'appendix':
      return appendixMention(reference.id).test(text);
    case 'paragraph':
    case 'section':
      return new RegExp(
        String.raw`\b(?:paragraphs?|paras?\.?|sections?)\s+${id}\b(?!\.\d)|(?:^|\n)[ \t]*${id}\.?[ \t]+\S`,
        'i',
      ).test(text);
    case 'page':
      return chunk?.page !== undefined && String(chunk.page) === reference.id;
  }
}

// "(see Appendix 1)", "as set out in Annex B", "attached at Appendix 2": the line points the reader to the part.
const pointsTo = /(?:\(|\b(?:see|in|at|to|within|under|per|from|by|and|or|with)\s*)$/i;

/**
 * Whether a line speaks of the part itself ("Appendix 1 Residential Update", "Appendix B sets out the fees")
 * rather than only pointing the reader to it mid-sentence ("… operational (see Appendix 1).").
 */
export function namesPartItself(text: string, reference: PaperReference): boolean {
  if (reference.label !== 'appendix') return holdsReference(text, reference);
  return [...text.matchAll(appendixMention(reference.id, 'g'))].some(
    (match) => !pointsTo.test(text.slice(Math.max(0, match.index - 20), match.index)),
  );
}

/**
 * "Appendix 3", "Appendix Three", "Annex 3", or a list naming it ("Appendices 2 and 3", "Annexes 1, 2 & 3"); a
 * bare 3 elsewhere does not name the appendix, nor does "Appendix 3.1", a paragraph of it.
 */
function appendixMention(id: string, flags = ''): RegExp {
  const position = /^\d+$/.test(id) ? Number(id) - 1 : -1;
  const names = [escaped(id), ...(numberWords[position] ? [numberWords[position]] : [])].join('|');
  const listed = String.raw`(?:(?:\d{1,2}|[a-z]|${numberWords.join('|')})\s*(?:,|and\b|&)\s*){1,4}`;
  return new RegExp(
    String.raw`\b(?:(?:appendix|annexe?)\s+|(?:appendices|annexe?s)\s+(?:${listed})?)(?:${names})\b(?!\.\d)`,
    `i${flags}`,
  );
}
