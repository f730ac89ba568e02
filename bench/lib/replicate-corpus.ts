import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QuorumError } from '../../src/core/errors.js';
import { shiftDates } from '../../test/support/shift-dates.js';

export interface ReplicaOptions {
  corpusDir: string;
  targetDir: string;
  /** Stop once at least this many bytes of text are written. */
  bytes: number;
  /** Days between one copy's dates and the next; whole weeks keep meetings on their weekday. */
  daysBetweenCopies?: number;
}

export interface Replica {
  copies: number;
  files: number;
  bytes: number;
}

/** Copies the corpus until it reaches the wanted size, each copy's dates moved on so every paper is distinct. */
export async function replicateCorpus({
  corpusDir,
  targetDir,
  bytes,
  daysBetweenCopies = 7,
}: ReplicaOptions): Promise<Replica> {
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((name) => readFile(join(corpusDir, name), 'utf8')));
  const corpusBytes = texts.reduce((total, text) => total + Buffer.byteLength(text), 0);
  if (corpusBytes === 0) throw new QuorumError('input_empty', `No .txt papers in ${corpusDir} to replicate`);
  const replica: Replica = { copies: 0, files: 0, bytes: 0 };
  while (replica.bytes < bytes) {
    const copyDir = join(targetDir, `copy-${String(replica.copies).padStart(4, '0')}`);
    await mkdir(copyDir, { recursive: true });
    for (const [index, name] of names.entries()) {
      const text = shiftDates(texts[index]!, replica.copies * daysBetweenCopies);
      await writeFile(join(copyDir, name), text);
      replica.files += 1;
      replica.bytes += Buffer.byteLength(text);
    }
    replica.copies += 1;
  }
  return replica;
}
