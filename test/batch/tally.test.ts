import { TallyCounter } from '../../src/batch/tally';

describe('TallyCounter (the counts of a chunk, a run and a merge)', () => {
  it('counts a record as an error of its code, or as a summary with its warning codes', () => {
    const counter = new TallyCounter();
    counter.record(undefined, ['INVALID_UTF8', 'FEWER_CANDIDATES']);
    counter.record(undefined, ['INVALID_UTF8']);
    counter.record(undefined, []);
    counter.record('INVALID_JSON', ['INVALID_UTF8']); // an error line carries no warnings
    counter.record('INVALID_JSON', []);
    counter.record('MISSING_TEXT', []);
    expect(counter.tally()).toEqual({
      ok: 3,
      errors: 3,
      errorCodes: { INVALID_JSON: 2, MISSING_TEXT: 1 },
      warningCodes: { INVALID_UTF8: 2, FEWER_CANDIDATES: 1 },
    });
  });

  it('adds tallies counted elsewhere code by code, and gives copies that later counts leave alone', () => {
    const chunk = new TallyCounter();
    chunk.record('INVALID_JSON', []);
    chunk.record(undefined, ['INVALID_UTF8']);
    const run = new TallyCounter();
    run.record('INVALID_JSON', []);
    run.add(chunk.tally());
    run.add({ ok: 4, errors: 1, errorCodes: { MISSING_TEXT: 1 }, warningCodes: { INVALID_UTF8: 3 } });
    const before = run.tally();
    expect(before).toEqual({ ok: 5, errors: 3, errorCodes: { INVALID_JSON: 2, MISSING_TEXT: 1 }, warningCodes: { INVALID_UTF8: 4 } });
    run.record('INVALID_JSON', []);
    expect(before.errorCodes).toEqual({ INVALID_JSON: 2, MISSING_TEXT: 1 });
    expect(run.tally().errorCodes.INVALID_JSON).toBe(3);
  });
});
