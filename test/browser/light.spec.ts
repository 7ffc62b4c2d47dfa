/**
 * The light English engine in a real browser: an app calls
 * `loadSummarizer({ engine: 'light', language: 'en' })` from `precis/lazy`, bundled by esbuild,
 * Vite, webpack and Rollup, served on 127.0.0.1 and run in Chromium. Each build must give the
 * summary it gives in Node without fetching the wink-nlp or model chunk (both are still emitted:
 * `precis/lazy` can load them), and the JavaScript fetched for that first summary is measured
 * (minified + gzip, every file the page requested). Sizes go to artifacts/browser/light.json.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { serveStatic } from '../../demo/server';
import { launchChromium, type Browser } from './support/chromium';
import { MODEL_MARKER, WINK_MARKER, checkMarkers, chunkWith, esbuildApp, kb, makeApp, repoRoot, rollupApp, viteApp, webpackApp, type App, type Bundle } from './support/bundlers';

type Precis = typeof import('../../src/entries/index');

const ARTIFACTS = join(repoRoot, 'artifacts', 'browser');
const ARTICLE = readFileSync(join(repoRoot, 'fixtures', 'news-page-russia-japan.txt'), 'utf8');
/**
 * The JavaScript a page fetches for its first light summary, minified + gzip: a few tens of KB, a
 * twentieth of the model. On 2026-11-30: Rollup 26.2 KB, esbuild 27.2, webpack 27.3, Vite 27.8
 * (esbuild and webpack fetched 40.7 and 40.3 while the stopword lists came from the package's
 * entry, one module for every language).
 */
const LIGHT_BUDGET = 35 * 1024;

const MAIN = [
  "import { loadSummarizer } from 'precis/lazy';",
  'const run = async () => {',
  "  const article = document.querySelector('#article').textContent;",
  "  const precis = await loadSummarizer({ engine: 'light', language: 'en' });",
  '  const summary = precis.summarize(article);',
  "  const box = document.querySelector('#box');",
  '  box.textContent = JSON.stringify({ language: summary.language, sentences: summary.sentences.map((s) => [s.start, s.end, s.text]) });',
  "  box.dataset.done = 'yes';",
  '};',
  "run().catch((error) => { document.querySelector('#box').dataset.done = 'error'; document.querySelector('#box').textContent = String(error); });",
  '',
].join('\n');
const page = (script: string): string =>
  `<!doctype html><meta charset="utf-8"><pre id="article">${ARTICLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre><p id="box"></p>${script}`;

let app: App;
let browser: Browser;
let precis: Precis;
const sizes: Record<string, { files: string[]; bytes: number; gzip: number }> = {};

before(async () => {
  checkMarkers();
  precis = (await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)) as Precis;
  browser = await launchChromium();
  app = makeApp({ 'main.js': MAIN, 'index.html': page('<script type="module" src="./main.js"></script>') });
});

after(async () => {
  await browser?.close();
  app?.remove();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'light.json'), `${JSON.stringify(sizes, null, 2)}\n`);
});

describe("precis/lazy with engine: 'light' in Chromium: a first summary without the model", () => {
  for (const [bundler, build, script] of [
    ['esbuild', () => esbuildApp(app, ['main.js']), '<script type="module" src="./main.js"></script>'],
    ['Vite', () => viteApp(app), undefined],
    ['webpack', () => webpackApp(app, 'main.js'), '<script src="./main.js"></script>'],
    ['Rollup', () => rollupApp(app, 'main.js'), '<script type="module" src="./main.js"></script>'],
  ] as const) {
    test(`${bundler}: the summary Node gives, no wink-nlp or model fetched, first summary within ${kb(LIGHT_BUDGET)} gzip`, async (t) => {
      const out: Bundle = await build();
      if (script !== undefined) writeFileSync(join(out.outDir, 'index.html'), page(script));
      const model = chunkWith(out, MODEL_MARKER);
      const wink = chunkWith(out, WINK_MARKER);
      const server = await serveStatic(out.outDir);
      const tab = await browser.context.newPage();
      const requests: string[] = [];
      tab.on('request', (request) => requests.push(new URL(request.url()).pathname.replace(/^\//, '')));
      try {
        await tab.goto(server.url);
        const box = tab.locator('#box[data-done]');
        await box.waitFor({ timeout: 30_000 });
        assert.equal(await box.getAttribute('data-done'), 'yes', await box.textContent() ?? '');
        const got = JSON.parse((await box.textContent()) ?? '') as { language: string; sentences: [number, number, string][] };
        // The page's text is the article as the browser parsed it: the same characters.
        const inNode = precis.summarize(ARTICLE, { engine: 'light', language: 'en' });
        assert.equal(got.language, 'en');
        assert.deepEqual(got.sentences, inNode.sentences.map((s) => [s.start, s.end, s.text]));
        assert.equal(inNode.sentences.length, 3);
        assert.ok(!requests.includes(model.name), `the model chunk ${model.name} was fetched`);
        assert.ok(!requests.includes(wink.name), `the wink-nlp chunk ${wink.name} was fetched`);
        const fetched = out.files.filter((f) => requests.includes(f.name));
        assert.ok(fetched.length > 0, `no JavaScript file of the build was fetched (requests: ${requests.join(', ')})`);
        const bytes = fetched.reduce((n, f) => n + f.bytes, 0);
        const gzip = fetched.reduce((n, f) => n + f.gzip, 0);
        sizes[bundler] = { files: fetched.map((f) => f.name), bytes, gzip };
        t.diagnostic(`${bundler}: first light summary fetched ${fetched.length} files, ${kb(bytes)} min, ${kb(gzip)} gzip (model chunk ${kb(model.gzip)} gzip not fetched)`);
        assert.ok(gzip <= LIGHT_BUDGET, `the first light summary fetched ${kb(gzip)} gzip, over ${kb(LIGHT_BUDGET)}`);
      } finally {
        await tab.close();
        await server.close();
      }
    });
  }
});
