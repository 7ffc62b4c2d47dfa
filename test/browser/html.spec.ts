/**
 * precis/html in a real browser: `summarizeHtml` builds the page in an inert document of the
 * browser's own (not linkedom) and runs Readability on the real DOM. The bundled page must give
 * the summary and the source spans it gives in Node, and a hostile page must run and fetch nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { serveStatic, type StaticServer } from '../../demo/server';
import { launchChromium, type Browser } from './support/chromium';
import { esbuildApp, makeApp, repoRoot, type App } from './support/bundlers';

type Html = typeof import('../../src/entries/html');
type Core = typeof import('../../src/entries/index');

const PRETTY = readFileSync(join(repoRoot, 'fixtures', 'html', 'news-page-pretty.html'), 'utf8');
const MINIFIED = readFileSync(join(repoRoot, 'fixtures', 'html', 'news-page-minified.html'), 'utf8');
/** Every way a page could run code or load something, if it were rendered. */
const HOSTILE =
  '<html><body><img src="/fetched-image.png" onerror="window.precisRan = true"><script>window.precisRan = true</script>' +
  '<iframe src="/fetched-frame.html"></iframe><link rel="stylesheet" href="/fetched.css"><video src="/fetched.mp4" autoplay></video>' +
  '<svg onload="window.precisRan = true"></svg><p>The council met on Tuesday to discuss the budget of the city schools.</p></body></html>';

let app: App;
let server: StaticServer;
let browser: Browser;

before(async () => {
  browser = await launchChromium();
  app = makeApp({ 'html-app.js': "export { summarizeHtml, readHtml } from 'precis/html';\nexport { createSummarizer } from 'precis';\n" });
  const out = await esbuildApp(app, ['html-app.js'], { splitting: false });
  writeFileSync(join(out.outDir, 'index.html'), '<!doctype html><title>precis/html</title><p>test page</p>');
  server = await serveStatic(out.outDir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  app?.remove();
});

test('summarizeHtml in Chromium (native inert document, Readability on the real DOM) gives what it gives in Node', async () => {
  const html = (await import(pathToFileURL(join(repoRoot, 'dist', 'html.js')).href)) as Html;
  const core = (await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)) as Core;
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    await page.goto(new URL('index.html', server.url).href);
    for (const source of [PRETTY, MINIFIED]) {
      const inBrowser = (await page.evaluate(`(async (source) => {
        const precis = await import('./html-app.js');
        const summary = precis.summarizeHtml(precis.createSummarizer(), source);
        return { sentences: summary.sentences.map((s) => ({ text: s.text, source: s.source })), readability: summary.page.readability, title: summary.title };
      })(${JSON.stringify(source)})`)) as { sentences: { text: string; source: { start: number; end: number } }[]; readability: string; title: string };
      const inNode = html.summarizeHtml(core.createSummarizer(), source);
      assert.equal(inBrowser.readability, 'used');
      assert.equal(inBrowser.title, inNode.title);
      assert.deepEqual(inBrowser.sentences, inNode.sentences.map((s) => ({ text: s.text, source: s.source })));
    }
    const hostile = (await page.evaluate(`(async (source) => {
      const precis = await import('./html-app.js');
      const read = precis.readHtml(source, { readability: true });
      await new Promise((resolve) => setTimeout(resolve, 300)); // time for anything that would load or run
      return { text: read.text, ran: window.precisRan === true };
    })(${JSON.stringify(HOSTILE)})`)) as { text: string; ran: boolean };
    assert.equal(hostile.text, 'The council met on Tuesday to discuss the budget of the city schools.');
    assert.equal(hostile.ran, false, 'a script of the parsed page ran');
    assert.deepEqual(requests.filter((r) => r.includes('fetched')), [], 'the parsed page loaded a resource');
  } finally {
    await page.close();
  }
});
