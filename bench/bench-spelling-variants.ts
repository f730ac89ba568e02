/**
 * Prints every set of words the spelling fold (src/core/spelling-variants.ts) joins under one stem
 * that the stemmer alone kept apart, over the vocabulary of the papers in the given folders, with
 * each word's count: the pairs to read by eye before changing a rule. Usage:
 *   npx tsx bench/bench-spelling-variants.ts ../shared/corpus ../shared/papers ../shared/transcripts/papers
 */
import { stemmer } from 'stemmer';
import { collectInputs } from '../ingest/read/collect-inputs.js';
import { readInput } from '../ingest/read/read-input.js';
import { foldSpelling } from '../src/core/spelling-variants.js';
import { stem, words } from '../src/core/tokenize.js';

const folders = process.argv.slice(2);
if (folders.length === 0) throw new Error('Usage: bench-spelling-variants.ts <folder>…');
const { files } = await collectInputs(folders);
const counts = new Map<string, number>();
for (const file of files) {
  const text = await readInput(file).then(
    (input) => input.text,
    () => '',
  );
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

const groups = new Map<string, string[]>();
for (const word of counts.keys()) {
  if (/\d/.test(word)) continue;
  const key = stem(word);
  const group = groups.get(key);
  if (group) group.push(word);
  else groups.set(key, [word]);
}

let joined = 0;
let folded = 0;
for (const word of counts.keys()) if (foldSpelling(word) !== word) folded += 1;
for (const [key, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  if (!members.some((word) => foldSpelling(word) !== word)) continue;
  // The stemmer's own stems, before folding: a set it already joined is no news.
  if (new Set(members.map((word) => stemmer(word))).size < 2) continue;
  joined += 1;
  const listed = members.sort().map((word) => `${word} ${counts.get(word)}`);
  console.log(`${key}: ${listed.join(', ')}`);
}
console.log(
  `${files.length} papers, ${counts.size} distinct words, ${folded} spelled differently by the fold, ${joined} stems newly joined`,
);
