/**
 * End to end in a real browser: the demo (demo/, built with Vite against the built dist/) served on
 * 127.0.0.1 and driven in Debian's Chromium by playwright-core. Clicks "Get a summary", checks the
 * box and the highlights against the article and the offsets, changes the number of sentences, and
 * measures click → summary with the model cold and already loaded, in a Web Worker and on the main
 * thread. Screenshots and timings go to artifacts/browser/. Chromium missing is a failure.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { buildDemo, type DemoBuild } from '../../demo/build';
import { serveStatic, type StaticServer } from '../../demo/server';
import { launchChromium, type Browser } from './support/chromium';
import { MODEL_MARKER, PIPELINE_MARKER, WINK_MARKER, checkMarkers, kb, measure, repoRoot } from './support/bundlers';
import { WORKER_PROTOCOL } from '../../src/entries/worker-client';

type Precis = typeof import('../../src/entries/index');

const ARTIFACTS = join(repoRoot, 'artifacts', 'browser');
const FIXTURE = readFileSync(join(repoRoot, 'fixtures', 'news-page-russia-japan.txt'), 'utf8');
/**
 * The demo's first chunk: its own code and the worker client. precis/lazy (for `?mode=main`) and
 * precis/dom come on the first click (precis/lazy's own first chunk is budgeted in bundle.spec.ts).
 * The page's first chunk held precis/lazy until it outgrew 25 KB with the furniture rules.
 */
const FIRST_CHUNK_BUDGET = 8 * 1024;
const WARM_RUNS = 5;
const COLD_RUNS = 3;
const COPIES = 150;

/** The article body of the fixture, by hand: block 0 is the title, 1 the widget, 2–7 the body, then widget and teasers. */
const BLOCKS = (() => {
  let at = 0;
  return FIXTURE.split('\n\n').map((text) => {
    const block = { text, start: at, end: at + text.length };
    at = block.end + 2;
    return block;
  });
})();
const BODY = BLOCKS.slice(2, 8);

interface BoxItem {
  text: string;
  start: number;
  end: number;
}
interface MarkInfo {
  sentence: number;
  text: string;
  /** The class of the paragraph the mark is in ('' when not in a <p>). */
  paragraphClass: string;
  paragraphText: string;
  /** Characters of the paragraph before the mark. */
  before: number;
}

let demo: DemoBuild;
let server: StaticServer;
let browser: Browser;
let precis: Precis;
const timings: Record<string, { cold: number[]; warm: number[] }> = {};
const longArticle: Record<string, { chars: number; summaryMs: number; longestTaskMs: number; maxFrameGapMs: number }> = {};

before(async () => {
  checkMarkers();
  precis = (await import(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)) as Precis; // the built package, as the demo uses it
  assert.equal(BODY.length, 6);
  assert.ok(BODY[0]?.text.startsWith('In a recent interview') && BODY[5]?.text.startsWith('It is also noted'), 'the fixture changed: update BODY');
  browser = await launchChromium(); // first: without Chromium, fail before building anything
  demo = await buildDemo();
  server = await serveStatic(demo.outDir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'timings.json'), `${JSON.stringify({ clickToSummaryMs: timings, longArticle }, null, 2)}\n`);
});

/**
 * Records the longest main-thread task and the longest gap between animation frames. A string, not a
 * function: tsx would wrap a named inner function in a helper the page does not have.
 */
const WATCH_MAIN_THREAD = `
  window.longest = 0;
  window.gap = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  requestAnimationFrame(function frame(now) {
    window.gap = Math.max(window.gap, now - last);
    last = now;
    requestAnimationFrame(frame);
  });
`;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function file(name: string): string {
  return readFileSync(join(demo.outDir, name), 'utf8');
}

/** Opens the demo in `mode`, failing the test on any page error or console error. */
async function open(mode: 'worker' | 'main', requests: string[]): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('worker', (worker) => worker.on('console', (m) => m.type() === 'error' && problems.push(`worker console error: ${m.text()}`)));
  // The worker mode highlights with the CSS Custom Highlight API, the main-thread mode with <mark>s.
  await page.goto(`${server.url}${mode === 'main' ? '?mode=main&highlight=mark' : ''}`);
  assert.equal(await page.getAttribute('html', 'data-mode'), mode);
  return { page, problems };
}

/** Waits for the summary of request number `run`; returns its items and click → summary time. */
async function summaryOf(page: Page, run: number): Promise<{ items: BoxItem[]; ms: number; model: string }> {
  const box = page.locator(`#summary[data-state="done"][data-run="${run}"]`);
  await box.waitFor({ timeout: 30_000 });
  const items = await page.$$eval('#summary .summary-sentences li', (lis) =>
    lis.map((li) => ({ text: li.textContent ?? '', start: Number(li.getAttribute('data-start')), end: Number(li.getAttribute('data-end')) })),
  );
  return { items, ms: Number(await box.getAttribute('data-ms')), model: (await box.getAttribute('data-model')) ?? '' };
}

/** The highlighted pieces, in order: `<mark>`s with their sentence, or the ranges of the CSS highlight (sentence -1, assigned below). */
function highlightsOf(page: Page): Promise<MarkInfo[]> {
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const marks = Array.from(document.querySelectorAll('#article mark.precis-highlight'));
    if (marks.length > 0) return marks.map((mark) => {
      const paragraph = mark.closest('p');
      const before = document.createRange();
      if (paragraph !== null) { before.setStart(paragraph, 0); before.setEndBefore(mark); }
      return { sentence: Number(mark.dataset.precisSentence), text: mark.textContent || '', paragraphClass: paragraph ? paragraph.className : '', paragraphText: paragraph ? paragraph.textContent : '', before: paragraph === null ? -1 : before.toString().length };
    });
    const highlight = CSS.highlights.get('precis');
    if (!highlight) return [];
    return Array.from(highlight).map((range) => {
      const paragraph = range.startContainer.parentElement ? range.startContainer.parentElement.closest('p') : null;
      const before = document.createRange();
      if (paragraph !== null) { before.setStart(paragraph, 0); before.setEnd(range.startContainer, range.startOffset); }
      return { sentence: -1, text: range.toString(), paragraphClass: paragraph ? paragraph.className : '', paragraphText: paragraph ? paragraph.textContent : '', before: paragraph === null ? -1 : before.toString().length };
    });
  })()`) as Promise<MarkInfo[]>;
}

/** Gives each range of the CSS highlight its sentence: they were added sentence by sentence, in order. */
function assignSentences(pieces: MarkInfo[], items: readonly BoxItem[]): MarkInfo[] {
  if (pieces.every((p) => p.sentence >= 0)) return pieces;
  let i = 0;
  let length = 0;
  return pieces.map((piece) => {
    while (i < items.length && length >= (items[i] as BoxItem).text.length) {
      i += 1;
      length = 0;
    }
    length += piece.text.length;
    return { ...piece, sentence: i };
  });
}

/** The box shows `count` sentences of the article body, highlighted where they are. */
async function checkSummary(page: Page, items: BoxItem[], count: number): Promise<void> {
  assert.equal(items.length, count, `the box shows ${items.length} sentences, expected ${count}`);
  const expected = precis.summarize(FIXTURE, { sentences: count }).sentences;
  assert.deepEqual(
    items.map(({ text }) => text),
    expected.map(({ text }) => text),
    'the page summarized something other than the article as saved',
  );
  for (const [i, item] of items.entries()) {
    assert.equal(item.end - item.start, item.text.length, 'offsets do not span the text');
    const at = (expected[i] as { start: number }).start;
    const block = BODY.find((b) => at >= b.start && at + item.text.length <= b.end);
    assert.ok(block, `not a sentence of the article body: ${JSON.stringify(item.text)}`);
  }
  const marks = assignSentences(await highlightsOf(page), items);
  for (const [i, item] of items.entries()) {
    const own = marks.filter((m) => m.sentence === i);
    assert.ok(own.length > 0, `sentence ${i} is not highlighted`);
    assert.equal(own.map((m) => m.text).join(''), item.text, `the highlight of sentence ${i} is not its text`);
    for (const mark of own) assert.equal(mark.paragraphClass, 'body', `sentence ${i} is highlighted outside the article body`);
    const first = own[0] as MarkInfo;
    const paragraphStart = FIXTURE.indexOf(first.paragraphText);
    assert.ok(paragraphStart >= 0);
    assert.equal(paragraphStart + first.before, (expected[i] as { start: number }).start, `the highlight of sentence ${i} is not where the sentence is`);
  }
  assert.equal(new Set(marks.map((m) => m.sentence)).size, count, 'highlights left over from an earlier summary');
}

test('the first chunk of the demo holds neither the pipeline, nor wink-nlp, nor the model', (t) => {
  const first = measure(demo.firstChunk, file(demo.firstChunk));
  assert.ok(!first.code.includes(MODEL_MARKER), 'the model is in the first chunk');
  assert.ok(!first.code.includes(WINK_MARKER), 'wink-nlp is in the first chunk');
  assert.ok(!first.code.includes(PIPELINE_MARKER), 'precis/lazy is in the first chunk: it should come on the first click');
  const pipeline = demo.files.filter((f) => f.endsWith('.js') && file(f).includes(PIPELINE_MARKER));
  assert.ok(pipeline.length > 0, 'no chunk holds the pipeline');
  assert.ok(first.gzip <= FIRST_CHUNK_BUDGET, `first chunk ${kb(first.gzip)} gzip, over ${kb(FIRST_CHUNK_BUDGET)}`);
  const models = demo.files.filter((f) => f.endsWith('.js') && file(f).includes(MODEL_MARKER));
  assert.equal(models.length, 2, `expected a model chunk for the page and one for the worker, got ${models.join(', ')}`);
  t.diagnostic(`demo first chunk ${demo.firstChunk}: ${kb(first.bytes)} min, ${kb(first.gzip)} gzip`);
  for (const model of models) t.diagnostic(`model chunk ${model}: ${kb(measure(model, file(model)).bytes)} min`);
});

for (const mode of ['worker', 'main'] as const) {
  describe(`the demo in Chromium, summary made ${mode === 'worker' ? 'in a Web Worker' : 'on the main thread'}`, () => {
    const requests: string[] = [];
    let page: Page;
    let problems: string[];
    let run = 0;
    let originalBody: string[] = [];
    const modelRequested = (): boolean => requests.some((r) => /\/model-[\w-]+\.js$/.test(r));

    before(async () => {
      ({ page, problems } = await open(mode, requests));
    });
    after(async () => {
      await page?.close();
    });

    test('nothing loads the model before the click', async () => {
      await page.waitForLoadState('networkidle');
      originalBody = await page.$$eval('#article p.body', (ps) => ps.slice(0, 6).map((p) => p.innerHTML));
      assert.ok(requests.some((r) => r.endsWith(demo.firstChunk)), 'the first chunk was not loaded');
      assert.ok(!modelRequested(), `the model was fetched before any click: ${requests.join(', ')}`);
      assert.equal(await page.isHidden('#summary'), true);
    });

    test('"Get a summary" shows 3 sentences of the article body, highlighted at their offsets', async (t) => {
      await page.click('.tldr-button >> nth=0');
      const { items, ms, model } = await summaryOf(page, ++run);
      assert.equal(model, 'cold');
      assert.equal(await page.getAttribute('#summary', 'data-highlight'), mode === 'worker' ? 'highlight' : 'mark');
      assert.ok(modelRequested(), 'the model chunk was never fetched');
      await checkSummary(page, items, 3);
      (timings[mode] ??= { cold: [], warm: [] }).cold.push(ms);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `demo-${mode}.png`), fullPage: true });
      t.diagnostic(`click → summary, model cold: ${ms.toFixed(0)} ms`);
    });

    test('changing the number of sentences changes the summary', async () => {
      for (const count of [5, 1, 2]) {
        await page.selectOption('#sentences', String(count));
        const { items } = await summaryOf(page, ++run);
        await checkSummary(page, items, count);
      }
    });

    test('the button after the article works too; timings with the model loaded', async (t) => {
      await page.selectOption('#sentences', '3');
      await summaryOf(page, ++run);
      for (let i = 0; i < WARM_RUNS; i += 1) {
        await page.click(i % 2 === 0 ? '.tldr-button >> nth=1' : '.tldr-button >> nth=0');
        const { items, ms, model } = await summaryOf(page, ++run);
        assert.equal(model, 'warm');
        await checkSummary(page, items, 3);
        timings[mode]?.warm.push(ms);
      }
      t.diagnostic(`click → summary, model loaded: median ${median(timings[mode]?.warm ?? []).toFixed(1)} ms over ${WARM_RUNS}`);
    });

    test('cold again on fresh page loads (model re-fetched, not cached)', async (t) => {
      for (let i = 1; i < COLD_RUNS; i += 1) {
        const fresh = await open(mode, []);
        await fresh.page.click('.tldr-button >> nth=0');
        const { items, ms, model } = await summaryOf(fresh.page, 1);
        assert.equal(model, 'cold');
        assert.equal(items.length, 3);
        timings[mode]?.cold.push(ms);
        assert.deepEqual(fresh.problems, []);
        await fresh.page.close();
      }
      t.diagnostic(`click → summary, model cold: ${timings[mode]?.cold.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    });

    test('a long article: how long the main thread is blocked (reported)', async (t) => {
      // COPIES copies of the article body (without the marks of the last summary, which are not the article's).
      await page.click('#summary .summary-clear');
      const chars = await page.evaluate((copies) => {
        const paragraphs = Array.from(document.querySelectorAll('#article p.body'));
        const last = paragraphs[paragraphs.length - 1] as Element;
        for (let i = 1; i < copies; i += 1) last.after(...paragraphs.map((p) => p.cloneNode(true)));
        return (document.querySelector('#article') as HTMLElement).innerText.length; // also lays the page out
      }, COPIES);
      await page.waitForTimeout(300); // let the longer page render before watching
      await page.evaluate(WATCH_MAIN_THREAD);
      await page.click('.tldr-button >> nth=0');
      const { items, ms } = await summaryOf(page, ++run);
      assert.equal(items.length, 3);
      await page.waitForTimeout(100);
      const { longest, gap } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; gap: number };
        return { longest: w.longest, gap: w.gap };
      });
      longArticle[mode] = { chars, summaryMs: Math.round(ms), longestTaskMs: Math.round(longest), maxFrameGapMs: Math.round(gap) };
      t.diagnostic(`long article (${chars} chars): summary ${ms.toFixed(0)} ms; longest main-thread task ${longest.toFixed(0)} ms; longest gap between frames ${gap.toFixed(0)} ms`);
    });

    test('"Clear the highlights" removes them and leaves the article as it was', async () => {
      const original = originalBody;
      assert.equal(original.length, 6);
      await page.click('#summary .summary-clear');
      assert.equal(await page.getAttribute('#summary', 'data-highlight'), 'removed');
      assert.deepEqual(await highlightsOf(page), []);
      const now = await page.$$eval('#article p.body', (ps) => ps.slice(0, 6).map((p) => ({ html: p.innerHTML, nodes: p.childNodes.length })));
      assert.deepEqual(now.map((p) => p.html), original, 'the article body changed');
      assert.deepEqual(now.map((p) => p.nodes), original.map(() => 1), 'text nodes were not merged back');
    });

    test('no page, console or worker errors', () => {
      assert.deepEqual(problems, []);
    });
  });
}

test("the demo's worker skips a request cancelled while an earlier summary runs (Chromium's task order)", async () => {
  const workerFile = demo.files.find((f) => /summarizer\.worker-[\w-]+\.js$/.test(f));
  assert.ok(workerFile !== undefined, `no worker script in ${demo.files.join(', ')}`);
  // About 400 KB of development articles: a summary that takes a few hundred ms in the worker.
  const long = readFileSync(join(repoRoot, 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .slice(0, 100)
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n\n');
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url);
    // A string, not a function: tsx would add helpers (`__name`) that do not exist in the page.
    const answered = (await page.evaluate(`(async ({ url, protocol, long, short }) => {
      const worker = new Worker(url, { type: 'module' });
      const failed = new Promise((_, reject) => {
        worker.onerror = (event) => reject(new Error('the worker failed: ' + (event.message || url)));
        setTimeout(() => reject(new Error('no answer within 30 s')), 30000);
      });
      const ids = [];
      const waiters = new Map();
      worker.onmessage = (event) => {
        ids.push(event.data.id);
        waiters.get(event.data.id)?.();
      };
      const answer = (id) => Promise.race([new Promise((resolve) => waiters.set(id, resolve)), failed]);
      const post = (message) => worker.postMessage({ protocol, ...message });
      post({ id: 1, type: 'load' });
      await answer(1);
      post({ id: 2, type: 'summarize', text: long });
      post({ id: 3, type: 'summarize', text: short });
      post({ id: 4, type: 'summarize', text: short });
      // While request 2 runs (or, on a slow machine, before it starts: 3 is queued either way).
      await new Promise((resolve) => setTimeout(resolve, 30));
      post({ id: 3, type: 'cancel' });
      await answer(4);
      await new Promise((resolve) => setTimeout(resolve, 100)); // an answer to 3 would have come by now
      worker.terminate();
      return ids;
    })(${JSON.stringify({ url: new URL(workerFile, server.url).href, protocol: WORKER_PROTOCOL, long, short: FIXTURE })})`)) as number[];
    assert.deepEqual(answered, [1, 2, 4]);
  } finally {
    await page.close();
  }
});
