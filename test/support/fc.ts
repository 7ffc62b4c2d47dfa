import type fc from 'fast-check';

/**
 * The one knob of every property test (fast-check). A property is written with its full run count,
 * the soak's; `PRECIS_FC_RUNS` scales it: a tenth in the unit run (`npx jest`, the default here),
 * all of it in the soak run (`npm run test:soak` sets 1), ten times as many with
 * `PRECIS_FC_RUNS=10 npx jest test/integration/properties`.
 */
export const FC_SCALE = Number(process.env.PRECIS_FC_RUNS ?? 0.1);

/** The seed of every property: `PRECIS_FC_SEED` replays a failure (fast-check prints `{ seed, path }`). */
export const FC_SEED = Number(process.env.PRECIS_FC_SEED ?? 20261127);

/** `numRuns` scaled by `PRECIS_FC_RUNS` (at least one run). */
export function fcRuns(numRuns: number): number {
  return Math.max(1, Math.round(numRuns * FC_SCALE));
}

/** fast-check parameters of a property written for `numRuns` runs: scaled, seeded. */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  return { seed: FC_SEED, numRuns: fcRuns(numRuns) };
}
