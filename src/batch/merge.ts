import { createReadStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { BatchError, reason } from './errors';
import { splitLines } from '../io/lines';
import { openFileOutput, stdoutOutput, type BatchOutput } from './output';
import { rawField } from './raw-field';
import { TallyCounter, type Tally } from './tally';
import { parseShard } from './shard';

/** What `precis batch merge` found, per shard and in total. */
export interface MergeStats extends Tally {
  /** Shards merged (n of `--shard i/n`). */
  readonly shards: number;
  /** Lines of the merged output: every record of the input once. */
  readonly records: number;
  /** Seconds the shards' runs took, added up (their last attempts). */
  readonly seconds: number;
  /** Seconds of every attempt that wrote its statistics (a requeued shard's earlier ones too), added up. */
  readonly secondsAllAttempts: number;
  /** The slowest shard's seconds: the wall time of the job if every shard ran at once. */
  readonly slowestShardSeconds: number;
  readonly cpuSeconds: number;
  readonly perShard: readonly ShardSummary[];
}

/** One shard as the merge saw it. */
export interface ShardSummary {
  readonly shard: string;
  readonly file: string;
  readonly records: number;
  readonly errors: number;
  readonly seconds: number;
  readonly attempts: number;
}

/** The part of `--stats-json` the merge reads (a file of an older version may lack the code counts). */
interface ShardStats {
  readonly records: number;
  readonly ok: number;
  readonly errors: number;
  readonly errorCodes?: Tally['errorCodes'];
  readonly warningCodes?: Tally['warningCodes'];
  readonly otherShards: number;
  readonly seconds: number;
  readonly secondsAllAttempts?: number;
  readonly attempts?: number;
  readonly cpuSeconds?: number;
  readonly interrupted: boolean;
  readonly input: string;
  readonly shard: string | null;
}

/**
 * The statistics file of a shard output: `out/shard-3.jsonl` → `out/shard-3.stats.json` (the names
 * the Slurm job script in docs/batch.md uses); other names get `.stats.json` added.
 */
export function statsFileOf(file: string): string {
  return /\.jsonl$/.test(file) ? file.replace(/\.jsonl$/, '.stats.json') : `${file}.stats.json`;
}

/** A merge that cannot vouch for its result: a shard missing, interrupted, or not of this input. */
function incomplete(message: string): BatchError {
  return new BatchError('incomplete', message);
}

async function readStats(file: string): Promise<ShardStats> {
  const statsFile = statsFileOf(file);
  let text: string;
  try {
    text = await readFile(statsFile, 'utf8');
  } catch (error) {
    throw incomplete(`cannot check ${file}: its statistics ${statsFile} cannot be read (${reason(error)}); run each shard with --stats-json ${statsFileOf('SHARD.jsonl')}`);
  }
  try {
    return JSON.parse(text) as ShardStats;
  } catch {
    throw incomplete(`cannot check ${file}: ${statsFile} is not JSON`);
  }
}

/**
 * Checks that the shard outputs `files` are every shard of one run, each complete: every `i/n` of
 * one `n` once, none interrupted, all of the same input with the same number of records. Returns
 * the files in shard order with their statistics.
 */
async function checkShards(files: readonly string[]): Promise<{ file: string; stats: ShardStats }[]> {
  const shards = await Promise.all(files.map(async (file) => ({ file, stats: await readStats(file) })));
  const byIndex = new Map<number, { file: string; stats: ShardStats }>();
  let count: number | undefined;
  for (const entry of shards) {
    const { file, stats } = entry;
    if (stats.shard === null || stats.shard === undefined) throw incomplete(`${file} is not a shard output (its statistics say it was run without --shard)`);
    const { index, count: n } = parseShard(stats.shard);
    if (count !== undefined && n !== count) throw incomplete(`${file} is shard ${stats.shard}, but ${shards[0]!.file} is of ${count} shards`);
    count = n;
    const twin = byIndex.get(index);
    if (twin !== undefined) throw incomplete(`shard ${stats.shard} is given twice: ${twin.file} and ${file}`);
    byIndex.set(index, entry);
    if (stats.interrupted) throw incomplete(`shard ${stats.shard} (${file}) was interrupted: run it again with --resume to finish it`);
  }
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw incomplete(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: no output given for ${missing.length > 1 ? 'them' : 'it'}`);
  const ordered = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
  const first = ordered[0]!;
  const total = first.stats.records + first.stats.otherShards;
  for (const { file, stats } of ordered) {
    if (stats.input !== first.stats.input) throw incomplete(`${file} is of input ${stats.input}, ${first.file} of ${first.stats.input}`);
    if (stats.records + stats.otherShards !== total) {
      throw incomplete(`${file} saw ${stats.records + stats.otherShards} records in its input, ${first.file} saw ${total}: not the same input`);
    }
  }
  return ordered;
}

/** The key that orders output lines: the line number, or (directory input) the id. */
type Key = number | string;

function keyOf(line: string, file: string, number: number): Key {
  const rawLine = rawField(line, 'line');
  if (rawLine !== undefined) return Number(rawLine);
  const rawId = rawField(line, 'id');
  if (rawId !== undefined) return String(JSON.parse(rawId));
  throw incomplete(`line ${number} of ${file} has neither \`line\` nor \`id\`: is it the output of precis batch?`);
}

function before(a: Key, b: Key): boolean {
  return a < b;
}

interface Head {
  readonly key: Key;
  readonly text: string;
  readonly source: number;
}

/** A binary min-heap of the next line of each shard. */
class Heap {
  private readonly items: Head[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: Head): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!.key, a[parent]!.key)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): Head {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!.key, a[m]!.key)) m = l;
        if (r < a.length && before(a[r]!.key, a[m]!.key)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

const WRITE_BYTES = 1 << 16;

/**
 * `precis batch merge`: checks that `files` are the complete outputs of every shard of one run
 * (from their `--stats-json` files, see `checkShards`), then merges them into input order (each
 * shard's file is already in input order, so this streams) and writes the result to `output`
 * (`-` for stdout; a file is written under a temporary name and renamed once complete). Fails
 * with a `BatchError` of kind `incomplete` when a record would be missing or repeated; resolves to the
 * statistics of the shards, added up.
 */
export async function mergeShards(files: readonly string[], output: string, stdout: Writable): Promise<MergeStats> {
  if (files.length === 0) throw new BatchError('usage', 'merge needs the shard outputs to merge (e.g. out/shard-*.jsonl)');
  const shards = await checkShards(files);
  const partial = output === '-' ? undefined : `${output}.partial`;
  let out: BatchOutput | undefined;
  let done = false;
  try {
    out = partial === undefined ? stdoutOutput(stdout) : await openFileOutput(partial, 'w');
    const iterators = shards.map(({ file }) => splitLines(createReadStream(file, { highWaterMark: 1 << 16 }), 64 << 20)[Symbol.asyncIterator]());
    const counted = shards.map(() => 0);
    const heap = new Heap();
    const pull = async (source: number): Promise<void> => {
      const file = shards[source]!.file;
      let next;
      try {
        next = await iterators[source]!.next();
      } catch (error) {
        throw new BatchError('unreadable', `cannot read ${file}: ${reason(error)}`);
      }
      if (next.done === true) return;
      const raw = next.value;
      if (raw.bytes === undefined || raw.unterminated) {
        throw incomplete(`${file} ends with an incomplete line (line ${raw.number}): run that shard again with --resume`);
      }
      const text = raw.bytes.toString('utf8');
      counted[source]! += 1;
      heap.push({ key: keyOf(text, file, raw.number), text, source });
    };
    for (let s = 0; s < shards.length; s++) await pull(s);
    let pending = '';
    let previous: Head | undefined;
    while (heap.size > 0) {
      const head = heap.pop();
      if (previous !== undefined && !before(previous.key, head.key)) {
        const where = (h: Head): string => shards[h.source]!.file;
        throw incomplete(
          previous.key === head.key
            ? `the record of ${typeof head.key === 'number' ? 'line' : 'id'} ${JSON.stringify(head.key)} is twice in the shards (${where(previous)} and ${where(head)})`
            : `${where(head)} is not in input order at ${JSON.stringify(head.key)}: is it the output of precis batch --shard?`,
        );
      }
      previous = head;
      pending += `${head.text}\n`;
      if (pending.length >= WRITE_BYTES) {
        await out.write(Buffer.from(pending));
        pending = '';
      }
      await pull(head.source);
    }
    if (pending.length > 0) await out.write(Buffer.from(pending));
    shards.forEach(({ file, stats }, s) => {
      if (counted[s] !== stats.records) {
        throw incomplete(`${file} has ${counted[s]} lines, but its statistics say ${stats.records}: was it changed after its run?`);
      }
    });
    await out.close();
    if (partial !== undefined) await rename(partial, output);
    done = true;
  } finally {
    if (!done) {
      await out?.close().catch(() => {});
      if (partial !== undefined) await rm(partial, { force: true });
    }
  }
  return sumStats(shards);
}

function sumStats(shards: readonly { file: string; stats: ShardStats }[]): MergeStats {
  const tally = new TallyCounter();
  let records = 0;
  let seconds = 0;
  let secondsAllAttempts = 0;
  let slowest = 0;
  let cpuSeconds = 0;
  for (const { stats } of shards) {
    records += stats.records;
    tally.add({ ok: stats.ok, errors: stats.errors, errorCodes: stats.errorCodes ?? {}, warningCodes: stats.warningCodes ?? {} });
    seconds += stats.seconds;
    secondsAllAttempts += stats.secondsAllAttempts ?? stats.seconds;
    slowest = Math.max(slowest, stats.seconds);
    cpuSeconds += stats.cpuSeconds ?? 0;
  }
  return {
    shards: shards.length,
    records,
    ...tally.tally(),
    seconds,
    secondsAllAttempts,
    slowestShardSeconds: slowest,
    cpuSeconds,
    perShard: shards.map(({ file, stats }) => ({ shard: stats.shard!, file, records: stats.records, errors: stats.errors, seconds: stats.seconds, attempts: stats.attempts ?? 1 })),
  };
}

/** The one-line summary of a merge, on stderr. */
export function mergeSummaryLine(stats: MergeStats): string {
  const parts = [
    `${stats.shards} shards, ${stats.records} records, ${stats.errors} ${stats.errors === 1 ? 'error' : 'errors'}: complete`,
    `shards ran ${stats.seconds.toFixed(1)} s in all (slowest ${stats.slowestShardSeconds.toFixed(1)} s)`,
  ];
  if (stats.secondsAllAttempts > stats.seconds + 0.05) parts.push(`${stats.secondsAllAttempts.toFixed(1)} s with earlier attempts`);
  const codes = Object.entries(stats.errorCodes).map(([code, n]) => `${code} ×${n}`);
  if (codes.length > 0) parts.push(`errors: ${codes.join(', ')}`);
  return `precis batch merge: ${parts.join('; ')}`;
}
