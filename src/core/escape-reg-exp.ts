/** Text to match literally inside a RegExp built from parts (a name, a place, a body word). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
