import type { SparseVector } from './score/vectors';

export interface SelectItem {
  readonly score: number;
  readonly words: number;
  readonly chars: number;
  readonly vector: SparseVector;
  /** The sentence as written: a sentence repeated word for word is never chosen twice. */
  readonly text?: string;
}

export interface SelectOptions {
  /** Most sentences to take (may be Infinity when a budget decides). */
  readonly count: number;
  readonly maxWords: number;
  readonly maxChars: number;
  /** Skip a sentence whose cosine similarity to a chosen one is at least this (1 = off). */
  readonly redundancy: number;
  readonly order: 'document' | 'score';
}

export interface Selection {
  /** Positions in `items` of the chosen sentences, in output order. */
  readonly chosen: number[];
  /** True when the budget was exceeded because the best sentence alone is longer. */
  readonly overBudget: boolean;
  /** Candidates passed over because they repeat a chosen sentence word for word. */
  readonly repeats: number;
  /** Candidates passed over because they did not fit `maxWords`/`maxChars`. */
  readonly overflows: number;
}

/** Positions of `items` by score, best first; ties go to the earlier sentence. */
export function rank(items: readonly SelectItem[]): number[] {
  return items.map((_, i) => i).sort((a, b) => (items[b] as SelectItem).score - (items[a] as SelectItem).score || a - b);
}

/**
 * Chooses sentences: best score first, skipping one too similar to a sentence already chosen
 * (MMR-style redundancy control) or one that would overflow a budget, until `count` are chosen.
 * Sentences skipped as redundant fill the summary only if the others run out; a sentence that
 * repeats a chosen one word for word never does, whatever `redundancy` says. When not even one
 * sentence fits the budget, the best sentence is returned alone and `overBudget` is set.
 *
 * @example
 * select(items, { count: 3, maxWords: Infinity, maxChars: Infinity, redundancy: 0.5, order: 'document' })
 */
export function select(items: readonly SelectItem[], options: SelectOptions): Selection {
  const ranking = rank(items);
  const chosen: number[] = [];
  const redundant: number[] = [];
  let words = 0;
  let chars = 0;
  const similar = options.redundancy < 1 ? similarityIndex() : undefined;
  const fits = (item: SelectItem): boolean =>
    words + item.words <= options.maxWords && chars + (chosen.length > 0 ? 1 : 0) + item.chars <= options.maxChars;
  const texts = new Set<string>();
  let repeated = 0;
  const repeats = (item: SelectItem): boolean => {
    const again = item.text !== undefined && texts.has(item.text.replace(/\s+/g, ' '));
    if (again) repeated++;
    return again;
  };
  const take = (i: number): void => {
    const item = items[i] as SelectItem;
    chars += (chosen.length > 0 ? 1 : 0) + item.chars;
    words += item.words;
    chosen.push(i);
    similar?.add(item.vector);
    if (item.text !== undefined) texts.add(item.text.replace(/\s+/g, ' '));
  };
  let overflows = 0;
  for (const i of ranking) {
    if (chosen.length >= options.count) break;
    const item = items[i] as SelectItem;
    if (!fits(item)) {
      overflows++;
      continue;
    }
    if (repeats(item)) continue;
    if (similar !== undefined && similar.max(item.vector) >= options.redundancy) {
      redundant.push(i);
      continue;
    }
    take(i);
  }
  for (const i of redundant) {
    if (chosen.length >= options.count) break;
    const item = items[i] as SelectItem;
    if (fits(item) && !repeats(item)) take(i);
  }
  let overBudget = false;
  if (chosen.length === 0 && ranking.length > 0 && options.count > 0) {
    chosen.push(ranking[0] as number);
    overBudget = true;
  }
  if (options.order === 'document') chosen.sort((a, b) => a - b);
  else {
    const position = new Int32Array(items.length);
    ranking.forEach((item, r) => {
      position[item] = r;
    });
    chosen.sort((a, b) => (position[a] as number) - (position[b] as number));
  }
  return { chosen, overBudget, repeats: repeated, overflows };
}

/**
 * Terms found in more chosen sentences than this are left out of the redundancy check: exact up
 * to this many chosen sentences, and a bounded cost per candidate beyond.
 */
export const MAX_POSTINGS = 256;

/**
 * The chosen sentences' vectors in an inverted index (term → chosen sentences with that term), so
 * that the most similar chosen sentence is found through shared terms only, not by comparing with
 * every chosen sentence. When k grows with the text (`ratio`, budgets), a term shared by more than
 * {@link MAX_POSTINGS} chosen sentences is a topic word of the whole text and is skipped: the
 * similarity then counts only the rarer terms, and selection stays linear.
 */
function similarityIndex(): { add(v: SparseVector): void; max(v: SparseVector): number } {
  const postings = new Map<number, { sentence: number; weight: number }[]>();
  let count = 0;
  return {
    add(v) {
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k] as number;
        let list = postings.get(id);
        if (list === undefined) postings.set(id, (list = []));
        list.push({ sentence: count, weight: v.weights[k] as number });
      }
      count++;
    },
    max(v) {
      const dots = new Map<number, number>();
      let best = 0;
      for (let k = 0; k < v.ids.length; k++) {
        const list = postings.get(v.ids[k] as number);
        if (list === undefined || list.length > MAX_POSTINGS) continue;
        const w = v.weights[k] as number;
        for (const p of list) {
          const dot = (dots.get(p.sentence) ?? 0) + w * p.weight;
          dots.set(p.sentence, dot);
          if (dot > best) best = dot;
        }
      }
      return best;
    },
  };
}
