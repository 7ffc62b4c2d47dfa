import type { IdfModel } from '../../idf';

/** A sparse, L2-normalised TF-IDF vector: term ids ascending, with their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export interface TermSpace {
  /** One vector per sentence, L2-normalised (all zeros for a sentence without terms). */
  readonly vectors: readonly SparseVector[];
  /** Number of distinct terms. */
  readonly size: number;
  /** IDF weight of each term id. */
  readonly idf: Float64Array;
  /** Occurrences of each term id in the whole document (the sentences given). */
  readonly documentTf: Float64Array;
  /** Term ids of each sentence, in order, with repeats. */
  readonly termIds: readonly Int32Array[];
}

/**
 * Builds the TF-IDF space of a document's sentences. Term frequency is counted per sentence; the
 * IDF comes from the corpus model when given, else from the sentences themselves (inverse sentence
 * frequency), smoothed the same way: `ln((1 + N) / (1 + df)) + 1`.
 */
export function buildTermSpace(sentences: readonly (readonly string[])[], corpus?: IdfModel): TermSpace {
  const ids = new Map<string, number>();
  const termIds = sentences.map((terms) => {
    const out = new Int32Array(terms.length);
    terms.forEach((t, i) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      out[i] = id;
    });
    return out;
  });
  const size = ids.size;
  const documentTf = new Float64Array(size);
  const sentenceFrequency = new Float64Array(size);
  const lastSeen = new Int32Array(size).fill(-1);
  termIds.forEach((list, s) => {
    for (const id of list) {
      documentTf[id] = (documentTf[id] as number) + 1;
      if (lastSeen[id] !== s) {
        lastSeen[id] = s;
        sentenceFrequency[id] = (sentenceFrequency[id] as number) + 1;
      }
    }
  });
  const idf = new Float64Array(size);
  if (corpus === undefined) {
    const n = sentences.length;
    for (let id = 0; id < size; id++) idf[id] = Math.log((1 + n) / (1 + (sentenceFrequency[id] as number))) + 1;
  } else {
    for (const [term, id] of ids) idf[id] = corpus.idf(term);
  }

  const tf = new Float64Array(size);
  const vectors = termIds.map((list): SparseVector => {
    const unique: number[] = [];
    for (const id of list) {
      if (tf[id] === 0) unique.push(id);
      tf[id] = (tf[id] as number) + 1;
    }
    const sorted = Int32Array.from(unique).sort(); // numeric, in place, no comparator calls
    const weights = new Float64Array(sorted.length);
    let norm = 0;
    for (let k = 0; k < sorted.length; k++) {
      const id = sorted[k] as number;
      const w = (tf[id] as number) * (idf[id] as number);
      weights[k] = w;
      norm += w * w;
      tf[id] = 0;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { ids: sorted, weights };
  });
  return { vectors, size, idf, documentTf, termIds };
}

/** Cosine similarity of two L2-normalised sparse vectors (a merge of their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
