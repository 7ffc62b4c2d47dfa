import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

const SCRIPT = join(ROOT, 'scripts', 'slurm', 'precis-batch.sbatch');

describe('the Slurm job script', () => {
  it('is printed in docs/batch.md exactly as in scripts/slurm/', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'batch.md'), 'utf8');
    const start = docs.indexOf('`scripts/slurm/precis-batch.sbatch`:\n\n```bash\n');
    expect(start).toBeGreaterThan(-1);
    const body = docs.slice(docs.indexOf('```bash\n', start) + 8, docs.indexOf('\n```', start + 50));
    expect(body).toBe(readFileSync(SCRIPT, 'utf8').trimEnd());
  });

  it('refuses an array that does not cover every shard, unless PRECIS_SHARDS says how many there are', () => {
    const run = (env: Record<string, string>) =>
      spawnSync('bash', [SCRIPT, 'corpus.jsonl', '/nonexistent-out'], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, encoding: 'utf8' });
    const task = { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '17' };
    expect(run(task)).toMatchObject({ status: 1, stderr: expect.stringContaining('the array must be 0-1 (every shard once), got 3-17') });
    expect(run({ ...task, PRECIS_SHARDS: '3' })).toMatchObject({ status: 1, stderr: expect.stringContaining('task 3 is not a shard of 3') });
    expect(run({})).toMatchObject({ status: 1, stderr: expect.stringContaining('not an array task') });
  });
});
