import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Summary, type SummarizeOptions } from '../../src/entries/index';

/**
 * Golden fixtures, one folder per case: `input.txt`, `options.json` and `expected.json` (the
 * summary with scores rounded to 6 decimals). `UPDATE=1 npx jest test/integration/golden.test.ts` rewrites the
 * expected files after an intended change; review the diff before committing it.
 */
const ROOT = join(__dirname, '..', '..', 'fixtures', 'golden');
const UPDATE = process.env.UPDATE === '1';

function rounded(summary: Summary): unknown {
  return JSON.parse(JSON.stringify(summary, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(6)) : value)));
}

const cases = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'input.txt'))).sort();

describe('golden fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(ROOT, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as SummarizeOptions;
    const actual = rounded(summarize(input, options));
    const file = join(dir, 'expected.json');
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`${name}: expected.json is missing; run with UPDATE=1 to create it`);
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
