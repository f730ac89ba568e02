import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * Every council's papers and transcripts beside the project (../shared), so the synthetic archive
 * mixes vocabularies as a real one does; the bundled sample alone where they are absent. The sample
 * alone (--corpus corpus) is the worst case: one committee's passages copied hundreds of times.
 */
export function defaultCorpusDirs(root: string, bundled: string): string[] {
  const shared = join(root, '..', 'shared');
  const found = ['corpus', 'papers', 'transcripts/papers'].map((name) => join(shared, name)).filter(existsSync);
  return found.length > 0 ? found : [bundled];
}

/** A numeric option that must be above zero; the error repeats the script's usage. */
export function positiveOption(name: string, value: string, usage: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new Error(`--${name} must be a positive number. ${usage}`);
  return number;
}

/** Progress goes to stderr so stdout holds only the tables (or --json). */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * The script's options parsed, with `--help` added to every benchmark: it prints the usage and exits.
 */
export function parseBenchArguments<const Script extends NonNullable<Options>>(options: Script, usage: string) {
  const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', default: false } } });
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values as ReturnType<typeof parseArgs<{ options: Script }>>['values'];
}
