// The layering, checked by `npm run lint`: each folder may import only the folders listed before it
// (and itself). A cycle between folders is then impossible, and a new folder must be placed here.
const layers = [
  // src/: the shared core, then the reading side of the index, then its surfaces.
  'src/core',
  'src/config.ts',
  'src/openai',
  'src/embeddings',
  'src/store',
  'src/search',
  'src/answer',
  'src/meeting-papers',
  'src/actions',
  'src/briefing',
  'src/digest',
  'src/watches',
  'src/evaluation',
  'src/open-quorum.ts',
  'src/ensure-index.ts',
  'src/run-sync-command.ts',
  'src/slack',
  'src/cli',
  'src/app.ts',
  // ingest/: the writing side, read → parse → chunk → pipeline (embed, store), then the commands.
  'ingest/read',
  'ingest/parse',
  'ingest/chunk',
  'ingest/pipeline',
  'ingest/sync',
  'ingest/evaluation',
  'ingest/cli',
];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathOf = (layer) => `^${escapeRegExp(layer)}${layer.endsWith('.ts') ? '$' : '/'}`;

module.exports = {
  forbidden: [
    ...layers.slice(0, -1).map((layer, index) => ({
      name: `layer:${layer}`,
      comment: `${layer} may import only ${layers.slice(0, index).join(', ') || 'itself'}`,
      severity: 'error',
      from: { path: pathOf(layer), pathNot: '\\.test\\.ts$' },
      to: { path: layers.slice(index + 1).map(pathOf) },
    })),
    {
      name: 'unplaced-folder',
      comment: 'every product folder has a place in the layering above',
      severity: 'error',
      from: { path: '^(src|ingest)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(src|ingest)/', pathNot: layers.map(pathOf) },
    },
    {
      name: 'no-benchmarks-in-product-or-tests',
      comment: 'bench/ imports the product; nothing imports bench/',
      severity: 'error',
      from: { path: '^(src|ingest|test)/' },
      to: { path: '^bench/' },
    },
    {
      name: 'no-tests-in-product',
      severity: 'error',
      from: { path: '^(src|ingest)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
    {
      name: 'config-on-zod-v3',
      comment: "every command parses its environment first: zod 4's interface loads some 95 modules, its v3 one ten",
      severity: 'error',
      from: { path: '^src/config\\.ts$' },
      to: { path: 'node_modules/zod/(index\\.|v4/)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|corpus|data)/' },
  },
};
