/**
 * The built package in a browser app, bundled by esbuild (platform browser), Vite, webpack and
 * Rollup:
 * - no Node built-in anywhere (the CLI and batch code stay out of the library entries);
 * - `precis/lazy`: the model and wink-nlp in chunks of their own, not in the first chunk;
 * - `precis/worker-client` (the page) carries no model, wink-nlp or pipeline at all;
 * - the size budgets: a `precis/lazy` first chunk and the worker script ≤ 24 KB minified + gzip,
 *   the synchronous `precis` (languages' packages external) ≤ 30 KB.
 * Sizes go to artifacts/browser/sizes.json. Run after `npm run build` (npm test does).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import {
  MODEL_MARKER,
  PIPELINE_MARKER,
  WINK_MARKER,
  builtinImports,
  checkMarkers,
  chunkWith,
  esbuildApp,
  kb,
  makeApp,
  repoRoot,
  rollupApp,
  viteApp,
  webpackApp,
  type App,
  type Bundle,
  type OutFile,
} from './support/bundlers';

/** The budget: precis's own code, without wink-nlp and the model, minified + gzip. */
// 15 KB until 2026-11-30: the robust-input stages (text shape, glued blocks, quotation state,
// promotions, warnings) took a precis/lazy first chunk from 14.2 to 18.0 KB min+gzip, and the
// language option, its detector and pack loaders to 19.3-21.2 KB (esbuild, Rollup, webpack, Vite).
// 24 KB keeps the first chunk of a page under a fortieth of the model's.
const LIBRARY_BUDGET = 24 * 1024;
// The synchronous entry carries every language's engine wiring, abbreviations and furniture phrases
// (the stemmer and detector packages stay external here): 25.8 KB on 2026-11-30, and every
// language's stopword list since they are bundled from the `stopword` package's sources (one chunk
// per language for precis/lazy): 42.8 KB.
const SYNC_BUDGET = 45 * 1024;
/** The page side of the worker helper posts messages and revives errors: it should stay tiny. */
const CLIENT_BUDGET = 2 * 1024;
const ARTIFACTS = join(repoRoot, 'artifacts', 'browser');

const LIBRARY_ENTRIES = ['index', 'lazy', 'worker', 'worker-client'] as const;

const sizes: Record<string, { file: string; bytes: number; gzip: number; brotli?: number }> = {};
function record(t: TestContext, label: string, file: OutFile): void {
  const { brotli } = file;
  sizes[label] = { file: file.name, bytes: file.bytes, gzip: file.gzip, ...(brotli === undefined ? {} : { brotli }) };
  const br = brotli === undefined ? '' : `  ${kb(brotli).padStart(9)} brotli`;
  t.diagnostic(`${label.padEnd(44)} ${kb(file.bytes).padStart(10)} min  ${kb(file.gzip).padStart(9)} gzip${br}  (${file.name})`);
}

function assertNoNode(bundle: Bundle): void {
  assert.deepEqual(builtinImports(bundle.files), [], 'a chunk imports a Node built-in');
}

function only<T>(items: readonly T[], what: string): T {
  assert.equal(items.length, 1, `expected one ${what}, got ${items.length}`);
  return items[0] as T;
}

before(() => {
  for (const entry of LIBRARY_ENTRIES) {
    assert.ok(existsSync(join(repoRoot, 'dist', `${entry}.js`)), `dist/${entry}.js is missing: run \`npm run build\` first`);
  }
  checkMarkers();
});

after(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
});

/**
 * An entry and the shared chunks it imports (the ESM build is split: dist/chunk-*.js), each with
 * the sources its map names and the bare specifiers its code imports.
 */
function entryFiles(entry: string): { sources: string[]; imports: string[] } {
  const seen = new Set<string>();
  const sources: string[] = [];
  const imports: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    sources.push(...(JSON.parse(readFileSync(join(repoRoot, 'dist', `${file}.map`), 'utf8')) as { sources: string[] }).sources);
    const code = readFileSync(join(repoRoot, 'dist', file), 'utf8');
    const specifiers = [...code.matchAll(/(?:^|\n)(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => (m[1] ?? m[2] ?? m[3]) as string,
    );
    for (const specifier of specifiers) {
      if (specifier.startsWith('./')) visit(specifier.slice(2));
      else imports.push(specifier);
    }
  };
  visit(`${entry}.js`);
  return { sources, imports };
}

/** The language data packages: precis/lazy and precis/worker load them through import(), each language its own chunk. */
const LANGUAGE_PACKAGES = ['tinyld', 'wink-porter2-stemmer'];
/** Each language's stemmer is a module of its own (`@orama/stemmers/french`...). */
const isLanguagePackage = (s: string): boolean => LANGUAGE_PACKAGES.includes(s) || s.startsWith('@orama/stemmers/') || s.startsWith('@orama/stopwords/');

describe('the library entries', () => {
  for (const entry of LIBRARY_ENTRIES) {
    test(`dist/${entry}.js (and the chunks it imports) is library code only (no CLI, batch, eval or Node-only package)`, () => {
      const { sources, imports } = entryFiles(entry);
      const leaks = sources.filter((s) => /(^|\/)src\/(cli|batch|eval)\/|node_modules\/(commander|cli-progress|piscina)\//.test(s));
      assert.deepEqual(leaks, []);
      assert.deepEqual(
        imports.filter((s) => s !== 'wink-nlp' && s !== 'wink-eng-lite-web-model' && !isLanguagePackage(s)),
        [],
        'a library entry may import wink-nlp, the model and the language data packages, nothing else',
      );
    });
  }
});

describe('the guard', () => {
  let app: App;
  before(() => {
    app = makeApp({
      'node-app.js': "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');\n",
      'bare-app.js': "import { join } from 'path';\nexport const j = join('a', 'b');\n",
      'index.html': '<!doctype html><script type="module" src="./node-app.js"></script>',
    });
  });
  after(() => app.remove());

  test('fails an esbuild build that imports a Node built-in, with or without `node:`', async () => {
    await assert.rejects(esbuildApp(app, ['node-app.js']), /Node built-in "node:fs" imported by/);
    await assert.rejects(esbuildApp(app, ['bare-app.js']), /Node built-in "path" imported by/);
  });

  test('fails a Vite build that imports a Node built-in', async () => {
    await assert.rejects(viteApp(app), /Node built-in "node:fs"/);
  });

  test('fails a webpack build and a Rollup build that import a Node built-in', async () => {
    await assert.rejects(webpackApp(app, 'node-app.js'), /Node built-in "node:fs"/);
    await assert.rejects(webpackApp(app, 'bare-app.js'), /Node built-in "path"/);
    await assert.rejects(rollupApp(app, 'node-app.js'), /Node built-in "node:fs"/);
    await assert.rejects(rollupApp(app, 'bare-app.js'), /Node built-in "path"/);
  });
});

describe('precis/lazy in an app: the model is not in the first chunk', () => {
  let app: App;
  before(() => {
    app = makeApp({
      'main.js': [
        "import { loadSummarizer } from 'precis/lazy';",
        "document.querySelector('button').onclick = async () => {",
        "  const precis = await loadSummarizer({ sentences: 3 });",
        "  document.querySelector('#box').textContent = precis.summarize(document.querySelector('article').textContent).text;",
        '};',
        '',
      ].join('\n'),
      'index.html': '<!doctype html><article>…</article><button>Get a summary</button><p id="box"></p><script type="module" src="./main.js"></script>',
    });
  });
  after(() => app.remove());

  for (const [bundler, bundle] of [
    ['esbuild', () => esbuildApp(app, ['main.js'])],
    ['Vite', () => viteApp(app)],
    ['webpack', () => webpackApp(app, 'main.js')],
    ['Rollup', () => rollupApp(app, 'main.js')],
  ] as const) {
    test(`${bundler}: first chunk within budget, wink-nlp and the model split out`, async (t) => {
      const out = await bundle();
      assertNoNode(out);
      const first = only(out.entries, 'first chunk');
      const model = chunkWith(out, MODEL_MARKER);
      const wink = chunkWith(out, WINK_MARKER);
      assert.notEqual(model.name, first.name, 'the model is in the first chunk');
      assert.notEqual(wink.name, first.name, 'wink-nlp is in the first chunk');
      assert.ok(first.code.includes(PIPELINE_MARKER), 'the first chunk should hold precis itself');
      assert.ok(model.bytes > 1_000_000, `the model chunk is only ${kb(model.bytes)}`);
      record(t, `${bundler} precis/lazy app: first chunk`, first);
      record(t, `${bundler} precis/lazy app: wink-nlp chunk`, wink);
      record(t, `${bundler} precis/lazy app: model chunk`, model);
      assert.ok(first.gzip <= LIBRARY_BUDGET, `first chunk ${kb(first.gzip)} gzip > budget ${kb(LIBRARY_BUDGET)}`);
    });
  }
});

describe('precis/lazy: each language in a chunk of its own', () => {
  /** A language's chunk (its pack, stemmer and phrases) in an esbuild app, minified + gzip. */
  const PACK_BUDGET = 8 * 1024;
  let app: App;
  before(() => {
    app = makeApp({ 'all.js': "import { loadLanguages } from 'precis/lazy';\nexport const load = () => loadLanguages('fr', 'de', 'es', 'pt', 'it', 'nl', 'ru', 'vi', 'id', 'zh', 'ja', 'th', 'ko', 'ar', 'ta', 'en');\n" });
  });
  after(() => app.remove());

  test('esbuild: one chunk per language, each within its budget (sizes reported)', async (t) => {
    const out = await esbuildApp(app, ['all.js']);
    assertNoNode(out);
    for (const code of ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'ta', 'th', 'vi', 'zh']) {
      const chunk = only(out.files.filter((f) => new RegExp(`^${code}-[A-Z0-9]+-[A-Z0-9]+\\.js$`).test(f.name)), `${code} chunk`);
      record(t, `esbuild precis/lazy: the ${code} chunk`, chunk);
      assert.ok(chunk.gzip <= PACK_BUDGET, `the ${code} chunk is ${kb(chunk.gzip)} gzip, over ${kb(PACK_BUDGET)}`);
    }
  });
});

describe('precis (the synchronous API) bundles for the browser too', () => {
  let app: App;
  before(() => {
    app = makeApp({ 'sync.js': "import { summarize } from 'precis';\nexport const tldr = (text) => summarize(text).text;\n" });
  });
  after(() => app.remove());

  test('esbuild, everything in one file', async (t) => {
    const out = await esbuildApp(app, ['sync.js'], { splitting: false });
    assertNoNode(out);
    const whole = only(out.entries, 'bundle');
    assert.ok(whole.code.includes(MODEL_MARKER), 'the synchronous API carries the model');
    record(t, 'esbuild precis app: one file, with the model', whole);
  });

  test('size budget: precis without wink-nlp, the model, the stemmers and the detector ≤ 45 KB min+gzip', async (t) => {
    const out = await esbuildApp(app, ['sync.js'], { splitting: false, external: ['wink-nlp', 'wink-eng-lite-web-model', ...LANGUAGE_PACKAGES, '@orama/stemmers', '@orama/stopwords'] });
    const library = only(out.entries, 'bundle');
    assert.ok(!library.code.includes(MODEL_MARKER) && !library.code.includes(WINK_MARKER));
    record(t, 'esbuild precis, wink-nlp + model + language data external', library);
    // The synchronous API carries every language (Node's entry); browsers use precis/lazy, which fetches each on demand.
    const withLanguages = only((await esbuildApp(app, ['sync.js'], { splitting: false, external: ['wink-nlp', 'wink-eng-lite-web-model'] })).entries, 'bundle');
    record(t, 'esbuild precis with every language (detector, stemmers, stopwords)', withLanguages);
    assert.ok(library.gzip <= SYNC_BUDGET, `precis is ${kb(library.gzip)} min+gzip, over the ${kb(SYNC_BUDGET)} budget`);
  });
});

describe('precis/dom and precis/html in a browser app', () => {
  /** precis/dom (read a live element, highlight): a few KB, nothing of the parser, DOM library or Readability. */
  const DOM_BUDGET = 5 * 1024;
  const HTML_MARKERS = { parser: 'htmlparser2', readability: '_grabArticle', linkedom: 'linkedom' };
  let app: App;
  before(() => {
    app = makeApp({
      'dom.js': "import { summarizeElement, highlight } from 'precis/dom';\nimport { loadSummarizer } from 'precis/lazy';\nexport const run = async (el) => highlight(summarizeElement(await loadSummarizer(), el).sentences);\n",
      'html.js': "import { summarizeHtml } from 'precis/html';\nimport { loadSummarizer } from 'precis/lazy';\nexport const run = async (html) => summarizeHtml(await loadSummarizer(), html);\n",
    });
  });
  after(() => app.remove());
  const external = ['wink-nlp', 'wink-eng-lite-web-model'];

  test('precis/dom: no Node built-in, no parser, no Readability, within its budget', async (t) => {
    const out = await esbuildApp(app, ['dom.js'], { splitting: false, external: [...external, 'precis/lazy'] });
    assertNoNode(out);
    const dom = only(out.entries, 'bundle');
    assert.ok(!dom.code.includes(HTML_MARKERS.readability) && !dom.code.includes('createDocument'), 'precis/dom carries the HTML path');
    record(t, 'esbuild precis/dom alone (precis/lazy external)', dom);
    assert.ok(dom.gzip <= DOM_BUDGET, `precis/dom is ${kb(dom.gzip)} min+gzip, over ${kb(DOM_BUDGET)}`);
  });

  test('precis/html: no Node built-in; sizes with and without Readability (reported)', async (t) => {
    const whole = only((await esbuildApp(app, ['html.js'], { splitting: false, external: [...external, 'precis/lazy'] })).entries, 'bundle');
    assert.ok(whole.code.includes(HTML_MARKERS.readability), 'Readability is not in the precis/html bundle');
    record(t, 'esbuild precis/html (parser, linkedom, Readability)', whole);
    const noReadability = await esbuildApp(app, ['html.js'], { splitting: false, external: [...external, 'precis/lazy', '@mozilla/readability'] });
    assertNoNode(noReadability);
    record(t, 'esbuild precis/html, Readability external', only(noReadability.entries, 'bundle'));
    const noLinkedom = await esbuildApp(app, ['html.js'], { splitting: false, external: [...external, 'precis/lazy', 'linkedom'] });
    record(t, 'esbuild precis/html, linkedom external', only(noLinkedom.entries, 'bundle'));
  });
});

describe('precis/worker + precis/worker-client in an app', () => {
  let app: App;
  before(() => {
    app = makeApp({
      'page.js': [
        "import { createWorkerSummarizer } from 'precis/worker-client';",
        "const precis = createWorkerSummarizer(new Worker(new URL('./summarizer.worker.js', import.meta.url), { type: 'module' }));",
        "document.querySelector('button').onclick = async () => {",
        "  document.querySelector('#box').textContent = (await precis.summarize(document.querySelector('article').textContent)).text;",
        '};',
        '',
      ].join('\n'),
      'summarizer.worker.js': "import { serveSummarizer } from 'precis/worker';\nserveSummarizer();\n",
      'index.html': '<!doctype html><article>…</article><button>Get a summary</button><p id="box"></p><script type="module" src="./page.js"></script>',
    });
  });
  after(() => app.remove());

  test('esbuild: the page has no pipeline, wink-nlp or model; the worker loads the model as a chunk', async (t) => {
    const out = await esbuildApp(app, ['page.js', 'summarizer.worker.js']);
    assertNoNode(out);
    const page = only(out.entries.filter((f) => f.name.startsWith('page')), 'page chunk');
    const worker = only(out.entries.filter((f) => f.name.startsWith('summarizer.worker')), 'worker chunk');
    const model = chunkWith(out, MODEL_MARKER);
    chunkWith(out, WINK_MARKER);
    assert.ok(!page.code.includes('import('), 'the page chunk loads nothing on demand');
    assert.ok(!page.code.includes(PIPELINE_MARKER), 'the page chunk holds the pipeline');
    assert.ok(worker.code.includes(PIPELINE_MARKER), 'the worker script should hold the pipeline');
    assert.notEqual(model.name, worker.name, 'the model is in the worker script');
    record(t, 'esbuild worker-client page chunk', page);
    record(t, 'esbuild worker script (serveSummarizer)', worker);
    assert.ok(page.gzip <= CLIENT_BUDGET, `the page chunk is ${kb(page.gzip)} gzip, over ${kb(CLIENT_BUDGET)}`);
    assert.ok(worker.gzip <= LIBRARY_BUDGET, `the worker script is ${kb(worker.gzip)} gzip, over ${kb(LIBRARY_BUDGET)}`);
  });

  test('Vite: the worker is its own module script, the model a chunk it imports on demand', async (t) => {
    const out = await viteApp(app);
    assertNoNode(out);
    const page = only(out.entries, 'first chunk');
    const worker = only(out.files.filter((f) => f.name.includes('summarizer.worker')), 'worker script');
    const model = chunkWith(out, MODEL_MARKER);
    assert.ok(![page.name, worker.name].includes(model.name), 'the model is in the page or the worker script');
    assert.ok(!page.code.includes(WINK_MARKER) && !page.code.includes(PIPELINE_MARKER), 'the page chunk holds the pipeline');
    record(t, 'Vite worker-client page: first chunk', page);
    record(t, 'Vite worker script', worker);
    assert.ok(page.gzip <= CLIENT_BUDGET, `the page chunk is ${kb(page.gzip)} gzip, over ${kb(CLIENT_BUDGET)}`);
  });
});
