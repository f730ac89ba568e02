import type { Chunk } from './chunk.js';

// Words any council's or authority's name may share: a name of these alone ("County Council", "Fire
// Authority") says no place, and typing them names none.
const sharedWords = new Set(
  'the of and & council councils authority county city town township parish borough district metropolitan community village municipal municipality shire fire rescue combined joint police crime national park regional unitary corporation nhs foundation trust integrated care health board university learning school schools academy academies education local'.split(
    ' ',
  ),
);

/** The words of an authority's name that say where it is: "westbury" of "Westbury Town Council". */
export function placeWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\d'’-]+/u)
    .map((word) => word.replace(/['’]s$/, ''))
    .filter((word) => word !== '' && !sharedWords.has(word));
}

// "Westbury Town Council", "Hartshire Fire and Rescue Authority", "Township of Ashgrove": an authority in
// its own right, not one of its committees.
const authorityName =
  /\b(?:council|authority|nhs\s+(?:foundation\s+)?trust|integrated\s+care\s+board|health\s+board)$|^(?:the\s+)?(?:city|town|township|village|county|municipality|shire|borough|district)\s+of\s/i;

/**
 * The council or authority a passage's paper belongs to, where the paper says: its title block's authority,
 * or its committee when that is an authority with a place ("Harrowfield Parish Council"). Undefined for a
 * committee printed without its authority ("Cabinet", "County Council").
 */
export function authorityOf(chunk: Pick<Chunk, 'committee' | 'authority'>): string | undefined {
  if (chunk.authority) return chunk.authority;
  return authorityName.test(chunk.committee) && placeWords(chunk.committee).length > 0 ? chunk.committee : undefined;
}

/** Whether the passage is of that body: met as it, or its paper is the authority's. */
export function isOfBody(chunk: Pick<Chunk, 'committee' | 'authority'>, body: string): boolean {
  return chunk.committee === body || chunk.authority === body;
}

/** Whether the passage's paper is known to be another authority's than the one named. */
export function isOfOtherAuthority(chunk: Pick<Chunk, 'committee' | 'authority'>, authority: string): boolean {
  const own = authorityOf(chunk);
  return own !== undefined && own !== authority && chunk.committee !== authority;
}

/**
 * A meeting's body as a heading shows it to a reader with several councils' papers: "Planning Committee —
 * Westbury Town Council", since every council has a planning committee. A committee whose name already says
 * its authority ("Westbury Town Council", "Westbury Planning Committee") or a paper that records none keeps
 * the committee alone.
 */
export function committeeWithAuthority(committee: string, authority: string | undefined): string {
  if (!authority || committee === authority) return committee;
  const committeeWords = new Set(placeWords(committee));
  const place = placeWords(authority);
  if (place.length === 0 || place.every((word) => committeeWords.has(word))) return committee;
  return `${committee} — ${authority}`;
}

// "The chief executive of limerick city and county council", "swale borough council's": a council typed by
// the place before its kind, in any case. "Council tax" and "council housing" are things, not a council.
const councilTyped =
  /([\p{L}'’-]+)\s+(?:(?:county|city|borough|district|parish|town|municipal|metropolitan|and)\s+)*council\b(?!\s+(?:tax|taxes|housing|houses?|homes?|estates?|flats?|tenants?|rents?)\b)/giu;
// Typed before "council", these ask or say which council or which sitting of it, not where it is.
const notPlaceBefore = new Set(
  'the a an this that these those their its our your my his her whole full new old same other another any each every either neither both some no one which whose what who members councillors of for in at on by to or with from did does do has have had is was will would special extraordinary annual youth local neighbouring nearby'.split(
    ' ',
  ),
);

/** The place word typed before each council a question names: "limerick" of "limerick city and county council". */
export function councilPlacesTyped(question: string): string[] {
  return [...question.matchAll(councilTyped)]
    .map((match) => match[1]!.toLowerCase().replace(/['’]s$/, ''))
    .filter((word) => !notPlaceBefore.has(word) && !sharedWords.has(word));
}
