import { spawnSync } from 'node:child_process';
import { BUILT_INDEX } from './paths';

/**
 * Runs `script` in a fresh `node` process, one that has read nothing before, and returns what it
 * writes to stdout, parsed as JSON. The script finds the built package's path in `INDEX` and
 * `input` (sent as JSON on stdin) in `input`.
 */
export function inFreshProcess<T>(script: string, input: unknown): T {
  const preamble = `const INDEX = ${JSON.stringify(BUILT_INDEX)}; const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));`;
  const run = spawnSync(process.execPath, ['-e', `${preamble}\n${script}`], { input: JSON.stringify(input), encoding: 'utf8' });
  if (run.status !== 0 || run.stderr !== '') throw new Error(`the fresh process failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
