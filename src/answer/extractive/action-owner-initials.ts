// An action log's owner column ("Action by", "Owner", "Lead", "Who") read with its name ("Action by: RK"), holding
// initials: one to three capitals, several joined by "/", "," or "&" ("RK/SB").
const ownerInitials =
  /\b((?:action(?:ed)?\s+by|actions?|owners?|leads?|responsible|by whom|who)\s*:\s*)(\p{Lu}{2,3}(?:\s*[/,&]\s*\p{Lu}{2,3})*)(?=[;.)]|\s*$)/giu;
// A person's name as an attendance list prints it: an optional title, then two or three capitalised words
// ("Ms Rhoda Kettlewell", "Councillor Ann Fenn-Hythe", "Tobias de Vere" is missed, its particle lower case).
const personName =
  /(?:\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\s+)?\b(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\s+(?:(\p{Lu}[\p{Ll}'’]+)\s+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\b/gu;
// Labels that open a capitalised run without being a first name ("In Attendance", "Also Present").
const notFirstName = /^(?:Present|Apologies|Absent|Attendance|In|Also|Officers?|Members?|The)$/;

/** The initials an action log's owner column holds on a quoted row, each as printed ("RK"). */
export function ownerInitialsIn(line: string): string[] {
  return [...line.matchAll(ownerInitials)].flatMap((match) => match[2]!.split(/\s*[/,&]\s*/));
}

/**
 * The people an attendance list names, by their initials ("RK" → "Rhoda Kettlewell"), with a middle name's
 * initial or without it. Initials two people share are left out: which of them is meant is not printed.
 */
export function namesByInitials(attendance: string): Map<string, string> {
  const found = new Map<string, Set<string>>();
  // A post in brackets ("Ms Rhoda Kettlewell (Licensing Manager)") is capitalised like a name and is none.
  for (const match of attendance.replace(/\([^)]*\)/g, ' ').matchAll(personName)) {
    const [, first, middle, last] = match;
    if (notFirstName.test(first!)) continue;
    const name = [first, middle, last].filter(Boolean).join(' ');
    const initial = (word: string) =>
      word
        .split('-')
        .map((part) => part[0]!)
        .join('');
    const keys = new Set([initial(first!) + initial(last!)]);
    if (middle) keys.add(initial(first!) + initial(middle) + initial(last!));
    for (const key of keys) found.set(key, new Set([...(found.get(key) ?? []), name]));
  }
  return new Map([...found].filter(([, names]) => names.size === 1).map(([key, names]) => [key, [...names][0]!]));
}

/** "Action by: RK" read as "Action by: RK (Rhoda Kettlewell)" when the attendance names one person so. */
export function withOwnerNames(line: string, names: ReadonlyMap<string, string>): string {
  return line.replace(ownerInitials, (whole, label: string, initials: string) => {
    const read = initials
      .split(/(\s*[/,&]\s*)/)
      .map((part) => (names.has(part) ? `${part} (${names.get(part)})` : part))
      .join('');
    return read === initials ? whole : `${label}${read}`;
  });
}
