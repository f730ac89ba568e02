/**
 * A list of people as minutes print it ("Councillors A Fenn (Chair), B Tull and C Marsh", "Mr R C Love, OBE; Dr
 * S Ode"): read by the parser into the attendance lists and by the answerer to count the members a line lists.
 */

// Post-nominal letters written after a comma ("Mr R C Love, OBE", "Sir Paul Carter, CBE, DL") belong to that name.
const honours =
  /^(?:O\.?B\.?E|C\.?B\.?E|M\.?B\.?E|K\.?B\.?E|D\.?B\.?E|B\.?E\.?M|J\.?P|D\.?L|M\.?P|M\.?E\.?P|M\.?S|M\.?S\.?P|A\.?M|T\.?D|K\.?C|Q\.?C|Q\.?P\.?M|F\.?R\.?S|C\.?B|C\.?V\.?O|L\.?V\.?O|K\.?C\.?B|Kt|PhD|MBA|Esq)\.?$/;

// A chair's title written after the name: "Councillor M. Fitzgerald, An Cathaoirleach", "D Llewellyn - Chairman",
// "Councillor M. Sheahan, Mayor" (in the chair of an Irish metropolitan district or an English town council).
const role =
  /^(?:An\s+)?(?:Leas-)?Cathaoirleach$|^(?:Vice[- ]?)?Chair(?:man|person|woman)?$|^(?:(?:Deputy|Lord|Town|Lady)\s+)?Mayor(?:ess)?$/i;

/** The names a list prints, each without its title, a chair's title or a post-nominal kept on its name. */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  // "Present: 6 - Mayor Quintero, …": US agenda systems count the roll call before the names; the count names nobody.
  const named = text.replace(/^\s*\d{1,2}\s*[-–]\s+(?=\p{Lu})/u, '');
  // "(Town Mayor, in the chair)": a comma inside brackets does not end the name.
  for (const piece of named.replace(/\.$/, '').split(/;|,(?![^()]*\))|\band\b(?![^()]*\))/)) {
    // "Al Birch (AB)": the initials the minutes then use are no part of the name.
    const name = piece
      .replace(
        /\b(?:(?:County|Borough|District|Parish|Town|City)\s+)?(?:Council+ors?|Council+or['’]s|Council\s?members?|Cllrs?\.?|Crs?\.?)\s*:?\s+/gi,
        '',
      )
      .replace(/\s*\([A-Z]{2,4}\)/g, '')
      .trim();
    // "6 residents", "9 of the public": a head count, not a name; "Nil", "None": nobody.
    if (/^\d+\s/.test(name) || /^(?:nil|none|n\/a)$/i.test(name)) continue;
    if ((honours.test(name) || role.test(name)) && names.length > 0) names[names.length - 1] += `, ${name}`;
    else if (name.length > 1 && /[A-Z]/.test(name)) names.push(name);
  }
  return names;
}
