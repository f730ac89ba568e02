import { execFileSync, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, open, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchArguments } from './lib/bench-arguments.js';

const usage = `Usage: npm run bench:hostile -- [--mb 300] [--keep]
Ingests (npm run ingest, default limits) a folder holding the bundled corpus, a --mb megabyte text file,
a symbolic link to /dev/zero and a named pipe; prints the ingest's own output, its time and peak RSS.
Targets: one line for each hostile input, the corpus ingested, under 30 s, peak RSS under 1 GB.`;
const root = join(import.meta.dirname, '..');

const values = parseBenchArguments(
  {
    mb: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
  usage,
);
const workDir = await mkdtemp(join(tmpdir(), 'quorum-hostile-'));
try {
  const papers = join(workDir, 'papers');
  await mkdir(papers);
  for (const name of await readdir(join(root, 'corpus')))
    await copyFile(join(root, 'corpus', name), join(papers, name));
  await writeLargeText(join(papers, 'huge.txt'), Number(values.mb) * 2 ** 20);
  await symlink('/dev/zero', join(papers, 'zero.txt'));
  execFileSync('mkfifo', [join(papers, 'pipe.txt')]);
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const started = performance.now();
  // GNU time reports the child's peak RSS (in KB) on its last line of stderr.
  const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb %M', 'npm', 'run', '-s', 'ingest', '--', papers], {
    cwd: root,
    env: { ...process.env, QUORUM_DATA_DIR: join(workDir, 'data'), QUORUM_EMBEDDER: 'local', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    output += text;
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    errors += text;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peakMegabytes = Number(errors.match(/peak-rss-kb (\d+)/)?.[1] ?? Number.NaN) / 1024;
  const summary = output.split('\n').filter((line) => !/^\[\d+\/\d+\]/.test(line) && line.trim() !== '');
  console.log(summary.join('\n'));
  const otherErrors = errors.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('peak-rss-kb'));
  if (otherErrors.length > 0) console.log(`stderr:\n${otherErrors.join('\n')}`);
  console.log(`exit code ${code}; ${seconds.toFixed(1)} s; peak RSS ${peakMegabytes.toFixed(0)} MB`);
  console.log(`load: ${load}`);
  const met = seconds < 30 && peakMegabytes < 1024 && summary.filter((line) => line.includes('failed:')).length === 3;
  console.log(`targets (< 30 s, < 1 GB, one line per hostile input): ${met ? 'met' : 'NOT met'}`);
} finally {
  if (values.keep) console.error(`kept ${workDir}`);
  else await rm(workDir, { recursive: true, force: true });
}

/** A large plain-text paper, written in blocks so the benchmark itself stays small. */
async function writeLargeText(path: string, bytes: number): Promise<void> {
  const block = Buffer.from('The committee considered the report and resolved that it be noted.\n'.repeat(16_000));
  const file = await open(path, 'w');
  try {
    for (let written = 0; written < bytes; written += block.length) await file.write(block);
  } finally {
    await file.close();
  }
}
