import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fitIdf, PrecisError, PrecisRangeError, PrecisTypeError, segment, summarize } from '../../src/entries/index';
import { DEFAULT_MAX_INPUT_CHARS } from '../../src/options';
import { thrown } from '../support/helpers';

const TEXT = 'The council approved the new budget on Monday evening. Critics said the plan cuts too deep into services.';


describe('hostile options objects fail as precis errors, never with the caller’s own exception', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each<[string, unknown, string, RegExp]>([
    ['__proto__ as an own key (JSON.parse)', JSON.parse('{"__proto__": {"sentences": 1}}'), 'ERR_UNKNOWN_OPTION', /Unknown option `__proto__`/],
    ['a prototype other than Object', { __proto__: { sentences: 1 } }, 'ERR_INVALID_OPTION', /plain object/],
    ['constructor as a key', { constructor: 1 }, 'ERR_UNKNOWN_OPTION', /Unknown option `constructor`/],
    ['nested __proto__', { weights: JSON.parse('{"__proto__": {"position": 9}}') }, 'ERR_UNKNOWN_OPTION', /`weights.__proto__`/],
    ['a getter that throws', { get sentences(): number { throw new Error('boom'); } }, 'ERR_INVALID_OPTION', /Reading option `sentences` threw: boom/],
    ['a nested getter that throws', { weights: { get position(): number { throw new Error('deep'); } } }, 'ERR_INVALID_OPTION', /`weights.position` threw: deep/],
    ['a proxy whose ownKeys trap throws', new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }), 'ERR_INVALID_OPTION', /trap/],
    ['a revoked proxy', revoked.proxy, 'ERR_INVALID_OPTION', /revoked/],
    ['an nlp whose getter throws', { nlp: { its: {}, get readDoc(): never { throw new Error('nlp'); } } }, 'ERR_INVALID_OPTION', /nlp/],
    ['stopwords whose iterator throws', { stopwords: { add: { [Symbol.iterator]: () => { throw new Error('iter'); } } } }, 'ERR_INVALID_OPTION', /Iterating `stopwords.add` threw: iter/],
  ])('%s', (_name, options, code, message) => {
    const error = thrown(() => summarize(TEXT, options as never));
    expect(error).toBeInstanceOf(PrecisError);
    expect((error as PrecisError).code).toBe(code);
    expect((error as Error).message).toMatch(message);
  });

  it('a getter is read once: options are copied before they are checked', () => {
    let reads = 0;
    const options = {
      get sentences(): number {
        reads++;
        return reads === 1 ? 1 : 0; // a second read would be invalid
      },
    };
    expect(summarize(TEXT, options).sentences).toHaveLength(1);
    expect(reads).toBe(1);
  });

  it('does not pollute Object.prototype through options', () => {
    expect(() => summarize(TEXT, JSON.parse('{"__proto__": {"polluted": true}}'))).toThrow(PrecisTypeError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('maxInputChars', () => {
  it('defaults to a documented limit large enough for a book', () => {
    expect(DEFAULT_MAX_INPUT_CHARS).toBe(2_000_000);
  });

  it('rejects a longer text before any work, with its code, in summarize, segment and fitIdf', () => {
    const long = `${TEXT} `.repeat(20);
    for (const call of [() => summarize(long, { maxInputChars: 100 }), () => segment(long, { maxInputChars: 100 }), () => fitIdf([TEXT, long], { maxInputChars: 150 })]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(PrecisRangeError);
      expect((error as PrecisError).code).toBe('ERR_INPUT_TOO_LONG');
      expect((error as Error).message).toMatch(/over the limit of 1[05]0 \(option `maxInputChars`/);
    }
    expect((thrown(() => fitIdf([TEXT, long], { maxInputChars: 150 })) as Error).message).toMatch(/^`documents\[1\]`/);
  });

  it('accepts a text of exactly the limit, and Infinity removes the limit', () => {
    expect(summarize(TEXT, { maxInputChars: TEXT.length }).sentences.length).toBeGreaterThan(0);
    expect(() => summarize(TEXT, { maxInputChars: TEXT.length - 1 })).toThrow(PrecisRangeError);
    expect(summarize(TEXT, { maxInputChars: Infinity }).sentences.length).toBeGreaterThan(0);
  });

  it('checks the default on a text just over it, without reading it', () => {
    // 2 million and one characters: rejected at once (no allocation beyond the string itself).
    const huge = 'a'.repeat(DEFAULT_MAX_INPUT_CHARS + 1);
    const error = thrown(() => summarize(huge));
    expect((error as PrecisError).code).toBe('ERR_INPUT_TOO_LONG');
  });

  it.each([0, -1, 1.5, Number.NaN, '100'])('rejects maxInputChars %p', (value) => {
    expect(thrown(() => summarize(TEXT, { maxInputChars: value as number }))).toBeInstanceOf(PrecisError);
  });
});

describe('no dynamic code, no network', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
    });
  const sources = files(join(__dirname, '..', '..', 'src'));

  it('finds the sources it scans', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each([
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['fetch', /\bfetch\s*\(/],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['WebSocket', /\bWebSocket\b/],
    ['node:http(s), net, tls, dgram', /['"](?:node:)?(?:https?|net|tls|dgram|http2)['"]/],
  ])('no %s in src/', (_name, pattern) => {
    // The one exception: `precis https://...` fetches the page in the CLI (never in the library).
    const allowed = join('src', 'cli', 'fetch-page.ts');
    const hits = sources.filter((file) => !(_name === 'fetch' && file.endsWith(allowed)) && pattern.test(readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
