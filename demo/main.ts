/**
 * The demo page: "No time to read? Get a summary" on a news article.
 *
 * By default the summary is made in a Web Worker (`precis/worker-client` talking to
 * summarizer.worker.ts), so a long article never blocks the page; `?mode=main` makes it on the
 * page's own thread with `loadSummarizer()` from `precis/lazy`. Either way the model is fetched on
 * the first click, from a chunk of its own.
 */
import { loadSummarizer, type Summary } from 'precis/lazy';
import { createWorkerSummarizer } from 'precis/worker-client';
import { clearHighlights, highlight, readText } from './text-map';

type Mode = 'worker' | 'main';
type Summarize = (text: string, sentences: number) => Promise<Summary>;

const HIGHLIGHT = 'mark.precis-hl';

function summarizerFor(mode: Mode): Summarize {
  if (mode === 'worker') {
    const worker = new Worker(new URL('./summarizer.worker.ts', import.meta.url), { type: 'module' });
    const precis = createWorkerSummarizer(worker);
    return (text, sentences) => precis.summarize(text, { sentences });
  }
  // The page carries precis's own code (a few KB); loadSummarizer() fetches the model on first use.
  return async (text, sentences) => (await loadSummarizer()).summarize(text, { sentences });
}

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`The page has no ${selector}`);
  return found;
}

const article = element<HTMLElement>('#article');
const box = element<HTMLElement>('#summary');
const list = element<HTMLOListElement>('#summary .summary-sentences');
const status = element<HTMLElement>('#summary .summary-status');
const count = element<HTMLSelectElement>('#sentences');
const mode: Mode = new URLSearchParams(location.search).get('mode') === 'main' || typeof Worker === 'undefined' ? 'main' : 'worker';
const summarize = summarizerFor(mode);
let modelLoaded = false;
let run = 0;

function show(summary: Summary, text: string, ms: number, cold: boolean): void {
  clearHighlights(article, HIGHLIGHT);
  const map = readText(article);
  if (map.text !== text) throw new Error('The article changed while it was being summarized');
  // Last sentence first: see highlight().
  for (let i = summary.sentences.length - 1; i >= 0; i -= 1) {
    const s = summary.sentences[i]!;
    highlight(map, s.start, s.end, () => {
      const mark = document.createElement('mark');
      mark.className = 'precis-hl';
      mark.dataset.sentence = String(i);
      return mark;
    });
  }
  list.replaceChildren(
    ...summary.sentences.map((s, i) => {
      const item = document.createElement('li');
      item.textContent = s.text;
      Object.assign(item.dataset, { sentence: String(i), start: String(s.start), end: String(s.end), index: String(s.index) });
      item.addEventListener('click', () => article.querySelector(`${HIGHLIGHT}[data-sentence="${i}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
      return item;
    }),
  );
  const { selected, candidates } = summary.stats;
  status.textContent = `${selected} of ${candidates} sentences · ${Math.round(ms)} ms ${cold ? '(model loaded on this click)' : '(model already loaded)'} · ${mode === 'worker' ? 'in a Web Worker' : 'on the main thread'}`;
  Object.assign(box.dataset, { state: 'done', ms: ms.toFixed(1), model: cold ? 'cold' : 'warm', mode, run: String(run) });
}

async function onRequest(started: number): Promise<void> {
  const mine = ++run;
  box.hidden = false;
  box.dataset.state = 'working';
  article.setAttribute('aria-busy', 'true');
  if (!modelLoaded) status.textContent = 'Loading the summarizer…';
  clearHighlights(article, HIGHLIGHT);
  const { text } = readText(article);
  const cold = !modelLoaded;
  try {
    const summary = await summarize(text, Number(count.value));
    modelLoaded = true;
    if (mine !== run) return; // a newer request (another count) took over
    show(summary, text, performance.now() - started, cold);
  } catch (error) {
    if (mine !== run) return;
    box.dataset.state = 'error';
    status.textContent = `Could not summarize: ${error instanceof Error ? error.message : String(error)}`;
    console.error(error);
  } finally {
    if (mine === run) article.removeAttribute('aria-busy');
  }
}

for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-summarize]'))) {
  // `timeStamp` is when the click happened, so the figure includes any wait for the main thread.
  button.addEventListener('click', (event) => {
    void onRequest(event.timeStamp);
    box.scrollIntoView({ block: 'nearest' });
  });
}
count.addEventListener('change', () => {
  if (!box.hidden) void onRequest(performance.now());
});
document.documentElement.dataset.mode = mode;
