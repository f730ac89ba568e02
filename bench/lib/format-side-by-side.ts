import type { Machine } from './describe-machine.js';
import type { IngestFigures } from './ingest-for-bench.js';
import type { IngestFloorFigures } from './measure-ingest-floor.js';
import type { LangChainFigures } from './run-langchain-stack.js';

export interface SideBySide {
  machine: Machine;
  command: string;
  corpus: { files: number; megabytes: number; copies: number; description: string };
  langchain: LangChainFigures & { indexMegabytes: number };
  quorum: IngestFigures & { peakRssMegabytes: number; indexMegabytes: number };
  floor: IngestFloorFigures & { peakRssMegabytes: number };
  load: { before: number; after: number };
}

/** The side-by-side section: both stacks and the floor from one run, with ratios. */
export function formatSideBySide(run: SideBySide): string {
  const { langchain, quorum, floor, machine, corpus } = run;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows: [string, string, string, string, string, string][] = [
    [
      'chunks',
      String(langchain.chunks),
      String(quorum.chunks),
      ratio(quorum.chunks, langchain.chunks),
      String(floor.chunks),
      ratio(quorum.chunks, floor.chunks),
    ],
    [
      'ingest wall',
      `${langchain.seconds.toFixed(1)} s`,
      `${quorum.seconds.toFixed(1)} s`,
      ratio(quorum.seconds, langchain.seconds),
      `${floor.seconds.toFixed(1)} s`,
      ratio(quorum.seconds, floor.seconds),
    ],
    [
      'ingest CPU (all threads)',
      `${langchain.cpuSeconds.toFixed(1)} s`,
      `${quorum.cpuSeconds.toFixed(1)} s`,
      ratio(quorum.cpuSeconds, langchain.cpuSeconds),
      `${floor.cpuSeconds.toFixed(1)} s`,
      ratio(quorum.cpuSeconds, floor.cpuSeconds),
    ],
    [
      'ingest peak RSS',
      `${Math.round(langchain.peakRssMegabytes)} MB`,
      `${Math.round(quorum.peakRssMegabytes)} MB`,
      ratio(quorum.peakRssMegabytes, langchain.peakRssMegabytes),
      `${Math.round(floor.peakRssMegabytes)} MB`,
      '',
    ],
    [
      'index on disk',
      `${langchain.indexMegabytes.toFixed(1)} MB`,
      `${quorum.indexMegabytes.toFixed(1)} MB`,
      ratio(quorum.indexMegabytes, langchain.indexMegabytes),
      '',
      '',
    ],
  ];
  const stages = (stageMs: Record<string, number>) =>
    Object.entries(stageMs)
      .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
  return `## Side by side: the LangChain tutorial stack

Measured ${machine.date} on ${machine.cpu} × ${machine.cores}, Node ${machine.node}, load average ${run.load.before.toFixed(1)} before and ${run.load.after.toFixed(1)} after (\`${run.command}\`).
The same ${corpus.files} files (${corpus.megabytes.toFixed(1)} MB, ${corpus.description}) indexed three ways, one after another in fresh processes:

- **LangChain stack**: \`RecursiveCharacterTextSplitter\` 1000/200 and \`HNSWLib\` from @langchain/community
  (hnswlib defaults M 16, efConstruction 200), with Quorum's local embedder wrapped as a LangChain
  \`Embeddings\`; files read as text; saved with \`HNSWLib.save\`. No full-text index, no metadata.
- **Quorum**: \`ingestPaths\` into the embedded store (parse, chunk, embed, SQLite rows and FTS5, vector graph).
- **Floor**: one thread reading each file, cutting it into ${'`'}CHUNK_SIZE${'`'} windows, stemming every word, embedding
  each window and inserting it into an FTS5 table tokenised as the store's, in one transaction.

| | LangChain stack | Quorum | Quorum ÷ LangChain | floor | Quorum ÷ floor |
|---|---|---|---|---|---|
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}

Stages (wall): LangChain ${stages(langchain.stageMs)}; floor ${stages(floor.stageMs)}.
Targets: Quorum's ingest CPU ≤ 1.0× the LangChain stack's (${quorum.cpuSeconds <= langchain.cpuSeconds ? 'met' : '**missed**'}, ${ratio(quorum.cpuSeconds, langchain.cpuSeconds)}); ≤ 1.7× the floor's (${quorum.cpuSeconds <= 1.7 * floor.cpuSeconds ? 'met' : '**missed**'}, ${ratio(quorum.cpuSeconds, floor.cpuSeconds)}); index on disk ≤ 1.5× the LangChain stack's (${quorum.indexMegabytes <= 1.5 * langchain.indexMegabytes ? 'met' : '**missed**'}, ${ratio(quorum.indexMegabytes, langchain.indexMegabytes)}).`;
}
