import { rank, select, type SelectItem } from '../../src/pipeline/select';
import type { SparseVector } from '../../src/pipeline/score/vectors';

const v = (...ids: number[]): SparseVector => ({ ids: Int32Array.from(ids), weights: Float64Array.from(ids.map(() => 1 / Math.sqrt(ids.length))) });
const item = (score: number, words = 10, vector = v(Math.round(score * 1000))): SelectItem => ({ score, words, chars: words * 6, vector });
const all = { count: 3, maxWords: Infinity, maxChars: Infinity, redundancy: 1, order: 'document' as const };

describe('select', () => {
  it('takes the top k by score and returns them in document order', () => {
    const items = [item(0.1), item(0.9), item(0.5), item(0.7), item(0.3)];
    expect(select(items, all).chosen).toEqual([1, 2, 3]);
    expect(select(items, { ...all, order: 'score' }).chosen).toEqual([1, 3, 2]);
  });

  it('breaks ties by the earlier sentence', () => {
    expect(rank([item(0.5, 10, v(1)), item(0.5, 10, v(2)), item(0.6, 10, v(3))])).toEqual([2, 0, 1]);
  });

  it('skips a sentence too similar to one already chosen, and uses it only if nothing else is left', () => {
    const items = [item(0.9, 10, v(1, 2)), item(0.8, 10, v(1, 2)), item(0.1, 10, v(5))];
    expect(select(items, { ...all, count: 2, redundancy: 0.5 }).chosen).toEqual([0, 2]);
    expect(select(items, { ...all, count: 3, redundancy: 0.5 }).chosen).toEqual([0, 1, 2]);
    expect(select(items, { ...all, count: 2, redundancy: 1 }).chosen).toEqual([0, 1]);
  });

  it('never exceeds a word or character budget', () => {
    const items = [item(0.9, 30), item(0.8, 30), item(0.7, 10), item(0.6, 5)];
    const words = select(items, { ...all, count: Infinity, maxWords: 45 });
    expect(words.chosen).toEqual([0, 2, 3]);
    expect(words.overBudget).toBe(false);
    const chars = select(items, { ...all, count: Infinity, maxChars: 61 + 180 });
    expect(chars.chosen).toEqual([0, 2]); // 180 + 1 + 60 = 241
  });

  it('returns the best sentence alone, flagged, when not even one fits', () => {
    const result = select([item(0.2, 50), item(0.9, 60)], { ...all, maxWords: 20 });
    expect(result).toEqual({ chosen: [1], overBudget: true, repeats: 0, overflows: 2 });
  });

  it('returns nothing for no items', () => {
    expect(select([], all)).toEqual({ chosen: [], overBudget: false, repeats: 0, overflows: 0 });
  });

  it('never chooses a sentence twice word for word, even with redundancy off or as a last resort', () => {
    const same = (score: number, text: string) => ({ ...item(score, 10, v(1, 2)), text });
    const items = [same(0.9, 'The storm hit.'), same(0.8, 'The  storm hit.'), same(0.7, 'The storm hit.'), { ...item(0.1, 10, v(9)), text: 'Other.' }];
    for (const redundancy of [0.5, 1]) {
      const result = select(items, { ...all, count: 3, redundancy });
      expect(result.chosen).toEqual([0, 3]);
      expect(result.repeats).toBe(2);
    }
    // Without texts (as before), the similar sentences still fill in as a last resort.
    expect(select(items.map(({ text: _t, ...rest }) => rest), { ...all, count: 3, redundancy: 0.5 }).chosen).toEqual([0, 1, 3]);
  });
});
