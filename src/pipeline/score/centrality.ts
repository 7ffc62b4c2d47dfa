import type { SparseVector } from './vectors';

/**
 * Directed (position-aware) centrality, after PacSum (Zheng & Lapata, 2019): for sentence i,
 * `forward × Σ_{j>i} cos(i, j) − backward × Σ_{j<i} cos(i, j)`. A sentence that later sentences
 * echo, and that does not itself echo earlier ones, is lead-like.
 *
 * Runs in linear time: since the vectors are L2-normalised, `Σ_{j<i} cos(i, j) = v_i · P_i` where
 * `P_i` is the running sum of the earlier vectors, and the later sum is `v_i · (T − P_i − v_i)`.
 */
export function directedCentrality(vectors: readonly SparseVector[], size: number, forward: number, backward: number): Float64Array {
  const total = new Float64Array(size);
  for (const v of vectors) add(total, v);
  const prefix = new Float64Array(size);
  const out = new Float64Array(vectors.length);
  vectors.forEach((v, i) => {
    let before = 0;
    let all = 0;
    let self = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      const w = v.weights[k] as number;
      before += w * (prefix[id] as number);
      all += w * (total[id] as number);
      self += w * w;
    }
    const after = all - before - self;
    out[i] = forward * after - backward * before;
    add(prefix, v);
  });
  return out;
}

function add(into: Float64Array, v: SparseVector): void {
  for (let k = 0; k < v.ids.length; k++) {
    const id = v.ids[k] as number;
    into[id] = (into[id] as number) + (v.weights[k] as number);
  }
}
