/**
 * Puts `body` between the markers of section `key` in a markdown document, replacing what a
 * previous run wrote there, or appends the section when the document has none yet.
 */
export function replaceDocSection(document: string, key: string, body: string): string {
  const open = `<!-- bench:${key} -->`;
  const close = `<!-- /bench:${key} -->`;
  const section = `${open}\n${body.trim()}\n${close}`;
  const start = document.indexOf(open);
  const end = document.indexOf(close, start);
  if (start !== -1 && end !== -1) return document.slice(0, start) + section + document.slice(end + close.length);
  return `${document.trimEnd()}\n\n${section}\n`;
}
