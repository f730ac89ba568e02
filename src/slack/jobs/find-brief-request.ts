const briefRequest =
  /^\s*(?:please\s+)?(?:brief(?:\s+me)?\s+(?:on|for|about)|(?:a\s+)?briefing\s+(?:on|for|about))\s+(.+?)[\s?.!]*$/i;

/** The meeting in "brief me on …", "brief on …" or "briefing for …"; undefined when the text asks something else. */
export function findBriefRequest(text: string): string | undefined {
  return briefRequest.exec(text)?.[1]?.trim() || undefined;
}
