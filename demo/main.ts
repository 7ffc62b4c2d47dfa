/**
 * The demo page: "No time to read? Get a summary" on a news article.
 *
 * By default the summary is made in a Web Worker (`precis/worker-client` talking to
 * summarizer.worker.ts), so a long article never blocks the page; `?mode=main` makes it on the
 * page's own thread with `loadSummarizer()` from `precis/lazy`, itself fetched on the first click.
 * Either way the model is fetched on the first click, from a chunk of its own. The article is read and highlighted with `precis/dom`:
 * the CSS Custom Highlight API where the browser has it (`?highlight=mark` forces `<mark>`s).
 */
import type { Summary } from 'precis/lazy';
import { createWorkerSummarizer } from 'precis/worker-client';
import type { ElementText, Highlighting } from 'precis/dom';

/** precis/dom (3.5 KB gzip) is loaded with the summarizer, on the first click: the page's first chunk stays small. */
let domModule: Promise<typeof import('precis/dom')> | undefined;
const dom = (): Promise<typeof import('precis/dom')> => (domModule ??= import('precis/dom'));

type Mode = 'worker' | 'main';
type Summarize = (text: string, sentences: number, title: string | undefined) => Promise<Summary>;

function summarizerFor(mode: Mode): Summarize {
  if (mode === 'worker') {
    const worker = new Worker(new URL('./summarizer.worker.ts', import.meta.url), { type: 'module' });
    const precis = createWorkerSummarizer(worker);
    return (text, sentences, title) => precis.summarize(text, { sentences, ...(title !== undefined ? { title } : {}) });
  }
  // precis/lazy (about 20 KB gzip) is fetched on the first click, like precis/dom, so the page's
  // first chunk stays a few KB in either mode; loadSummarizer() then fetches the model.
  return async (text, sentences, title) => {
    const { loadSummarizer } = await import('precis/lazy');
    return (await loadSummarizer()).summarize(text, { sentences, ...(title !== undefined ? { title } : {}) });
  };
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
const highlightMode = new URLSearchParams(location.search).get('highlight') === 'mark' ? 'mark' : 'auto';
let highlighting: Highlighting | undefined;
let modelLoaded = false;
let run = 0;

function show({ placeSummary, highlight }: typeof import('precis/dom'), page: ElementText, summary: Summary, ms: number, cold: boolean): void {
  highlighting?.remove();
  const placed = placeSummary(page, summary);
  highlighting = highlight(placed.sentences, { mode: highlightMode });
  const shown = highlighting;
  list.replaceChildren(
    ...summary.sentences.map((s, i) => {
      const item = document.createElement('li');
      item.textContent = s.text;
      Object.assign(item.dataset, { sentence: String(i), start: String(s.start), end: String(s.end), index: String(s.index) });
      item.addEventListener('click', () => shown.ranges[i]?.[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
      return item;
    }),
  );
  const { selected, candidates } = summary.stats;
  status.textContent = `${selected} of ${candidates} sentences · ${Math.round(ms)} ms ${cold ? '(model loaded on this click)' : '(model already loaded)'} · ${mode === 'worker' ? 'in a Web Worker' : 'on the main thread'}`;
  Object.assign(box.dataset, { state: 'done', ms: ms.toFixed(1), model: cold ? 'cold' : 'warm', mode, run: String(run), highlight: shown.mode });
}

async function onRequest(started: number): Promise<void> {
  const mine = ++run;
  box.hidden = false;
  box.dataset.state = 'working';
  article.setAttribute('aria-busy', 'true');
  if (!modelLoaded) status.textContent = 'Loading the summarizer…';
  highlighting?.remove();
  highlighting = undefined;
  const cold = !modelLoaded;
  try {
    const precisDom = await dom();
    if (mine !== run) return;
    const page = precisDom.readElement(article);
    const summary = await summarize(page.text, Number(count.value), page.title);
    modelLoaded = true;
    if (mine !== run) return; // a newer request (another count) took over
    show(precisDom, page, summary, performance.now() - started, cold);
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
element<HTMLButtonElement>('#summary .summary-clear').addEventListener('click', () => {
  highlighting?.remove();
  highlighting = undefined;
  box.dataset.highlight = 'removed';
});
count.addEventListener('change', () => {
  if (!box.hidden) void onRequest(performance.now());
});
document.documentElement.dataset.mode = mode;
