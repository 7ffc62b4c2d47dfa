/**
 * The language detector (tinyld, about 100 ms and 257 KB gzip for its model) loads only for a text
 * whose script and English function words leave its language open: in the lazy and worker entries
 * (`loadLanguageFor`) and in the command line's summarizers (`src/entries/internal.ts`). Each case
 * runs in a fresh module registry, tinyld replaced by a counting wrapper around the real one (the
 * registry is reset per test, not isolated: `jest.isolateModules` does not reach past an `await`).
 */
const ENGLISH = 'The government said on Monday that it would present the bill to parliament after the summer, and that the opposition had been consulted.';
const FRENCH = 'Le gouvernement a présenté mercredi son projet de réforme des retraites, qui doit être examiné par le Parlement avant la fin de l’année.';
const KOREAN = '정부는 월요일 여름이 지나면 법안을 국회에 제출하겠다고 밝혔다. 야당과도 협의했다고 덧붙였다.';

let loads = 0;
beforeEach(() => {
  jest.resetModules();
  loads = 0;
  jest.doMock('tinyld', () => {
    loads++;
    return jest.requireActual('tinyld');
  });
});
afterAll(() => jest.dontMock('tinyld'));

describe('loadLanguageFor (precis/lazy, precis/worker)', () => {
  it.each([
    ['an English text', ENGLISH, 'en', 0],
    ['a Korean text (its script settles it)', KOREAN, 'ko', 0],
    ['a French text', FRENCH, 'fr', 1],
  ])('%s', async (_name, text, language, expected) => {
    const { loadLanguageFor } = require('../../src/language/lazy') as typeof import('../../src/language/lazy');
    expect(await loadLanguageFor(text, 'auto')).toBe(language);
    expect(loads).toBe(expected);
  });

  it('loads nothing to detect when the language is given', async () => {
    const { loadLanguageFor } = require('../../src/language/lazy') as typeof import('../../src/language/lazy');
    expect(await loadLanguageFor(FRENCH, 'fr')).toBe('fr');
    expect(loads).toBe(0);
  });
});

describe("the command line's summarizers", () => {
  it('summarize English without loading the detector, then load it once for French, as precis does', () => {
    const { createSummarizer } = require('../../src/entries/internal') as typeof import('../../src/entries/internal');
    const cli = createSummarizer({ sentences: 1 });
    expect(cli.summarize(`${ENGLISH} ${ENGLISH.replace('Monday', 'Tuesday')}`).language).toBe('en');
    expect(cli.summarize(KOREAN).language).toBe('ko');
    expect(loads).toBe(0);
    expect(cli.summarize(`${FRENCH} ${FRENCH.replace('mercredi', 'jeudi')}`).language).toBe('fr');
    expect(cli.summarize(FRENCH).language).toBe('fr');
    expect(loads).toBe(1);
    const { createSummarizer: library } = require('../../src/entries/index') as typeof import('../../src/entries/index');
    for (const text of [ENGLISH, KOREAN, FRENCH]) expect(cli.summarize(text)).toEqual(library({ sentences: 1 }).summarize(text));
  });
});
