// "Was the public excluded for …", "what item were the press and public excluded from", "what went into closed
// session": asks about a part of the meeting held without the public.
const asksExclusion =
  /\b(?:public|press)\b[^?]{0,40}?\b(?:exclu(?:ded|de|sion)|kept out|asked to leave)\b|\bexclu(?:ded|de|sion)\b[^?]{0,40}?\b(?:public|press)\b|\b(?:in camera|closed session)\b/i;
// A line that tells of it, or of its absence: "the press and public be excluded", "exempt information", "taken in
// private", "Part 2", "no exempt items", "confidential".
const tellsExclusion =
  /\b(?:exclu(?:ded|de|sion)|exempt\w*|private|in camera|closed session|confidential|restricted|part (?:2|ii|b))\b/i;

/**
 * "What item was the public excluded for?" answered only by lines that tell of no exclusion: the meeting
 * "closed for public issues" and re-opened is the public being heard, not sent out, and quoting it reads as
 * the exclusion the papers do not record.
 */
export function omitsExclusionAsked(question: string, lines: string[]): boolean {
  if (!asksExclusion.test(question) || lines.length === 0) return false;
  return !lines.some((line) => tellsExclusion.test(line));
}
