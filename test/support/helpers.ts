import { segment } from '../../src/entries/index';

/** The sentence texts of `text` as the pipeline splits them (all sentences, candidates or not). */
export function sentencesOf(text: string): string[] {
  return segment(text, { furniture: false, title: false }).filter((s) => s.kind === 'sentence').map((s) => s.text);
}

/**
 * The fastest of `runs` calls of `fn`, in ms. Timing tests compare two of these taken in the same
 * run (never an absolute time), each on an input large enough to take several milliseconds.
 */
export function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** What `fn` throws; fails the test when it returns instead. */
export function thrown<T = Error>(fn: () => unknown): T {
  try {
    fn();
  } catch (error) {
    return error as T;
  }
  throw new Error('expected a throw');
}
