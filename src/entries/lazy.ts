/**
 * precis for browsers and other places where the English model (about 1 MB gzip) should not load
 * with the page: `await loadSummarizer()` fetches wink-nlp and the model through dynamic
 * `import()`, so bundlers put them in a chunk of their own.
 */
import { isolatedNlp, type IsolatedNlp } from '../language/wink/isolated';
import type { WinkNlp } from '../language/wink/nlp';
import { resolveOptions, type SummarizeOptions } from '../options';
import { makeSummarizer, type Summarizer } from '../summarizer';

let loading: Promise<IsolatedNlp> | undefined;

function interop<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

function loadIsolated(): Promise<IsolatedNlp> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')])
    .then(([winkNLP, model]) => isolatedNlp(interop(winkNLP), interop(model)))
    .catch((error: unknown) => {
      loading = undefined; // a failed network fetch may succeed on the next try
      throw error;
    });
  return loading;
}

/** Loads wink-nlp and the English model once (e.g. early, when the browser is idle); later calls share the same instance. */
export async function loadNlp(): Promise<WinkNlp> {
  return (await loadIsolated()).current();
}

/**
 * Loads the English model (once) and returns a summarizer with `defaults`.
 *
 * @example
 * import { loadSummarizer } from 'precis/lazy';
 * button.onclick = async () => {
 *   const precis = await loadSummarizer({ sentences: 3 });
 *   box.textContent = precis.summarize(article.textContent).text;
 * };
 */
export async function loadSummarizer(defaults?: SummarizeOptions): Promise<Summarizer> {
  const resolved = resolveOptions(defaults); // invalid defaults fail before anything is fetched
  // With the caller's own wink instance, the bundled model is never fetched.
  if (resolved.nlp !== undefined) {
    const own = resolved.nlp;
    return makeSummarizer(defaults, () => own);
  }
  const shared = await loadIsolated();
  // Each call starts from the model as loaded (see isolatedNlp), so summaries never depend on order.
  return makeSummarizer(defaults, () => {
    shared.reset();
    return shared.current();
  });
}

// The surface both entries share: classes, errors, option and result types.
export * from './surface';
