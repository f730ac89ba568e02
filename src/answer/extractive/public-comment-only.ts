// Who speaks in a line that reports the public's word: "three members of the public spoke", "a resident asked",
// "public speakers raised". A body's own record says what the body did; these say what was put to it.
const publicSpeaker =
  /\b(?:members? of the public|residents?|public speakers?|(?:a|one|two|three|four|five|several|many)\s+(?:local\s+)?(?:speakers?|objectors?|petitioners?))\b[^.;]{0,40}?\b(?:spoke|speak|asked|raised|addressed|commented|urged|objected|said|expressed|presented|queried)\b/i;
// A heading for the public's part of a meeting: "Public Comment", "Public Participation", "Public Forum".
const publicHeading = /\bpublic\s+(?:comments?|participation|forum|speaking|questions?|session|time)\b/i;

/**
 * Asked what a body decided, lines that only report what the public put to it ("Three members of the public spoke
 * about the verge cutting", quoted under "Public Participation") hold no decision: a topic raised is not one
 * resolved, and quoting them, even marked as no resolution, reads as an answer the papers do not give.
 */
export function quotesOnlyPublicComment(lines: readonly { text: string; heading: string }[]): boolean {
  return lines.length > 0 && lines.every((line) => publicSpeaker.test(line.text) || publicHeading.test(line.heading));
}
