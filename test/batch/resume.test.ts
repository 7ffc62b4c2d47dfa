import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeKey, dropTornLine, findResumePoint, sameRecord, writtenLines, type ResumePoint } from '../../src/batch/resume';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-resume-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, contents: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};
const all = async (point: ResumePoint) => {
  const out = [];
  for await (const line of writtenLines(point)) out.push(line);
  return out;
};

describe('findResumePoint (where an interrupted output continues)', () => {
  it('is undefined for a file that does not exist: nothing to resume', async () => {
    expect(await findResumePoint(join(dir, 'missing.jsonl'))).toBeUndefined();
  });

  it('ends after the last newline; a torn last line counts in the size only', async () => {
    const whole = file('whole.jsonl', '{"line":1}\n{"line":2}\n');
    expect(await findResumePoint(whole)).toEqual({ file: whole, complete: 22, size: 22 });
    const torn = file('torn.jsonl', '{"line":1}\n{"line":2}\n{"li');
    expect(await findResumePoint(torn)).toEqual({ file: torn, complete: 22, size: 26 });
    const none = file('none.jsonl', '{"line":1');
    expect(await findResumePoint(none)).toEqual({ file: none, complete: 0, size: 9 });
    const empty = file('empty.jsonl', '');
    expect(await findResumePoint(empty)).toEqual({ file: empty, complete: 0, size: 0 });
  });

  it('reads backwards across blocks when the torn line is longer than one read (64 KiB)', async () => {
    const head = '{"line":1}\n';
    const big = file('big.jsonl', head + 'x'.repeat(200_000));
    expect(await findResumePoint(big)).toEqual({ file: big, complete: head.length, size: head.length + 200_000 });
  });
});

describe('dropTornLine', () => {
  it('cuts the file after its last complete line, and leaves a whole file alone', async () => {
    const torn = file('cut.jsonl', '{"line":1}\n{"line":2}\n{"li');
    await dropTornLine((await findResumePoint(torn))!);
    expect(readFileSync(torn, 'utf8')).toBe('{"line":1}\n{"line":2}\n');
    const whole = file('kept.jsonl', '{"line":1}\n');
    await dropTornLine((await findResumePoint(whole))!);
    expect(readFileSync(whole, 'utf8')).toBe('{"line":1}\n');
  });
});

describe('writtenLines (the lines already written, as resuming needs them)', () => {
  it('reads each complete line: its key, error code or warnings, and not the torn one', async () => {
    const path = file(
      'written.jsonl',
      [
        '{"id":"a","line":1,"summary":"x","warnings":["FEWER_CANDIDATES"]}',
        '{"id":7,"line":2,"error":{"code":"MISSING_TEXT","message":"no text"}}',
        '{"id":"docs/b.txt","summary":"y"}',
        '{"line":4,"error":{"code":"INVALID_JSON","message":"not JSON"}}',
        '{"id":"torn","li',
      ].join('\n'),
    );
    expect(await all((await findResumePoint(path))!)).toEqual([
      { number: 1, key: { id: 'a', line: 1 }, warnings: ['FEWER_CANDIDATES'] },
      { number: 2, key: { id: 7, line: 2 }, error: 'MISSING_TEXT', warnings: [] },
      { number: 3, key: { id: 'docs/b.txt' }, warnings: [] },
      { number: 4, key: { line: 4 }, error: 'INVALID_JSON', warnings: [] },
    ]);
    expect(await all({ file: path, complete: 0, size: 10 })).toEqual([]);
  });

  it.each([
    ['not JSON', '{"line":1}\nnot json\n', /^--resume: line 2 of .* is not JSON; is it the output of precis batch\?$/],
    ['without id or line', '{"line":1}\n{"summary":"x"}\n', /^--resume: line 2 of .* has neither `id` nor `line`/],
    ['a JSON value that is not an object', '{"line":1}\n3\n', /^--resume: line 2 of .* has neither `id` nor `line`/],
  ])('refuses a file with a line %s (a usage error, exit 1)', async (_, contents, message) => {
    const path = file('foreign.jsonl', contents);
    const failure = await all((await findResumePoint(path))!).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'BatchError', failure: 'usage', code: 'ERR_BATCH_USAGE' });
    expect((failure as Error).message).toMatch(message);
  });
});

describe('sameRecord and describeKey', () => {
  it('matches a written line to an input record by id and line together', () => {
    expect(sameRecord({ id: 'a', line: 1 }, { id: 'a', line: 1 })).toBe(true);
    expect(sameRecord({ id: 'a', line: 1 }, { id: 'a', line: 2 })).toBe(false);
    expect(sameRecord({ id: 'a', line: 1 }, { id: 'b', line: 1 })).toBe(false);
    expect(sameRecord({ id: 'docs/a.txt' }, { id: 'docs/a.txt' })).toBe(true);
    expect(sameRecord({ line: 3 }, { id: 'x', line: 3 })).toBe(false);
  });

  it('names the id as the input wrote it, and the line', () => {
    expect(describeKey({ id: 'a', line: 3 })).toBe('id "a" (line 3)');
    expect(describeKey({ id: 1, rawId: '1.0', line: 3 })).toBe('id 1.0 (line 3)');
    expect(describeKey({ id: 'docs/a.txt' })).toBe('id "docs/a.txt"');
    expect(describeKey({ line: 9 })).toBe('line 9');
  });
});
