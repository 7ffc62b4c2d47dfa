import { rawField } from '../../src/batch/raw-field';

// Issue 17.6: an id is copied from the input's JSON text, never printed from its parsed value.
describe('rawField', () => {
  it('gives the JSON text of a top-level value exactly as written', () => {
    expect(rawField('{"id": 9007199254740993, "text": "x"}', 'id')).toBe('9007199254740993');
    expect(rawField('{"text":"an \\"id\\": 5 inside","id":1e2}', 'id')).toBe('1e2');
    expect(rawField('{"meta":{"id":1,"a":[{"id":2}]},"id":"caf\\u00e9"}', 'id')).toBe('"caf\\u00e9"');
    expect(rawField('{ "id" : -0.50 }', 'id')).toBe('-0.50');
    expect(rawField('{"id":1,"id":2}', 'id')).toBe('2'); // the last wins, as in JSON.parse
    expect(rawField('{"\\u0069d":"escaped key"}', 'id')).toBe('"escaped key"');
    expect(rawField('{"text":"\\\\","id":"a\\\\"}', 'id')).toBe('"a\\\\"');
    expect(rawField('{"text":"no id"}', 'id')).toBeUndefined();
  });
});

