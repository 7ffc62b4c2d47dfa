import { PrecisTypeError, describe } from './errors';

/**
 * The JSON form of an {@link IdfModel}: `documents` counted and each term's document frequency.
 *
 * @example
 * JSON.stringify(fitIdf(['The council met on Tuesday about the flood.']));
 * // '{"version":1,"documents":1,"df":{"council":1,"flood":1,"met":1,"tuesday":1}}'
 */
export interface IdfJSON {
  /** Format version, 1. */
  readonly version: 1;
  /** Number of documents the model was fitted on. */
  readonly documents: number;
  /** Each term and the number of documents it occurs in. */
  readonly df: Readonly<Record<string, number>>;
}

const IDF_BRAND: unique symbol = Symbol.for('precis.idf-model');

/** Models made by this copy's constructor (so with valid, copied counts). */
const genuine = new WeakSet<object>();
/** Models of other copies of precis, rebuilt here once each from their JSON. */
const rebuilt = new WeakMap<object, IdfModel>();

function invalidIdf(what: string, cause?: unknown): PrecisTypeError {
  return new PrecisTypeError('ERR_INVALID_IDF', `Invalid IDF model: ${what}`, cause === undefined ? undefined : { cause });
}

/**
 * Inverse document frequencies fitted on a corpus, for `summarize(text, { idf })`.
 * Weights are smoothed, `ln((1 + N) / (1 + df)) + 1`, so an unseen term gets the highest weight
 * and no term gets zero. Terms are precis's analysis terms (stems of non-stopwords).
 *
 * @example
 * const idf = fitIdf(articles);                       // once, on your corpus
 * fs.writeFileSync('idf.json', JSON.stringify(idf));  // toJSON()
 * const again = IdfModel.from(JSON.parse(fs.readFileSync('idf.json', 'utf8')));
 * summarize(text, { idf: again });
 */
export class IdfModel {
  /** Number of documents the model was fitted on (N). */
  readonly documents: number;
  // A TypeScript `private`, not `#df`: a `#private` field in the shipped declarations fails to
  // compile for consumers whose `target` is below ES2015 (TS18028).
  private readonly frequencies: ReadonlyMap<string, number>;

  /**
   * A model of `documents` documents and each term's document frequency (an integer from 1 to
   * `documents`); throws `PrecisTypeError` (`ERR_INVALID_IDF`) on anything else. The counts are
   * copied, and the model is frozen: it cannot change once made.
   */
  constructor(documents: number, df: ReadonlyMap<string, number>) {
    if (typeof documents !== 'number' || !Number.isInteger(documents) || documents < 0) {
      throw invalidIdf(`expected \`documents\` to be a non-negative integer, got ${describe(documents)}`);
    }
    if (!(df instanceof Map)) throw invalidIdf(`expected the document frequencies as a Map, got ${describe(df)}`);
    const copy = new Map<string, number>();
    for (const [term, count] of df) {
      if (typeof term !== 'string') throw invalidIdf(`expected terms to be strings, got ${describe(term)}`);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > documents) {
        throw invalidIdf(`\`df.${term}\` must be an integer from 1 to ${documents}, got ${describe(count)}`);
      }
      copy.set(term, count);
    }
    this.documents = documents;
    this.frequencies = copy;
    genuine.add(this);
    Object.freeze(this);
  }

  /**
   * True for an IdfModel from any copy of precis (the ESM and CJS builds, `precis` and
   * `precis/lazy` each hold their own class, so `instanceof` alone would refuse a model made by
   * another entry).
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [IDF_BRAND]?: unknown })[IDF_BRAND] === true;
  }

  /** Number of distinct terms. */
  get size(): number {
    return this.frequencies.size;
  }

  /** The document frequency of `term` (0 when unseen). */
  df(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /** The smoothed IDF weight of `term`. */
  idf(term: string): number {
    return Math.log((1 + this.documents) / (1 + this.df(term))) + 1;
  }

  /** The JSON form; terms are sorted so the same corpus gives the same file. */
  toJSON(): IdfJSON {
    const df: Record<string, number> = {};
    for (const term of [...this.frequencies.keys()].sort()) df[term] = this.frequencies.get(term) as number;
    return { version: 1, documents: this.documents, df };
  }

  /** Rebuilds a model from {@link IdfModel.toJSON}'s output; throws `PrecisTypeError` on anything else. */
  static from(json: unknown): IdfModel {
    const bad = invalidIdf;
    if (typeof json !== 'object' || json === null) throw bad(`expected an object, got ${describe(json)}`);
    const { version, documents, df } = json as Partial<Record<keyof IdfJSON, unknown>>;
    if (version !== 1) throw bad(`expected \`version\` 1, got ${describe(version)}`);
    if (typeof documents !== 'number' || !Number.isInteger(documents) || documents < 0) {
      throw bad(`expected \`documents\` to be a non-negative integer, got ${describe(documents)}`);
    }
    if (typeof df !== 'object' || df === null || Array.isArray(df)) throw bad(`expected \`df\` to be an object, got ${describe(df)}`);
    const map = new Map<string, number>();
    for (const [term, count] of Object.entries(df)) {
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > documents) {
        throw bad(`\`df.${term}\` must be an integer from 1 to ${documents}, got ${describe(count)}`);
      }
      map.set(term, count);
    }
    return new IdfModel(documents, map);
  }
}
Object.defineProperty(IdfModel.prototype, IDF_BRAND, { value: true });

/**
 * The option `name` as a model of this copy of precis. A model this copy made is used as it is; a
 * model of another copy (the ESM and CJS builds and each entry hold their own class) is rebuilt
 * from its `toJSON()`, once, through `IdfModel.from`, so its counts are checked. Anything else,
 * `Object.create(IdfModel.prototype)` or an object carrying the brand included, fails with a
 * `PrecisTypeError`: `ERR_INVALID_OPTION` for an object that is no IdfModel at all,
 * `ERR_INVALID_IDF` for one that claims to be and is not.
 */
export function ownIdfModel(name: string, value: unknown): IdfModel {
  if (typeof value === 'object' && value !== null && genuine.has(value)) return value as IdfModel;
  if (!(value instanceof IdfModel)) {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`${name}\` to be an IdfModel (from \`fitIdf()\` or \`IdfModel.from()\`), got ${describe(value)}`);
  }
  const known = rebuilt.get(value);
  if (known !== undefined) return known;
  let json: unknown;
  try {
    json = (value as { toJSON(): unknown }).toJSON();
  } catch (error) {
    throw invalidIdf(`\`${name}\` is not a model made by \`fitIdf()\` or \`IdfModel.from()\` (its toJSON() threw: ${error instanceof Error ? error.message : String(error)})`, error);
  }
  let model: IdfModel;
  try {
    model = IdfModel.from(json);
  } catch (error) {
    throw invalidIdf(`\`${name}\` is not a model made by \`fitIdf()\` or \`IdfModel.from()\`: ${(error as Error).message}`, error);
  }
  rebuilt.set(value, model);
  return model;
}
