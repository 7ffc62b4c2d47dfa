/**
 * The package as a user gets it: `npm pack`, then the tarball unpacked into an empty app whose
 * node_modules holds precis and only the dependencies precis declares (linked from this
 * repository, so no network). Checks the tarball (size, LICENSE, links that resolve, no maps),
 * that the library and the `precis` command both run with nothing else installed, and that a
 * TypeScript consumer compiles in every module resolution mode a user may have (node10, node16
 * from CommonJS, node16 from ESM, bundler without a `target`), then runs where it emits.
 * Run after `npm run build` (npm test does).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The packed tarball's budget, as npm counts kB (1 kB = 1000 bytes): issue 14's 400 kB. (It was
 * 410 kB for a day, at 401.6 kB, while dist/cli/ carried its own copy of the library.)
 */
const PACKED_BUDGET = 400_000;
/**
 * Packages a library install brings, precis included (README, Install and Dependencies): wink-nlp
 * and its model for English, and since issue 13 the language detector (tinyld), stemmers
 * (@orama/stemmers, wink-porter2-stemmer) and Tamil's stopword list (@orama/stopwords); the other
 * stopword lists (stopword) are bundled into dist/, one chunk per language (about 15 kB packed).
 * Issue 14 asked for 3 before there were languages; bundling the rest instead would not fit the
 * tarball's budget (tinyld's model alone is about 250 kB gzip).
 */
const INSTALL_PACKAGES = 7;
const FIXTURE = join(repoRoot, 'fixtures', 'news-page-russia-japan.txt');
const HTML_PAGE = join(repoRoot, 'fixtures', 'html', 'news-page-pretty.html');

interface PackInfo {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { path: string; size: number }[];
}

/** precis/html's libraries: optional peer dependencies, installed by whoever imports precis/html. */
const HTML_PEERS = ['@mozilla/readability', 'htmlparser2', 'linkedom'];

interface Manifest {
  readonly license?: string;
  readonly bin?: Record<string, string>;
  readonly exports: Record<string, unknown>;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

let work: string;
let app: string;
let pack: PackInfo;
let installed: string;
let manifest: Manifest;

/** Runs node in the app, with nothing from this repository on its module path. */
function node(args: string[], cwd = app): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.NODE_PATH;
  delete env.NODE_OPTIONS; // tsx's loader must not reach the app
  return spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

before(() => {
  assert.ok(existsSync(join(repoRoot, 'dist', 'index.js')), 'dist/ is missing: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'precis-package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  pack = (JSON.parse(out) as PackInfo[])[0] as PackInfo;
  app = join(work, 'app');
  installed = join(app, 'node_modules', 'precis');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', join(work, pack.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
  // Exactly what `npm install` would add next to precis: its declared dependencies.
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    mkdirSync(dirname(join(app, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the tarball', () => {
  test(`is at most ${PACKED_BUDGET / 1000} kB packed, without source maps, tests or sources`, (t) => {
    t.diagnostic(`packed ${(pack.size / 1000).toFixed(1)} kB, unpacked ${(pack.unpackedSize / 1000).toFixed(1)} kB, ${pack.files.length} files`);
    const paths = pack.files.map((f) => f.path);
    assert.deepEqual(paths.filter((p) => p.endsWith('.map')), [], 'source maps are shipped');
    assert.deepEqual(paths.filter((p) => /^(src|test|bench|fixtures|demo)\//.test(p)), [], 'development files are shipped');
    assert.ok(pack.size <= PACKED_BUDGET, `the tarball is ${pack.size} bytes packed, over ${PACKED_BUDGET}`);
  });

  test('holds the MIT LICENSE that package.json names', () => {
    assert.equal(manifest.license, 'MIT');
    const license = readFileSync(join(installed, 'LICENSE'), 'utf8');
    assert.match(license, /^MIT License\n/);
    assert.match(license, /Copyright \(c\) \d{4} the precis authors/);
  });

  test('every relative link of every shipped Markdown file resolves to a shipped file', () => {
    const shipped = new Set(pack.files.map((f) => f.path));
    const markdown = [...shipped].filter((p) => p.endsWith('.md'));
    assert.ok(markdown.includes('README.md') && markdown.some((p) => p.startsWith('docs/')), 'README.md and docs/ are shipped');
    const broken: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(join(installed, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^([a-z]+:|#)/i.test(target as string)) continue; // a URL or an anchor in the same file
        const path = posix.normalize(posix.join(posix.dirname(file), (target as string).split('#')[0] as string));
        if (!shipped.has(path)) broken.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('installed alone', () => {
  test("depends on wink-nlp, its model and the language data packages only; precis/html's parser, DOM and Readability are optional peers", () => {
    // English: wink-nlp and its model. Other languages: Snowball stemmers, stopword lists, the detector
    // (loaded through import() in precis/lazy and precis/worker, one language at a time).
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}).sort(), ['@orama/stemmers', '@orama/stopwords', 'tinyld', 'wink-eng-lite-web-model', 'wink-nlp', 'wink-porter2-stemmer']);
    assert.equal(manifest.optionalDependencies, undefined);
    assert.deepEqual(Object.keys(manifest.peerDependencies ?? {}).sort(), HTML_PEERS);
    assert.deepEqual(HTML_PEERS.filter((name) => manifest.peerDependenciesMeta?.[name]?.optional !== true), [], 'a peer is not optional');
  });

  test(`an install is ${INSTALL_PACKAGES} packages: precis and its dependencies, none of which brings a package of its own`, (t) => {
    // What npm would install beside precis: the declared dependencies and, recursively, theirs
    // (peers too: npm installs them), read from this repository's node_modules.
    const packages = new Map<string, string>();
    const visit = (name: string, from: string): void => {
      let dir = from;
      while (!existsSync(join(dir, 'node_modules', name, 'package.json'))) {
        assert.notEqual(dirname(dir), dir, `${name} is not installed in this repository`);
        dir = dirname(dir);
      }
      const path = join(dir, 'node_modules', name);
      if (packages.has(path)) return;
      packages.set(path, name);
      const own = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as Manifest;
      const optionalPeers = new Set(Object.entries(own.peerDependenciesMeta ?? {}).filter(([, m]) => m.optional === true).map(([n]) => n));
      const needs = [...Object.keys(own.dependencies ?? {}), ...Object.keys(own.peerDependencies ?? {}).filter((n) => !optionalPeers.has(n))];
      for (const dep of needs) visit(dep, path);
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, repoRoot);
    const bytes = (path: string): number =>
      statSync(path).isDirectory() ? readdirSync(path).reduce((sum, entry) => sum + bytes(join(path, entry)), 0) : statSync(path).size;
    const sizes = [...packages].map(([path, name]) => [name, bytes(path)] as const).sort((a, b) => b[1] - a[1]);
    const total = sizes.reduce((sum, [, size]) => sum + size, pack.unpackedSize);
    t.diagnostic(`${packages.size + 1} packages, ${(total / 1e6).toFixed(1)} MB: precis ${(pack.unpackedSize / 1e6).toFixed(1)} MB, ${sizes.map(([name, size]) => `${name} ${(size / 1e6).toFixed(1)} MB`).join(', ')}`);
    assert.deepEqual([...packages.values()].sort(), Object.keys(manifest.dependencies ?? {}).sort(), 'a dependency brings packages of its own');
    assert.equal(packages.size + 1, INSTALL_PACKAGES);
  });

  test('precis/html without its peers fails at import, naming the missing package', () => {
    writeFileSync(join(app, 'html.mjs'), "await import('precis/html');\n");
    const result = node(['html.mjs']);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /Cannot find (package|module) '(@mozilla\/readability|htmlparser2|linkedom)'/);
  });

  test('the precis command reads text without the HTML peers, and says what to install for HTML', () => {
    const bin = join(installed, manifest.bin?.precis ?? 'missing');
    const html = node([bin, HTML_PAGE]);
    assert.equal(html.status, 1, html.stderr);
    assert.match(html.stderr, /npm install linkedom@0\.18\.12 @mozilla\/readability htmlparser2/);
    assert.equal(ok(node([bin, '-k', '1', FIXTURE]), 'precis on text').trim().split('\n').length, 1);
  });

  test('the library runs through require and import', () => {
    const script = (load: string): string =>
      `${load}\nconst text = require('node:fs').readFileSync(${JSON.stringify(FIXTURE)}, 'utf8');\n` +
      'const s = precis.summarize(text, { sentences: 2 });\n' +
      "if (s.sentences.length !== 2 || text.slice(s.sentences[0].start, s.sentences[0].end) !== s.sentences[0].text) throw new Error('bad summary');\n" +
      "console.log(typeof lazy.loadSummarizer, typeof evaluation.rouge, typeof worker.serveSummarizer, typeof client.createWorkerSummarizer);\n";
    const cjs = script("const precis = require('precis'), lazy = require('precis/lazy'), evaluation = require('precis/eval'), worker = require('precis/worker'), client = require('precis/worker-client');");
    writeFileSync(join(app, 'use.cjs'), cjs);
    assert.equal(ok(node(['use.cjs']), 'require').trim(), 'function function function function');
    const esm = script(
      "import * as precis from 'precis'; import * as lazy from 'precis/lazy'; import * as evaluation from 'precis/eval'; import * as worker from 'precis/worker'; import * as client from 'precis/worker-client';\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    );
    writeFileSync(join(app, 'use.mjs'), esm);
    assert.equal(ok(node(['use.mjs']), 'import').trim(), 'function function function function');
  });

  test('require("precis") loads the language detector only for a text whose language it must guess', () => {
    const french = 'Le gouvernement a présenté mercredi son projet de réforme des retraites, qui doit être examiné par le Parlement avant la fin de l’année. Les syndicats ont appelé à une journée de grève.';
    writeFileSync(
      join(app, 'detector.cjs'),
      "const precis = require('precis');\n" +
        "const loaded = () => Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]tinyld[\\\\/]/.test(file));\n" +
        `const english = precis.summarize(require('node:fs').readFileSync(${JSON.stringify(FIXTURE)}, 'utf8')).language;\n` +
        'const before = loaded();\n' +
        `const french = precis.summarize(${JSON.stringify(french)}).language;\n` +
        'console.log(english, before, french, loaded());\n',
    );
    assert.equal(ok(node(['detector.cjs']), 'require').trim(), 'en false fr true');
  });

  test('the precis command runs, its own libraries bundled in (batch on worker threads too)', () => {
    const bin = join(installed, manifest.bin?.precis ?? 'missing');
    assert.ok(statSync(bin).mode & 0o111, `${bin} is not executable`);
    assert.equal(ok(node([bin, '-k', '1', FIXTURE]), 'precis -k 1').trim().split('\n').length, 1);
    const records = readFileSync(join(repoRoot, 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8').split('\n').slice(0, 6).join('\n');
    writeFileSync(join(app, 'records.jsonl'), `${records}\n`);
    const lines = ok(node([bin, 'batch', '--in', 'records.jsonl', '--workers', '2', '--quiet']), 'precis batch').trim().split('\n');
    assert.equal(lines.length, 6);
    for (const line of lines) assert.ok(typeof (JSON.parse(line) as { summary?: unknown }).summary === 'string', line);
  });

  test('the command carries no copy of the library: it requires the library\'s own CommonJS files', () => {
    // The build's source maps (kept in dist/, not shipped) name every module bundled into dist/cli/.
    const maps = readdirSync(join(repoRoot, 'dist', 'cli')).filter((f) => f.endsWith('.js.map'));
    assert.ok(maps.includes('index.js.map'), 'no source map of the command in dist/cli/');
    const sources = maps.flatMap((f) => (JSON.parse(readFileSync(join(repoRoot, 'dist', 'cli', f), 'utf8')) as { sources: string[] }).sources);
    const own = sources.filter((source) => !source.includes('node_modules/')).map((source) => /(?:^|\/)src\/(.*)$/.exec(source)?.[1]).filter((path) => path !== undefined);
    assert.ok(own.includes('cli/main.ts'), 'the command\'s own sources are not in its map');
    assert.deepEqual(own.filter((path) => !/^(cli|batch|io)\//.test(path)), [], 'library sources bundled into dist/cli/');
    const cli = readFileSync(join(installed, 'dist', 'cli', 'index.js'), 'utf8');
    assert.match(cli, /require\("\.\.\/internal\.cjs"\)/);
  });

  test("the command's THIRD-PARTY-LICENSES.md covers every package bundled into it", () => {
    const cli = join(installed, 'dist', 'cli');
    // The build's source maps (kept in dist/, not shipped) name every bundled module's file.
    const maps = readdirSync(join(repoRoot, 'dist', 'cli')).filter((f) => f.endsWith('.js.map'));
    const sources = maps.flatMap((f) => (JSON.parse(readFileSync(join(repoRoot, 'dist', 'cli', f), 'utf8')) as { sources: string[] }).sources);
    const bundled = new Set(sources.map((source) => /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]).filter((name) => name !== undefined));
    for (const name of ['commander', 'cli-progress', 'piscina']) assert.ok(bundled.has(name), `${name} is not bundled into dist/cli/`);
    const licensed = new Set([...readFileSync(join(cli, 'THIRD-PARTY-LICENSES.md'), 'utf8').matchAll(/^## (\S+) /gm)].map((m) => m[1] as string));
    assert.deepEqual([...bundled].filter((name) => !licensed.has(name)), []);
  });
});

/**
 * Each consumer project: its package.json `type` and its compilerOptions. Node projects have
 * @types/node (the globals `console`, `Event`, `AbortSignal`), browser projects the DOM library.
 */
const MODES = {
  node10: { type: 'commonjs', emits: true, options: { module: 'commonjs', moduleResolution: 'node10', types: ['node'] } },
  'node16 (CommonJS)': { type: 'commonjs', emits: true, options: { module: 'node16', moduleResolution: 'node16', types: ['node'] } },
  'node16 (ESM)': { type: 'module', emits: true, options: { module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] } },
  // No `target`: TypeScript's default (ES5) is what failed on `#private` in the declarations.
  'bundler, no target, DOM': { type: 'module', emits: false, options: { module: 'esnext', moduleResolution: 'bundler', types: [], lib: ['es2022', 'dom'] } },
} as const;

/** Uses each entry's API with its real types; the @ts-expect-error lines fail if types are `any`. */
function consumerSource(subpaths: readonly string[]): string {
  return [
    "import { summarize, createSummarizer, fitIdf, IdfModel, PrecisError, type Summary, type SummarizeOptions } from 'precis';",
    "import { loadSummarizer } from 'precis/lazy';",
    "import { rouge } from 'precis/eval';",
    "import { serveSummarizer } from 'precis/worker';",
    "import { createWorkerSummarizer } from 'precis/worker-client';",
    // Every subpath of the exports map, whatever later entries are added.
    ...subpaths.map((s, i) => `import * as entry${i} from '${s}';`),
    '',
    `export const entries: object[] = [${subpaths.map((_, i) => `entry${i}`).join(', ')}];`,
    "const options: SummarizeOptions = { sentences: 2, order: 'score' };",
    "const summary: Summary = summarize('One sentence here is long enough. Another sentence follows it here.', options);",
    'export const offsets: number[] = summary.sentences.map((s) => s.end - s.start);',
    'export function misuse(): void {',
    "  // @ts-expect-error: `sentences` is a number",
    "  summarize('text', { sentences: 'two' });",
    '}',
    "export const model: IdfModel = fitIdf(['a text', 'another text']);",
    "export const again: IdfModel = IdfModel.from(model.toJSON());",
    "export const size: number = createSummarizer().fitIdf(['a text']).size;",
    "export const failed: boolean = new Error('x') instanceof PrecisError;",
    "export const f1: number = rouge(['a b'], ['a b']).rouge1.f;",
    '// @ts-expect-error: rouge scores are numbers',
    "export const wrong: string = rouge(['a b'], ['a b']).rouge1.f;",
    'export async function lazily(): Promise<number> {',
    '  const precis = await loadSummarizer({ sentences: 1 });',
    "  return precis.summarize('A sentence that is long enough here.').sentences.length;",
    '}',
    'export const serve: typeof serveSummarizer = serveSummarizer;',
    'export const client: typeof createWorkerSummarizer = createWorkerSummarizer;',
    "console.log(summary.sentences.length, again.documents, f1, entries.length);",
    '',
  ].join('\n');
}

/** Writes a consumer project and runs tsc on it; `strict`, and the shipped declarations checked too. */
function compile(name: string, type: string, source: string, options: Record<string, unknown>): string {
  const dir = join(app, `consumer-${name.replace(/\W+/g, '-')}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type }));
  writeFileSync(join(dir, 'main.ts'), source);
  const compilerOptions = { strict: true, skipLibCheck: false, outDir: 'out', ...options };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }, null, 2));
  const compiled = node([join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  assert.equal(compiled.status, 0, `tsc (${name}) failed:\n${compiled.stdout}${compiled.stderr}`);
  return dir;
}

describe("with precis/html's optional peers installed", () => {
  // What a user of precis/html adds beside precis (linked from this repository, like the dependencies).
  before(() => {
    for (const peer of HTML_PEERS) {
      mkdirSync(dirname(join(app, 'node_modules', peer)), { recursive: true });
      symlinkSync(join(repoRoot, 'node_modules', peer), join(app, 'node_modules', peer), 'dir');
    }
  });

  test('precis/html summarizes a page, and so does the precis command', () => {
    const script =
      "const { createSummarizer } = require('precis'); const { summarizeHtml } = require('precis/html');\n" +
      `const html = require('node:fs').readFileSync(${JSON.stringify(HTML_PAGE)}, 'utf8');\n` +
      'const s = summarizeHtml(createSummarizer(), html, { sentences: 2 });\n' +
      "if (s.sentences.length !== 2 || !html.slice(s.sentences[0].source.start, s.sentences[0].source.end).includes(s.sentences[0].text.slice(0, 10))) throw new Error('bad summary');\n";
    writeFileSync(join(app, 'html.cjs'), script);
    ok(node(['html.cjs']), 'precis/html');
    const bin = join(installed, manifest.bin?.precis ?? 'missing');
    assert.equal(ok(node([bin, '-k', '2', HTML_PAGE]), 'precis page.html').trim().split('\n').length, 2);
  });
});

describe('TypeScript consumers compile against the tarball in every resolution mode', () => {
  // The consumer's own @types/node (Node projects have it); linked, like the dependencies.
  before(() => symlinkSync(join(repoRoot, 'node_modules', '@types'), join(app, 'node_modules', '@types'), 'dir'));

  for (const [mode, { type, emits, options }] of Object.entries(MODES)) {
    test(mode, () => {
      const subpaths = Object.keys(manifest.exports)
        .filter((s) => s !== './package.json')
        .map((s) => (s === '.' ? 'precis' : `precis/${s.slice(2)}`));
      const dir = compile(mode, type, consumerSource(subpaths), emits ? options : { ...options, noEmit: true });
      if (emits) {
        writeFileSync(join(dir, 'out', 'package.json'), JSON.stringify({ type }));
        assert.equal(ok(node([join('out', 'main.js')], dir), `${mode} consumer`).trim(), `2 2 1 ${subpaths.length}`);
      }
    });
  }

  test('precis, precis/lazy and precis/eval need neither the DOM nor Node types', () => {
    const source =
      "import { summarize } from 'precis';\nimport { loadSummarizer } from 'precis/lazy';\nimport { rouge } from 'precis/eval';\n" +
      "export const n: number = summarize('text').sentences.length + rouge(['a'], ['a']).rouge1.f;\nexport const load = loadSummarizer;\n";
    compile('plain', 'module', source, { module: 'esnext', moduleResolution: 'bundler', types: [], lib: ['es2022'], noEmit: true });
  });
});
