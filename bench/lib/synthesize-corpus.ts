import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QuorumError } from '../../src/core/errors.js';
import { countChunks } from './count-chunks.js';
import { createRandom } from './create-random.js';
import { findPaperCommittee } from './find-paper-committee.js';
import { readCorpusTexts } from './read-corpus-texts.js';
import { varyPaper } from './vary-paper.js';

export interface SynthesisOptions {
  /** Folders of papers and transcripts to copy (read recursively, PDFs and HTML as their text). */
  corpusDirs: string[];
  targetDir: string;
  /** Write copies until ingest would cut about this many chunks. */
  chunks: number;
  chunking: { size: number; overlap: number };
  committees: string[];
  seed: number;
  /**
   * Number of the first copy written: a corpus that continues one of `firstCopy` copies (its later
   * papers, dated after them), none of whose papers repeats one of those.
   */
  firstCopy?: number;
  /** Days between one copy's dates and the next; whole weeks keep meetings on their weekday. */
  daysBetweenCopies?: number;
}

export interface SyntheticCorpus {
  copies: number;
  files: number;
  bytes: number;
  /** About how many chunks ingest will cut: each paper's own count (parsed and chunked once), summed over the copies written. */
  chunks: number;
  daysBetweenCopies: number;
}

/**
 * Writes varied copies of the papers (dates moved on per copy, numbered items reordered, each
 * paper's committee renamed to one of `committees`, a different one per paper and per copy) until
 * they hold about `chunks` chunks. From many councils' papers and transcripts this is an archive's
 * mix of vocabularies; from one committee's few papers it is the worst case, the same passages
 * hundreds of times.
 */
export async function synthesizeCorpus(options: SynthesisOptions): Promise<SyntheticCorpus> {
  const { corpusDirs, targetDir, committees, firstCopy = 0, daysBetweenCopies = 7 } = options;
  const papers = await readCorpusTexts(corpusDirs);
  const names = papers.map((paper) => paper.name);
  const texts = papers.map((paper) => paper.text);
  if (texts.length === 0) {
    throw new QuorumError('input_empty', `No papers in ${corpusDirs.join(', ')} to synthesize from`);
  }
  const fromCommittees = texts.map(findPaperCommittee);
  const random = createRandom(options.seed);
  const corpus: SyntheticCorpus = { copies: 0, files: 0, bytes: 0, chunks: 0, daysBetweenCopies };
  // Counted per paper, not per byte: papers written once (most transcripts) and papers whose
  // variants run out (undated ones, once the committee names come round again) have their own
  // chunks per byte, so a corpus sized by the first copy's bytes overshot twofold.
  const paperChunks = texts.map((text) => countChunks([text], options.chunking));
  const written = new Set<string>();
  while (corpus.chunks < options.chunks) {
    const copy = firstCopy + corpus.copies;
    const varied = texts.map((text, index) => {
      const from = fromCommittees[index];
      const to = committees[(copy + index) % committees.length]!;
      return varyPaper(text, {
        days: copy * daysBetweenCopies,
        committee: from && from !== to ? { from, to } : undefined,
        random,
      });
    });
    const copyDir = join(targetDir, `copy-${String(copy).padStart(5, '0')}`);
    await mkdir(copyDir, { recursive: true });
    const before = corpus.files;
    for (const [index, text] of varied.entries()) {
      // A paper with nothing to vary (no dates, committee or numbered items: most transcripts) is
      // written once; the ingest would refuse its copies as duplicates.
      const digest = createHash('sha256').update(text).digest('hex');
      if (written.has(digest)) continue;
      written.add(digest);
      corpus.chunks += paperChunks[index]!;
      await writeFile(join(copyDir, names[index]!), text);
      corpus.files += 1;
      corpus.bytes += Buffer.byteLength(text);
    }
    if (corpus.files === before) {
      throw new QuorumError(
        'input_empty',
        `The papers in ${corpusDirs.join(', ')} have nothing to vary between copies`,
      );
    }
    corpus.copies += 1;
  }
  return corpus;
}
