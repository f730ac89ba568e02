import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The LangChain stack's own package (bench/langchain-stack), never part of Quorum's dependencies. */
export const langchainStackDir = join(import.meta.dirname, '..', 'langchain-stack');

const figuresSchema = z.object({
  files: z.number(),
  megabytes: z.number(),
  chunks: z.number(),
  seconds: z.number(),
  cpuSeconds: z.number(),
  peakRssMegabytes: z.number(),
  stageMs: z.record(z.string(), z.number()),
});

export type LangChainFigures = z.infer<typeof figuresSchema>;

/**
 * Installs the stack's locked packages into its own node_modules when they are missing. Its
 * @langchain/community wants peers (zod among them) that clash with Quorum's, hence
 * --legacy-peer-deps; hnswlib-node resolves from Quorum's node_modules, so both use one build.
 */
export function ensureLangChainStack(onProgress: (message: string) => void): void {
  if (existsSync(join(langchainStackDir, 'node_modules/@langchain/community/package.json'))) return;
  onProgress(`installing the LangChain stack in ${langchainStackDir} (npm ci --legacy-peer-deps)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['--prefix', langchainStackDir, 'ci', '--legacy-peer-deps', '--no-audit', '--no-fund'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new Error(`npm ci in ${langchainStackDir} failed (exit ${result.status ?? result.signal}); see above`);
  }
}

/** Builds the stack's index from `papersDir` into `indexDir` in a fresh Node process and returns its figures. */
export function runLangChainStack(papersDir: string, indexDir: string): Promise<LangChainFigures> {
  const script = join(langchainStackDir, 'build-langchain-index.ts');
  return new Promise((resolve, reject) => {
    // This process's loader flags, so the TypeScript entry runs under tsx as this one does.
    const child = spawn(process.execPath, [...process.execArgv, script, papersDir, indexDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => {
      output += data;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the LangChain stack's index build exited with code ${code}`));
      try {
        resolve(figuresSchema.parse(JSON.parse(output.trim().split('\n').at(-1) ?? '')));
      } catch (error) {
        reject(
          new Error(`the LangChain stack's index build printed no figures: ${output.slice(0, 200)}`, { cause: error }),
        );
      }
    });
  });
}
