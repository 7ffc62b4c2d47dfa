/** The texts and the machine every performance section reports on. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEV = join(ROOT, '..', 'shared', 'data', 'cnn-dev.jsonl');
const SAMPLE = join(ROOT, 'fixtures', 'cnn-dev-sample.jsonl');

export interface Corpus {
  /** Which file: the development set, the vendored sample or a given file. */
  readonly name: string;
  readonly path: string;
  readonly articles: readonly string[];
}

/** The first `limit` articles of the development set, or of the vendored sample when it is absent. */
export function loadCorpus(limit: number, file?: string): Corpus {
  const path = file ?? (existsSync(DEV) ? DEV : SAMPLE);
  const name = file !== undefined ? 'given file' : path === DEV ? 'development set (cnn-dev.jsonl)' : 'vendored sample (fixtures/cnn-dev-sample.jsonl)';
  const articles = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, limit)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return { name, path, articles };
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly commit: string;
}

export function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
    if (dirty !== '') commit += '+changes';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit,
  };
}

/** The value at quantile `p` (0..1) of ascending `sorted` values (nearest rank). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}
