import { readFile, writeFile } from 'node:fs/promises';
import { replaceDocSection } from './replace-doc-section.js';

/**
 * Rewrites one marked section of an existing benchmarks document and nothing else; a section not
 * there yet goes right after section `after` (or at the end when that one is missing too).
 */
export async function writeDocSection(path: string, key: string, body: string, after: string): Promise<void> {
  const document = await readFile(path, 'utf8');
  const close = `<!-- /bench:${after} -->`;
  const at = document.indexOf(close);
  if (document.includes(`<!-- bench:${key} -->`) || at === -1) {
    await writeFile(path, replaceDocSection(document, key, body));
    return;
  }
  const split = at + close.length;
  const placed = replaceDocSection(`${document.slice(0, split)}\n`, key, body);
  await writeFile(path, `${placed.trimEnd()}${document.slice(split)}`);
}
