import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/** The package's entries (dist/<name>.js, .cjs, .d.ts): each a file of src/entries/. */
const ENTRIES = { index: 'src/entries/index.ts', lazy: 'src/entries/lazy.ts', eval: 'src/entries/eval.ts', worker: 'src/entries/worker.ts', 'worker-client': 'src/entries/worker-client.ts', html: 'src/entries/html.ts', dom: 'src/entries/dom.ts' };

/**
 * The CommonJS build's language detector: src/language/tinyld-require.ts (tinyld required on its
 * first call) in place of src/language/tinyld.ts (imported with the module), so that
 * `require('precis')` loads tinyld only for a text whose language its script and English function
 * words leave open. The ESM build keeps the static import: an ES module cannot import synchronously
 * on demand, and a browser bundle must hold the detector that the synchronous API may need.
 */
const detectorOnDemand: Plugin = {
  name: 'precis-detector-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*tinyld$/ }, (args) => {
      const target = resolve(dirname(args.importer), args.path);
      return relative(process.cwd(), target) === 'src/language/tinyld' ? { path: resolve('src/language/tinyld-require.ts') } : undefined;
    });
  },
};

/**
 * tsup builds split CommonJS from esbuild's split ES modules, in which a `require` call becomes
 * esbuild's `__require` shim: correct in Node, but a bundler given the CommonJS build (an app that
 * `require`s precis) would not see the dependency. This turns the one `__require("<name>")` of
 * dist/*.cjs back into `require("<name>")`, and fails the build if there is not exactly one.
 */
function plainRequire(name: string): void {
  const shim = new RegExp(`\\b(?:[\\w$]+\\.)?__require\\(${JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`, 'g');
  let found = 0;
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.cjs'))) {
    const code = readFileSync(join('dist', file), 'utf8');
    const plain = code.replace(shim, () => {
      found++;
      return `require(${JSON.stringify(name)})`;
    });
    if (plain !== code) writeFileSync(join('dist', file), plain);
  }
  if (found !== 1) throw new Error(`tsup.config.ts: expected one __require(${JSON.stringify(name)}) in dist/*.cjs, found ${found}`);
}

/** The command line's own folders: everything else under src/ is the library. */
const CLI_SIDE = /^src\/(cli|batch|io)\//;

/**
 * The command line's imports of library code, each turned into a `require` of the library's
 * CommonJS build of its entry (`../entries/index` -> `../index.cjs`); an import of any other
 * library file fails the build, so dist/cli/ never carries a copy of the library.
 */
const libraryEntries: Plugin = {
  name: 'precis-library-entries',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const from = relative(process.cwd(), args.importer);
      if (!CLI_SIDE.test(from)) return undefined;
      const target = relative(process.cwd(), resolve(dirname(args.importer), args.path)).replace(/\.ts$/, '');
      if (!target.startsWith('src/') || CLI_SIDE.test(`${target}/`) || CLI_SIDE.test(target)) return undefined;
      const entry = /^src\/entries\/([\w-]+)$/.exec(target);
      if (entry === null) return { errors: [{ text: `${from} imports ${args.path}: the command line reaches library code only through src/entries/ (add it to src/entries/internal.ts)` }] };
      return { path: `../${entry[1]}.cjs`, external: true };
    });
  },
};

/** Source maps map stack traces to src/ lines; the sources themselves are not shipped in them. */
const noSourcesContent = (options: { sourcesContent?: boolean }): void => {
  options.sourcesContent = false;
};

export default defineConfig([
  {
    // The library: ESM + CJS + declarations. wink-nlp and its model stay external: they are the
    // library's dependencies (and precis/html's parser, DOM and Readability, which only it imports).
    entry: ENTRIES,
    format: ['esm'],
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
    // The stopword lists are bundled from the `stopword` package's ES sources, one module per
    // language, so that each lands in its language's chunk (the package's entry is one module for
    // all); the package is then needed at build time only.
    noExternal: ['stopword', /^stopword\//],
    // Read by scripts/third-party-licenses.mjs (the stopword lists' license), then removed.
    metafile: true,
  },
  {
    // The same entries in CommonJS (dist/*.cjs, .d.cts), and dist/internal.cjs, which only the
    // command line requires (it is no package entry and gets no declarations). The detector is
    // required on first need (see detectorOnDemand).
    entry: { ...ENTRIES, internal: 'src/entries/internal.ts' },
    format: ['cjs'],
    esbuildPlugins: [detectorOnDemand],
    onSuccess: async () => plainRequire('tinyld'),
    dts: { entry: ENTRIES },
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
  },
  {
    // The command line: Node only, CommonJS, in a folder of its own (dist/cli/, whose package.json
    // says so). It runs on the library's own built files: every import of library code goes
    // through an entry (src/entries/*.ts), and each becomes a `require` of its CommonJS build
    // (dist/index.cjs, dist/internal.cjs, ...), so the tarball holds the library once, and Node
    // loads it and its dependencies without the ES module loader's lexing of CommonJS packages
    // (about 80 ms of start-up for stopword and snowball-stemmers). Its own libraries (commander,
    // cli-progress, piscina) are bundled in, so they are devDependencies and a library user never
    // installs them. piscina starts each thread on `join(__dirname, 'worker.js')`: the 'worker'
    // entry below is piscina's own thread script, bundled. Its optional native helper
    // @napi-rs/nice is loaded only for a `niceIncrement`, which precis never sets: left out.
    entry: { index: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts', worker: 'node_modules/piscina/dist/worker.js' },
    outDir: 'dist/cli',
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    sourcemap: true,
    esbuildOptions: noSourcesContent,
    target: 'node20',
    platform: 'node',
    shims: true,
    // Minified (with function names kept for stack traces): the command is mostly its bundled libraries.
    minify: true,
    keepNames: true,
    noExternal: ['commander', 'cli-progress', 'piscina'],
    // Read by scripts/third-party-licenses.mjs (the bundled packages' licenses), then removed.
    metafile: true,
    external: ['@napi-rs/nice'],
    esbuildPlugins: [libraryEntries],
    banner: { js: '#!/usr/bin/env node' },
    // dist/cli/*.js are CommonJS in a package whose other .js files are ES modules.
    onSuccess: async () => writeFileSync('dist/cli/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`),
  },
]);
