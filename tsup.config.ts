import { defineConfig } from 'tsup';

/** Source maps map stack traces to src/ lines; the sources themselves are not shipped in them. */
const noSourcesContent = (options: { sourcesContent?: boolean }): void => {
  options.sourcesContent = false;
};

export default defineConfig([
  {
    // The library: ESM + CJS + declarations. wink-nlp and its model stay external: they are the
    // library's dependencies (and precis/html's parser, DOM and Readability, which only it imports).
    entry: { index: 'src/entries/index.ts', lazy: 'src/entries/lazy.ts', eval: 'src/entries/eval.ts', worker: 'src/entries/worker.ts', 'worker-client': 'src/entries/worker-client.ts', html: 'src/entries/html.ts', dom: 'src/entries/dom.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    target: 'es2022',
    platform: 'neutral',
    // The entries share their code through chunks (dist/chunk-*.js, .cjs), in both formats: the
    // pipeline once per format instead of once per entry (the tarball: 396 -> 316 kB packed), and
    // one module instance per process, as in the sources the tests run.
    splitting: true,
    treeshake: true,
  },
  {
    // The command line: Node only, ESM, in a folder of its own (dist/cli/). Its libraries
    // (commander, cli-progress, piscina) are bundled in, so they are devDependencies and a library
    // user never installs them. piscina starts each thread on `join(__dirname, 'worker.js')`: the
    // shim makes `__dirname` this folder, and the 'worker' entry below is piscina's own thread
    // script, bundled. Its optional native helper @napi-rs/nice is loaded only for a
    // `niceIncrement`, which precis never sets: left out.
    entry: { index: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts', worker: 'node_modules/piscina/dist/worker.js' },
    outDir: 'dist/cli',
    format: ['esm'],
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    target: 'node20',
    platform: 'node',
    shims: true,
    // Minified (with function names kept for stack traces): the command is mostly its bundled
    // libraries, and this keeps the tarball under its 400 kB budget (about 26 kB less gzip).
    minify: true,
    keepNames: true,
    noExternal: ['commander', 'cli-progress', 'piscina'],
    // Read by scripts/third-party-licenses.mjs (the bundled packages' licenses), then removed.
    metafile: true,
    external: ['@napi-rs/nice'],
    // The bundled CommonJS libraries call require('events') and the like: give them Node's own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __precisCreateRequire } from 'node:module';\nconst require = __precisCreateRequire(import.meta.url);" },
  },
]);
