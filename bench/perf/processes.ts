/**
 * Sections 3 to 5, each measured in fresh `node` processes running the built package (`dist/`):
 * scaling with the input size (time and peak heap), cold start, and memory.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ROOT } from './corpus';

const DIST_INDEX = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const HERE = join(ROOT, 'bench', 'perf');

function run(args: readonly string[]): { stdout: string; ms: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  return { stdout: child.stdout, ms };
}

function result<T>(stdout: string): T {
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (line === undefined) throw new Error(`no RESULT line in:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

export interface ScalePoint {
  readonly label: string;
  readonly chars: number;
  readonly ms: number;
  readonly msPerKB: number;
  /** Largest heap in use seen by the garbage collector (before a collection), in MB. */
  readonly peakHeapMB: number;
  /** True when the corpus was too small and its articles were repeated to reach the size. */
  readonly repeated: boolean;
}

/**
 * The largest "used before" figure of `--trace-gc` lines such as `Scavenge 5.1 (6.3) -> 4.5 (7.3) MB`,
 * after the child's mark (model loaded, its garbage collected).
 */
function peakHeap(output: string): number {
  const mark = output.indexOf('MEASURE-FROM-HERE');
  const trace = mark >= 0 ? output.slice(mark) : output;
  let peak = 0;
  for (const m of trace.matchAll(/ ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/g)) peak = Math.max(peak, Number(m[1]));
  return peak;
}

export const SIZES: readonly [string, number, number][] = [
  ['1 KB', 1_024, 20],
  ['10 KB', 10_240, 10],
  ['100 KB', 102_400, 5],
  ['1 MB', 1_048_576, 3],
  ['4 MB', 4_194_304, 2],
];

export function scaling(dataFile: string): ScalePoint[] {
  return SIZES.map(([label, bytes, runs]) => {
    const { stdout } = run(['--trace-gc', '--expose-gc', join(HERE, 'scale-child.mjs'), DIST_INDEX, dataFile, String(bytes), String(runs)]);
    const r = result<{ chars: number; ms: number; repeated: boolean; heapAtMark: number; heapUsedAfter: number }>(stdout);
    // A small input may end before any collection: then the heap at the mark or at the end is the peak seen.
    const peakHeapMB = Math.max(peakHeap(stdout), r.heapAtMark / 2 ** 20, r.heapUsedAfter / 2 ** 20);
    return { label, chars: r.chars, ms: r.ms, msPerKB: r.ms / (r.chars / 1024), peakHeapMB, repeated: r.repeated };
  });
}

export interface CappedRun {
  readonly capMB: number;
  readonly completed: boolean;
  readonly peakHeapMB: number;
  readonly ms: number;
}

/**
 * The largest input again with V8's old space capped at `capMB`: with room to spare V8 collects
 * late, so the default peak measures garbage not yet collected as much as the working set; a run
 * that completes under the cap shows the working set fits in it.
 */
export function capped(dataFile: string, capMB: number): CappedRun {
  const [, bytes] = SIZES[SIZES.length - 1] as [string, number, number];
  const args = [`--max-old-space-size=${capMB}`, '--trace-gc', '--expose-gc', join(HERE, 'scale-child.mjs'), DIST_INDEX, dataFile, String(bytes), '1'];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const ok = child.status === 0 && child.stdout.includes('RESULT ');
  return { capMB, completed: ok, peakHeapMB: peakHeap(child.stdout), ms: ok ? result<{ ms: number }>(child.stdout).ms : NaN };
}

export interface ColdStart {
  readonly node: number;
  readonly library: number;
  readonly cli: number;
  readonly runs: number;
}

/** Wall time of fresh processes, median of `runs`: bare node, import + one summary, the CLI. */
export function coldStart(articleFile: string, runs = 7): ColdStart {
  const library = `import { readFileSync } from 'node:fs'; import { summarize } from ${JSON.stringify(DIST_INDEX)}; summarize(readFileSync(${JSON.stringify(articleFile)}, 'utf8'));`;
  const times = (args: readonly string[]) => median(Array.from({ length: runs }, () => run(args).ms));
  return {
    node: times(['-e', '']),
    library: times(['--input-type=module', '-e', library]),
    cli: times([join(ROOT, 'dist', 'cli', 'index.js'), articleFile]),
    runs,
  };
}

export interface Memory {
  readonly importMB: number;
  readonly modelMB: number;
  /** Heap retained per summarized article after the first and the second pass, in KB. */
  readonly retainedFirstKB: number;
  readonly retainedSecondKB: number;
  readonly articles: number;
}

export function memory(dataFile: string, articles: number): Memory {
  const { stdout } = run(['--expose-gc', join(HERE, 'memory-child.mjs'), DIST_INDEX, dataFile, String(articles)]);
  const r = result<{ before: number; imported: number; loaded: number; afterFirstPass: number; afterSecondPass: number; articles: number }>(stdout);
  const MB = 2 ** 20;
  return {
    importMB: (r.imported - r.before) / MB,
    modelMB: (r.loaded - r.imported) / MB,
    retainedFirstKB: (r.afterFirstPass - r.loaded) / 1024 / r.articles,
    retainedSecondKB: (r.afterSecondPass - r.afterFirstPass) / 1024 / r.articles,
    articles: r.articles,
  };
}
