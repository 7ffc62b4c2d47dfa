import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { SAMPLE } from '../support/paths';

let dir: string;
const tmp = (name: string): string => join(dir, name);
const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
let corpus: string;
let single: string;
const N = 3;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precis-merge-'));
  const sample = lines(readFileSync(SAMPLE, 'utf8')).slice(0, 24);
  corpus = tmp('corpus.jsonl');
  writeFileSync(corpus, `${[...sample.slice(0, 10), 'not json', '', ...sample.slice(10)].join('\n')}\n`);
  single = (await runCli(['batch', '--workers', '0', '--in', corpus])).stdout;
  for (let i = 0; i < N; i++) {
    const run = await runCli(['batch', '--workers', '0', '--quiet', '--in', corpus, '--shard', `${i}/${N}`, '--out', tmp(`shard-${i}.jsonl`), '--stats-json', tmp(`shard-${i}.stats.json`)]);
    expect(run.code).toBe(3 * Number(lines(readFileSync(tmp(`shard-${i}.jsonl`), 'utf8')).some((l) => l.includes('"error"'))));
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shards = (): string[] => Array.from({ length: N }, (_, i) => tmp(`shard-${i}.jsonl`));

describe('precis batch merge', () => {
  it('puts the shards back in input order: byte-identical to one run, with their statistics added up', async () => {
    const run = await runCli(['batch', 'merge', '--stats-json', tmp('merged.json'), ...shards().reverse()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(single);
    expect(run.stderr).toMatch(/^precis batch merge: 3 shards, 25 records, 1 error: complete; shards ran [\d.]+ s in all \(slowest [\d.]+ s\); errors: INVALID_JSON ×1\n$/);
    const stats = JSON.parse(readFileSync(tmp('merged.json'), 'utf8'));
    const perShard = shards().map((f) => JSON.parse(readFileSync(f.replace(/\.jsonl$/, '.stats.json'), 'utf8')));
    expect(stats).toMatchObject({ shards: 3, records: 25, ok: 24, errors: 1, errorCodes: { INVALID_JSON: 1 } });
    expect(stats.seconds).toBeCloseTo(perShard.reduce((a, s) => a + s.seconds, 0), 6);
    expect(stats.perShard.map((s: { shard: string; records: number }) => [s.shard, s.records])).toEqual(perShard.map((s, i) => [`${i}/3`, s.records]));
    const out = tmp('all.jsonl');
    expect((await runCli(['batch', 'merge', '--quiet', '--out', out, ...shards()])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(single);
  });

  it('refuses, with exit 4 and nothing written to --out, a set that is not every shard complete once', async () => {
    const out = tmp('refused.jsonl');
    const merge = (...files: string[]) => runCli(['batch', 'merge', '--out', out, ...files]);
    const [a, b, c] = shards() as [string, string, string];
    expect(await merge(a, c)).toMatchObject({ code: 4, stderr: 'precis batch merge: shard 1/3 missing: no output given for it\n' });
    expect((await merge(a, b, b, c)).stderr).toMatch(/shard 1\/3 is given twice/);
    // A shard interrupted (its statistics say so), or whose file lost or gained lines after its run.
    const stats = readFileSync(b.replace(/\.jsonl$/, '.stats.json'), 'utf8');
    writeFileSync(b.replace(/\.jsonl$/, '.stats.json'), stats.replace('"interrupted": false', '"interrupted": true'));
    expect((await merge(a, b, c)).stderr).toMatch(/shard 1\/3 .* was interrupted: run it again with --resume/);
    writeFileSync(b.replace(/\.jsonl$/, '.stats.json'), stats);
    const content = readFileSync(b, 'utf8');
    writeFileSync(b, lines(content).slice(1).join('\n') + '\n');
    expect((await merge(a, b, c)).stderr).toMatch(/has \d+ lines, but its statistics say \d+/);
    // The same record in two files.
    writeFileSync(b, content + lines(readFileSync(a, 'utf8'))[0] + '\n');
    expect((await merge(a, b, c)).stderr).toMatch(/twice in the shards|not in input order/);
    writeFileSync(b, content);
    expect((await merge(a, tmp('none.jsonl'), c)).code).toBe(4); // no statistics for it
    expect(() => readFileSync(out)).toThrow();
    expect(() => readFileSync(`${out}.partial`)).toThrow();
  });

  it('merges shards of a directory input on their ids (path order)', async () => {
    const folder = tmp('docs');
    mkdirSync(join(folder, 'b'), { recursive: true });
    const texts = lines(readFileSync(SAMPLE, 'utf8')).slice(0, 9).map((l) => (JSON.parse(l) as { text: string }).text);
    texts.forEach((t, i) => writeFileSync(join(folder, i % 2 ? 'b' : '', `${String.fromCharCode(97 + i)}.txt`), t));
    const whole = (await runCli(['batch', '--workers', '0', '--in', folder])).stdout;
    const files: string[] = [];
    for (let i = 0; i < 2; i++) {
      files.push(tmp(`d-${i}.jsonl`));
      await runCli(['batch', '--workers', '0', '--quiet', '--in', folder, '--shard', `${i}/2`, '--out', files[i]!, '--stats-json', tmp(`d-${i}.stats.json`)]);
    }
    const run = await runCli(['batch', 'merge', '--quiet', ...files]);
    expect([run.code, run.stdout]).toEqual([0, whole]);
  }, 30_000);
});
