import { PrecisError } from '../../errors';
import { createNlp, registerStemmer, type WinkNlp } from './nlp';

/**
 * A table wink's core model grows while it reads: a value's index in `list`, looked up through
 * `hash`; `index` is where the next new value goes (wink keeps it equal to `list.length`).
 */
interface GrowingTable {
  readonly hash: Record<string, number>;
  readonly list: string[];
  index: number;
}

/**
 * Out-of-vocabulary lexemes a wink instance may accumulate before it is replaced by a fresh one:
 * about 85 bytes each, so about 20 MB; news articles teach about 80 each, so a replacement (about
 * 0.1 s) comes every 3,000 articles or so.
 */
export const MAX_LEARNED = 250_000;

/**
 * Lexeme indices must stay below this. wink's English sentence-boundary machine reads tokens as
 * their lexeme index, and marks a boundary hint as 1,080,000 plus the hint; an out-of-vocabulary
 * word whose index reached that range would read as a hint. A document that could carry the
 * table that far starts on a fresh instance, so its indices are those of a fresh process.
 */
export const LEXEME_INDEX_LIMIT = 1_000_000;

/** A wink-nlp instance that gives every document the same starting state. */
export interface IsolatedNlp {
  /** The instance to read the next document with (call `reset()` before each document). */
  current(): WinkNlp;
  /**
   * Brings the instance back to the model as loaded, before a document of `chars` UTF-16 code
   * units in all (the text and a title; 0 when unknown and small).
   */
  reset(chars?: number): void;
}

type ModelLoaders = Record<string, unknown> & { core: () => { features?: Record<string, unknown> }; metaCER: () => unknown };
/**
 * wink-eng-lite-web-model's `metaCER()` JSON-encodes its module-level data in place on every call,
 * so the n-th wink instance of a process gets it encoded n times, and after about 20 instances
 * the string outgrows V8 ("Invalid string length"). Every instance made here shares one result
 * per model.
 */
const metaCERs = new WeakMap<object, unknown>();

function isTable(value: unknown): value is GrowingTable {
  const t = value as Partial<GrowingTable> | null;
  return typeof t === 'object' && t !== null && typeof t.hash === 'object' && t.hash !== null && Array.isArray(t.list) && typeof t.index === 'number';
}

/** A loaded instance, its lexeme table and the other tables it grows, with their loaded sizes. */
interface Loaded {
  readonly nlp: WinkNlp;
  readonly lexeme: GrowingTable;
  readonly tables: readonly { readonly table: GrowingTable; readonly size: number }[];
}

function load(winkNLP: unknown, model: unknown): Loaded {
  const source = model as ModelLoaders;
  let core: ReturnType<ModelLoaders['core']> | undefined;
  if (!metaCERs.has(source)) metaCERs.set(source, source.metaCER());
  const metaCER = metaCERs.get(source);
  const capturing = { ...source, core: () => (core = source.core()), metaCER: () => metaCER };
  const nlp = createNlp(winkNLP, capturing);
  registerStemmer(nlp, source);
  const features = core?.features ?? {};
  const lexeme = features.lexeme;
  if (!isTable(lexeme)) {
    throw new PrecisError('ERR_UNSUPPORTED_MODEL', 'precis: unsupported wink-nlp model layout (features.lexeme.hash/list/index not found)');
  }
  // Every other table wink extends with a new token's values (in wink-eng-lite-web-model 1.8:
  // prefix, suffix and shape). Their indices are packed into bit fields of the token's entry, so
  // a table that keeps growing overflows its field (the shape's 14 bits after about 16,000 new
  // shapes, which sets the abbreviation bit next to it and moves sentence boundaries).
  const tables = Object.entries(features)
    .filter(([name, table]) => name !== 'lexeme' && isTable(table))
    .map(([, table]) => ({ table: table as GrowingTable, size: (table as GrowingTable).list.length }));
  return { nlp, lexeme, tables };
}

/** Removes the values added to `table` since it held `size` values. */
function truncate(table: GrowingTable, size: number): void {
  const { hash, list } = table;
  if (list.length === size) return;
  for (let i = size; i < list.length; i++) {
    const value = list[i]!;
    if (hash[value] === i) delete hash[value];
  }
  list.length = size;
  table.index = size;
}

/**
 * Why this exists: wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and the
 * values of its features (prefix, suffix, shape) to tables of their own. Its tokenizer looks words
 * up in the lexicon, so how a text is tokenized depends on the texts the same instance read
 * before (e.g. "year's" stays one token once an earlier text taught it); and a feature's index is
 * packed into a fixed bit field, so once a table has grown past it, a new token's flags read back
 * wrong (after about 16,000 new shapes, a word of an unusual script reads as an abbreviation and
 * a sentence ends after it). Without this, `summarize(text)` would depend on the calls made before
 * it, and a batch run's output on `--workers`.
 *
 * `reset()` brings the instance back to the model as loaded:
 * - the feature tables (prefix, suffix, shape) are cut back to their loaded size, so a new value
 *   gets the index it gets in a fresh process (nothing reachable refers to the removed values:
 *   the words that did are removed from the lexicon's lookup);
 * - the words learned since the last reset are removed from the lexicon's lookup table (what the
 *   tokenizer sees). The lexicon's list cannot be cut back (wink keeps each word's features in a
 *   private array indexed by the word's position), so its indices differ from a fresh process's,
 *   which changes nothing wink or precis reads, as long as they stay below
 *   {@link LEXEME_INDEX_LIMIT}. The instance is replaced by a fresh one once `maxLearned` words
 *   have accumulated, or before a document that could carry the lexicon to that limit.
 */
export function isolatedNlp(winkNLP: unknown, model: unknown, maxLearned = MAX_LEARNED): IsolatedNlp {
  let state = load(winkNLP, model);
  let base = state.lexeme.list.length;
  let mark = base;
  return {
    current: () => state.nlp,
    reset(chars = 0) {
      const { hash, list } = state.lexeme;
      const learned = list.length - base;
      // A document adds at most two lexemes per token (the word and its lower-case form), and it
      // has at most one token per character.
      if (learned > maxLearned || (learned > 0 && list.length + 2 * chars >= LEXEME_INDEX_LIMIT)) {
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
      for (const { table, size } of state.tables) truncate(table, size);
    },
  };
}

/** The instance to read a document of `chars` characters with, reset first (see {@link isolatedNlp}). */
export function nextNlp(isolated: IsolatedNlp, chars = 0): WinkNlp {
  isolated.reset(chars);
  return isolated.current();
}
