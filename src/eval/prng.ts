/**
 * Small seeded pseudo-random numbers for baselines and the bootstrap. Not for cryptography: the
 * point is that the same seed gives the same numbers on every platform.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a 32-bit state generator, fast and well distributed enough for resampling.
 *
 * @example
 * const next = mulberry32(1);
 * next(); // always the same first number for seed 1
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in 0..n-1. */
export function randomInt(next: Random, n: number): number {
  return Math.floor(next() * n);
}
