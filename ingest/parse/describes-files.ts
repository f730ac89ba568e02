// A README-like note that lists files, paths and repositories ("SOURCES.md", "README.md") sits next to papers
// but records no meeting: indexing it would let its list of meeting names answer questions about meetings.
const fileReference =
  /\b[\w.-]+\.(?:md|markdown|pdf|jsonl?|csv|tsv|txt|html?|docx?|xlsx?|ts|js|mjs|py|zip)\b|(?:^|\s)`?\.{1,2}\/[\w./-]+|\b[0-9a-f]{40}\b|\b(?:repository|repositories|commit)\b/gi;
// Words of a meeting's record; one of them and the note is treated as a paper whatever else it holds.
const recordWords =
  /\b(?:resolved|moved|seconded|apologies|present\s*:|motion|carried|in the chair|declarations? of interest|agenda item|recommendations?\s*:|minute\s+\d)/i;
// Fewer references than this is a paper that happens to cite a file or two.
const minimumReferences = 3;

/** Whether a text with no meeting structure is a note describing files rather than a paper of a meeting. */
export function describesFiles(text: string): boolean {
  if (recordWords.test(text)) return false;
  return (text.match(fileReference)?.length ?? 0) >= minimumReferences;
}
