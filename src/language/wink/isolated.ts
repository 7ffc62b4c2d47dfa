import { createNlp, registerStemmer, type WinkNlp } from './nlp';

/** The part of wink's loaded core model that learns: the lexeme table. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
}

/**
 * Out-of-vocabulary lexemes a wink instance may accumulate before it is replaced by a fresh one:
 * about 85 bytes each, so about 20 MB; news articles teach about 80 each, so a replacement (about
 * 0.1 s) comes every 3,000 articles or so.
 */
export const MAX_LEARNED = 250_000;

/** A wink-nlp instance that gives every document the same starting state. */
export interface IsolatedNlp {
  /** The instance to read the next document with (call `reset()` before each document). */
  current(): WinkNlp;
  /** Forgets what the previous document taught the instance. */
  reset(): void;
}

type ModelLoaders = Record<string, unknown> & { core: () => { features?: { lexeme?: LexemeTable } }; metaCER: () => unknown };
/**
 * wink-eng-lite-web-model's `metaCER()` JSON-encodes its module-level data in place on every call,
 * so the n-th wink instance of a process gets it encoded n times, and after about 20 instances
 * the string outgrows V8 ("Invalid string length"). Every instance made here shares one result
 * per model.
 */
const metaCERs = new WeakMap<object, unknown>();

function load(winkNLP: unknown, model: unknown): { nlp: WinkNlp; lexeme: LexemeTable } {
  const source = model as ModelLoaders;
  let core: ReturnType<ModelLoaders['core']> | undefined;
  if (!metaCERs.has(source)) metaCERs.set(source, source.metaCER());
  const metaCER = metaCERs.get(source);
  const capturing = { ...source, core: () => (core = source.core()), metaCER: () => metaCER };
  const nlp = createNlp(winkNLP, capturing);
  registerStemmer(nlp, source);
  const lexeme = core?.features?.lexeme;
  if (lexeme === undefined || typeof lexeme.hash !== 'object' || !Array.isArray(lexeme.list)) {
    throw new Error('precis: unsupported wink-nlp model layout (features.lexeme.hash/list not found)');
  }
  return { nlp, lexeme };
}

/**
 * Why this exists: wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and its
 * tokenizer looks words up there, so how a text is tokenized (and so its summary) depends on the
 * texts the same instance read before (e.g. "year's" stays one token once an earlier text taught
 * it). Without this, `summarize(text)` would depend on the calls made before it (10 of 303 sample
 * stories changed when read in reverse order), and a batch run's output on `--workers`.
 *
 * `reset()` removes the words learned since the last reset from the lexicon's hash (what the
 * tokenizer sees), so each document starts from the model as loaded. The lexicon's parallel
 * arrays keep growing (wink indexes them by position), so the instance is replaced by a fresh one
 * once `maxLearned` words have accumulated.
 */
export function isolatedNlp(winkNLP: unknown, model: unknown, maxLearned = MAX_LEARNED): IsolatedNlp {
  let state = load(winkNLP, model);
  let base = state.lexeme.list.length;
  let mark = base;
  return {
    current: () => state.nlp,
    reset() {
      const { hash, list } = state.lexeme;
      if (list.length - base > maxLearned) {
        state = load(winkNLP, model);
        base = state.lexeme.list.length;
        mark = base;
        return;
      }
      for (let i = mark; i < list.length; i++) {
        const word = list[i]!;
        if (hash[word] === i) delete hash[word];
      }
      mark = list.length;
    },
  };
}
