import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + declarations. wink-nlp and its model stay external (dependencies).
    entry: { index: 'src/entries/index.ts', lazy: 'src/entries/lazy.ts', eval: 'src/entries/eval.ts', worker: 'src/entries/worker.ts', 'worker-client': 'src/entries/worker-client.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
  },
  {
    // The command line: Node only, ESM.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
