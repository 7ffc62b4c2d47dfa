/**
 * precis for browsers and other places where the English model (about 1 MB gzip) should not load
 * with the page: `await loadSummarizer()` fetches wink-nlp and the model through dynamic
 * `import()`, so bundlers put them in a chunk of their own.
 */
import { createNlp, type WinkNlp } from './nlp';
import { resolveOptions, type SummarizeOptions } from './options';
import { makeSummarizer, type Summarizer } from './summarizer';

let loading: Promise<WinkNlp> | undefined;

function interop<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

/** Loads wink-nlp and the English model once; later calls share the same instance. */
export function loadNlp(): Promise<WinkNlp> {
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')])
    .then(([winkNLP, model]) => createNlp(interop(winkNLP), interop(model)))
    .catch((error: unknown) => {
      loading = undefined; // a failed network fetch may succeed on the next try
      throw error;
    });
  return loading;
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
  const nlp = resolved.nlp ?? (await loadNlp());
  return makeSummarizer(defaults, () => nlp);
}

// The surface both entries share: classes, errors, option and result types.
export * from './surface';
