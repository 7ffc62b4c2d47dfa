/**
 * `precis batch` as child processes of the built CLI: the worker pool keeps input order, SIGKILL and
 * SIGTERM mid-run then --resume, shards. Slow (several full runs over 600 articles), so a soak suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shardOf } from '../../src/batch/shard';
import { BUILT_CLI as CLI, SAMPLE } from '../support/paths';


let dir: string;
/** A scratch file path. */
const tmp = (name: string): string => join(dir, name);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const parsed = (text: string): Record<string, any>[] => lines(text).map((l) => JSON.parse(l) as Record<string, any>);

/** The big input of the process tests: the 303 sample articles twice (new ids the second time), with bad lines mixed in. */
let BIG: string;
let bigRecords: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-batch-'));
  const sample = lines(readFileSync(SAMPLE, 'utf8'));
  const out: string[] = [];
  for (const [round, suffix] of [[0, ''], [1, '#2']] as const) {
    sample.forEach((line, i) => {
      const record = JSON.parse(line) as { id: string };
      out.push(JSON.stringify({ ...record, id: record.id + suffix }));
      if (i % 97 === 50) out.push(round === 0 ? '{"id": "broken", "text": ' : '{"id": "no-text"}');
    });
  }
  BIG = tmp('big.jsonl');
  writeFileSync(BIG, `${out.join('\n')}\n`);
  bigRecords = out.length;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Spawned {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Runs the built CLI as a child process: `node dist/cli/index.js batch ...args`. */
function spawnBatch(args: string[]): Spawned {
  const child = spawn(process.execPath, [CLI, 'batch', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Resolves once `file` holds at least `count` newline characters (polling). */
async function waitForLines(file: string, count: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (existsSync(file)) {
      let newlines = 0;
      for (const byte of readFileSync(file)) if (byte === 0x0a) newlines++;
      if (newlines >= count) return;
    }
    if (child.exitCode !== null) throw new Error(`the run ended before ${count} lines were written`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('precis batch: worker pool, signals, shards (child processes of dist/cli/index.js)', () => {
  let reference: string;

  beforeAll(async () => {
    const out = tmp('ref.jsonl');
    const run = await spawnBatch(['--in', BIG, '--out', out, '--workers', '2']).done;
    expect([run.code, run.stderr]).toEqual([3, '']);
    reference = readFileSync(out, 'utf8');
  });

  it('keeps input order with several workers, one line per record', () => {
    const out = parsed(reference);
    expect(out).toHaveLength(bigRecords);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: bigRecords }, (_, i) => i + 1));
    const ids = lines(readFileSync(BIG, 'utf8')).map((l, i) => {
      try {
        return (JSON.parse(l) as { id: string }).id;
      } catch {
        return `line ${i + 1}`;
      }
    });
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(ids);
    expect(out.filter((o) => o.error).map((o) => o.error.code)).toEqual(expect.arrayContaining(['INVALID_JSON', 'MISSING_TEXT']));
  });

  it('writes byte-identical output with 1 and 2 workers (and on the main thread)', async () => {
    const one = tmp('one.jsonl');
    const run = await spawnBatch(['--in', BIG, '--out', one, '--workers', '1']).done;
    expect([run.code, run.stderr]).toEqual([3, '']);
    expect(readFileSync(one, 'utf8')).toBe(reference);
    const inline = await spawnBatch(['--in', BIG, '--workers', '0']).done;
    expect(inline.stdout).toBe(reference);
  });

  it('survives SIGKILL mid-run: --resume then ends with exactly one line per record', async () => {
    const out = tmp('killed.jsonl');
    const run = spawnBatch(['--in', BIG, '--out', out, '--workers', '2']);
    await waitForLines(out, 40, run.child);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const before = readFileSync(out, 'utf8');
    expect(before.length).toBeLessThan(reference.length);
    expect(reference.startsWith(before.slice(0, before.lastIndexOf('\n') + 1))).toBe(true);
    const resumed = await spawnBatch(['--in', BIG, '--out', out, '--resume', '--workers', '2', '--stats-json', tmp('killed-stats.json')]).done;
    expect([resumed.code, resumed.stderr]).toEqual([3, '']);
    expect(readFileSync(out, 'utf8')).toBe(reference);
    const stats = JSON.parse(readFileSync(tmp('killed-stats.json'), 'utf8'));
    expect(stats.resumed).toBeGreaterThanOrEqual(40);
    expect(stats.resumed + stats.processed).toBe(bigRecords);
  });

  it('stops on SIGTERM after complete lines with exit 130; --resume finishes the job', async () => {
    const out = tmp('terminated.jsonl');
    const run = spawnBatch(['--in', BIG, '--out', out, '--workers', '2']);
    await waitForLines(out, 20, run.child);
    run.child.kill('SIGTERM');
    const ended = await run.done;
    expect([ended.code, ended.stderr]).toEqual([130, '']);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    expect(reference.startsWith(partial)).toBe(true);
    expect(parsed(partial).length).toBeLessThan(bigRecords);
    const resumed = await spawnBatch(['--in', BIG, '--out', out, '--resume']).done;
    expect([resumed.code, resumed.stderr]).toEqual([3, '']);
    expect(readFileSync(out, 'utf8')).toBe(reference);
  });

  it('splits the records into shards whose union is the single run', async () => {
    const n = 3;
    const outs = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const out = tmp(`shard-${i}.jsonl`);
        const run = await spawnBatch(['--in', BIG, '--out', out, '--shard', `${i}/${n}`, '--workers', '1']).done;
        expect(run.stderr).toBe('');
        expect([0, 3]).toContain(run.code);
        return parsed(readFileSync(out, 'utf8'));
      }),
    );
    outs.forEach((records, i) => {
      expect(records.length).toBeGreaterThan(bigRecords / n / 2);
      for (const r of records) expect(shardOf(r.id !== undefined ? String(r.id) : String(r.line), n)).toBe(i);
      const order = records.map((r) => r.line as number);
      expect(order).toEqual([...order].sort((a, b) => a - b)); // input order within a shard
    });
    const union = outs.flat().sort((a, b) => a.line - b.line);
    expect(union.map((r) => `${JSON.stringify(r)}\n`).join('')).toBe(reference);
  });
});
