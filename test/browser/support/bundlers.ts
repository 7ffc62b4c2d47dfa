/**
 * Bundles a small app that depends on precis, the way an app would: the app lives in a temporary
 * folder whose node_modules/precis links to this package, so imports resolve through package.json's
 * `exports` to the built dist/. Every bundler (esbuild, Vite, webpack, Rollup) runs with a guard
 * that fails the build on any import of a Node built-in (`node:fs`, `fs`, `worker_threads`...), and
 * the outputs are measured.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import * as esbuild from 'esbuild';
import { rollup, type Plugin as RollupPlugin, type RollupLog } from 'rollup';
import { build as viteBuild, type Plugin } from 'vite';
import webpack from 'webpack';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Strings that only the model and wink-nlp contain (checked against the installed sources by
 * `checkMarkers()`, so that an update of either package cannot make "not in this chunk" vacuous).
 */
export const MODEL_MARKER = 'Unsupproted browser or node.js version';
export const WINK_MARKER = 'wink-nlp: invalid model used';
/** A string only precis's pipeline holds (options validation), to tell where the library went. */
export const PIPELINE_MARKER = 'ERR_CONFLICTING_OPTIONS';

export function checkMarkers(): void {
  const source = (file: string): string => readFileSync(join(repoRoot, 'node_modules', file), 'utf8');
  if (!source('wink-eng-lite-web-model/dist/read-core-model.js').includes(MODEL_MARKER)) throw new Error(`MODEL_MARKER is no longer in wink-eng-lite-web-model: pick another`);
  if (!source('wink-nlp/src/wink-nlp.js').includes(WINK_MARKER)) throw new Error(`WINK_MARKER is no longer in wink-nlp: pick another`);
}

/** The Node built-ins, with and without `node:`. */
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] as string);
}

/** An `import`/`require` of a Node built-in left in output code (e.g. one marked external). */
const BUILTIN_IN_CODE = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](node:[\w/]+)["']/g;

export interface OutFile {
  /** Path relative to the output folder. */
  readonly name: string;
  readonly bytes: number;
  /** gzip -9 size, computed on first use. */
  readonly gzip: number;
  /** brotli -11 size, computed on first use; `undefined` above 1 MB (seconds per file). */
  readonly brotli: number | undefined;
  readonly code: string;
}

export interface Bundle {
  readonly outDir: string;
  readonly files: readonly OutFile[];
  /** The chunk(s) the app loads first (esbuild, webpack, Rollup: the entry points; Vite: index.html's script). */
  readonly entries: readonly OutFile[];
}

export function measure(name: string, code: string): OutFile {
  const buffer = Buffer.from(code);
  let gzip: number | undefined;
  let brotli: number | undefined;
  return {
    name,
    code,
    bytes: buffer.length,
    get gzip() {
      return (gzip ??= gzipSync(buffer, { level: 9 }).length);
    },
    get brotli() {
      if (buffer.length > 1_000_000) return undefined;
      return (brotli ??= brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    },
  };
}

function readOutputs(outDir: string): OutFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  return walk(outDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => measure(relative(outDir, f), readFileSync(f, 'utf8')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Node built-ins imported by the code of `files`, as `file: specifier`. */
export function builtinImports(files: readonly OutFile[]): string[] {
  return files.flatMap((f) => [...f.code.matchAll(BUILTIN_IN_CODE)].map((m) => `${f.name}: ${m[1]}`));
}

export interface App {
  readonly dir: string;
  remove(): void;
}

/** A throwaway app folder with `files` (path → source) and node_modules/precis → this package. */
export function makeApp(files: Readonly<Record<string, string>>): App {
  const dir = mkdtempSync(join(tmpdir(), 'precis-app-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', 'precis'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), source);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function guardMessage(specifier: string, importer: string | undefined): string {
  return `Node built-in "${specifier}" imported by ${importer ? relative(repoRoot, importer) : 'the app'}: the browser build must not need it`;
}

/** esbuild: fails the build on a Node built-in instead of letting `platform: 'browser'` stub or mark it. */
export const esbuildNodeGuard: esbuild.Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (isNodeBuiltin(args.path) ? { errors: [{ text: guardMessage(args.path, args.importer) }] } : undefined));
  },
};

/** Vite: Vite would only warn ("externalized for browser compatibility"); this makes it an error. */
export function viteNodeGuard(): Plugin {
  return {
    name: 'no-node-builtins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (isNodeBuiltin(source)) this.error(guardMessage(source, importer));
      return null;
    },
  };
}

/** webpack: a request for a Node built-in fails the build (webpack 5 would fail too, less clearly, or use a fallback). */
class WebpackNodeGuard {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.normalModuleFactory.tap('no-node-builtins', (factory) => {
      factory.hooks.beforeResolve.tap('no-node-builtins', (data) => {
        if (isNodeBuiltin(data.request)) throw new Error(guardMessage(data.request, data.contextInfo.issuer || undefined));
      });
    });
  }
}

/** Rollup: refuses a Node built-in before node-resolve could mark it external. */
export function rollupNodeGuard(): RollupPlugin {
  return {
    name: 'no-node-builtins',
    resolveId(source, importer) {
      if (isNodeBuiltin(source)) this.error(guardMessage(source, importer));
      return null;
    },
  };
}

/** Bundles `entry` (relative to the app) with webpack 5, production mode (minified), split at `import()`. */
export async function webpackApp(app: App, entry: string): Promise<Bundle> {
  const outDir = join(app.dir, 'webpack-out');
  const compiler = webpack({
    mode: 'production',
    context: app.dir,
    entry: { main: `./${entry}` },
    target: ['web', 'es2022'],
    output: { path: outDir, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    plugins: [new WebpackNodeGuard()],
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error || !result) reject(error ?? new Error('webpack gave no stats'));
      else resolve(result);
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true, errorDetails: false }));
  const files = readOutputs(outDir);
  return { outDir, files, entries: files.filter((f) => f.name === 'main.js') };
}

/**
 * Bundles `entry` with Rollup: node-resolve (browser field on), commonjs (wink-nlp and the model are
 * CommonJS), json (the model's data), terser; ESM output split at `import()`. Any warning fails
 * the build.
 */
export async function rollupApp(app: App, entry: string): Promise<Bundle> {
  const outDir = join(app.dir, 'rollup-out');
  const warnings: RollupLog[] = [];
  const bundle = await rollup({
    input: { main: join(app.dir, entry) },
    plugins: [rollupNodeGuard(), nodeResolve({ browser: true }), commonjs(), json(), terser()],
    onwarn: (warning) => void warnings.push(warning),
  });
  try {
    await bundle.write({ dir: outDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  } finally {
    await bundle.close();
  }
  if (warnings.length > 0) throw new Error(`Rollup warned: ${warnings.map((w) => w.message).join('; ')}`);
  const files = readOutputs(outDir);
  return { outDir, files, entries: files.filter((f) => f.name === 'main.js') };
}

/** Bundles `entryPoints` (relative to the app) for the browser, minified, ESM, optionally split. */
export async function esbuildApp(app: App, entryPoints: string[], options: { splitting?: boolean; external?: string[] } = {}): Promise<Bundle> {
  const outDir = join(app.dir, options.splitting === false ? 'esbuild-whole' : 'esbuild-out');
  const result = await esbuild.build({
    absWorkingDir: app.dir,
    entryPoints,
    bundle: true,
    splitting: options.splitting ?? true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: outDir,
    external: options.external ?? [],
    plugins: [esbuildNodeGuard],
    metafile: true,
    logLevel: 'silent',
  });
  const files = readOutputs(outDir);
  // Dynamic imports are entry points to esbuild too: keep the ones the app named.
  const entryNames = Object.entries(result.metafile.outputs)
    .filter(([, output]) => output.entryPoint !== undefined && entryPoints.includes(output.entryPoint))
    .map(([path]) => relative(outDir, join(app.dir, path)));
  return { outDir, files, entries: files.filter((f) => entryNames.includes(f.name)) };
}

/** Builds the app's index.html with Vite (production, minified), module workers allowed to split. */
export async function viteApp(app: App): Promise<Bundle> {
  const outDir = join(app.dir, 'vite-out');
  await viteBuild({
    root: app.dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [viteNodeGuard()],
    worker: { format: 'es', plugins: () => [viteNodeGuard()] },
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 8192 },
  });
  const files = readOutputs(outDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const first = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  return { outDir, files, entries: files.filter((f) => first.includes(f.name)) };
}

/** The output file holding `marker`; throws unless exactly one does. */
export function chunkWith(bundle: Bundle, marker: string): OutFile {
  const found = bundle.files.filter((f) => f.code.includes(marker));
  if (found.length !== 1) throw new Error(`expected one chunk with ${JSON.stringify(marker)}, found ${found.map((f) => f.name).join(', ') || 'none'}`);
  return found[0] as OutFile;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
