/**
 * precis for browsers and other places where the English model (about 1 MB gzip) should not load
 * with the page: `await loadSummarizer()` fetches wink-nlp and the model through dynamic
 * `import()`, so bundlers put them in a chunk of their own.
 */
import { loadIsolatedNlp } from '../language/wink/loaded';
import { nextNlp } from '../language/wink/isolated';
import type { WinkNlp } from '../language/wink/nlp';
import { resolveOptions, type SummarizeOptions } from '../options';
import { makeSummarizer, type Summarizer } from '../summarizer';

/**
 * Loads wink-nlp and the English model once (e.g. early, when the browser is idle); later calls share the same instance.
 *
 * @example
 * button.addEventListener('pointerenter', () => void loadNlp(), { once: true }); // start fetching early
 */
export async function loadNlp(): Promise<WinkNlp> {
  return (await loadIsolatedNlp()).current();
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
  const shared = await loadIsolatedNlp();
  // Each call starts from the model as loaded (see isolatedNlp), so summaries never depend on order.
  return makeSummarizer(defaults, (chars) => nextNlp(shared, chars));
}

// The surface both entries share: classes, errors, option and result types.
export * from './surface';
