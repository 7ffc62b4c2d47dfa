import { PrecisTypeError, describe } from './errors';

/** The JSON form of an {@link IdfModel}: `documents` counted and each term's document frequency. */
export interface IdfJSON {
  readonly version: 1;
  readonly documents: number;
  readonly df: Readonly<Record<string, number>>;
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
const IDF_BRAND: unique symbol = Symbol.for('precis.idf-model');

export class IdfModel {
  readonly documents: number;
  // A TypeScript `private`, not `#df`: a `#private` field in the shipped declarations fails to
  // compile for consumers whose `target` is below ES2015 (TS18028).
  private readonly frequencies: ReadonlyMap<string, number>;

  constructor(documents: number, df: ReadonlyMap<string, number>) {
    this.documents = documents;
    this.frequencies = df;
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
    const bad = (what: string): PrecisTypeError => new PrecisTypeError('ERR_INVALID_IDF', `Invalid IDF model: ${what}`);
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
