import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QuorumError } from '../../src/core/errors.js';
import { countChunks } from './count-chunks.js';
import { createRandom } from './create-random.js';
import { findPaperCommittee } from './find-paper-committee.js';
import { varyPaper } from './vary-paper.js';

export interface SynthesisOptions {
  corpusDir: string;
  targetDir: string;
  /** Write copies until ingest would cut about this many chunks. */
  chunks: number;
  chunking: { size: number; overlap: number };
  committees: string[];
  seed: number;
  /** Days between one copy's dates and the next; whole weeks keep meetings on their weekday. */
  daysBetweenCopies?: number;
}

export interface SyntheticCorpus {
  copies: number;
  files: number;
  bytes: number;
  /** Measured on the first copy (parsed and chunked) and used to size the rest. */
  chunksPerMegabyte: number;
  daysBetweenCopies: number;
}

/**
 * Writes varied copies of the sample papers (dates moved on per copy, numbered items reordered,
 * the committee renamed to one of `committees` per copy) until they hold about `chunks` chunks.
 */
export async function synthesizeCorpus(options: SynthesisOptions): Promise<SyntheticCorpus> {
  const { corpusDir, targetDir, committees, daysBetweenCopies = 7 } = options;
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(corpusDir, name), 'utf8')));
  if (texts.length === 0) throw new QuorumError('input_empty', `No .txt papers in ${corpusDir} to synthesize from`);
  const fromCommittees = texts.map(findPaperCommittee);
  const random = createRandom(options.seed);
  const corpus: SyntheticCorpus = { copies: 0, files: 0, bytes: 0, chunksPerMegabyte: 0, daysBetweenCopies };
  let targetBytes = Number.POSITIVE_INFINITY;
  while (corpus.bytes < targetBytes) {
    const copy = corpus.copies;
    const to = committees[copy % committees.length]!;
    const varied = texts.map((text, index) => {
      const from = fromCommittees[index];
      return varyPaper(text, {
        days: copy * daysBetweenCopies,
        committee: from && from !== to ? { from, to } : undefined,
        random,
      });
    });
    const copyDir = join(targetDir, `copy-${String(copy).padStart(5, '0')}`);
    await mkdir(copyDir, { recursive: true });
    for (const [index, text] of varied.entries()) {
      await writeFile(join(copyDir, names[index]!), text);
      corpus.files += 1;
      corpus.bytes += Buffer.byteLength(text);
    }
    if (copy === 0) {
      corpus.chunksPerMegabyte = (countChunks(varied, options.chunking) / corpus.bytes) * 2 ** 20;
      targetBytes = (options.chunks / corpus.chunksPerMegabyte) * 2 ** 20;
    }
    corpus.copies += 1;
  }
  return corpus;
}
