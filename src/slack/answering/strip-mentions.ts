/** Removes user mentions (`<@U123>` or `<@U123|name>`) so only the question is left. */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
