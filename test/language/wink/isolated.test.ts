import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createSummarizer, summarize } from '../../../src/entries/index';
import { createNlp } from '../../../src/language/wink/nlp';
import { LEXEME_INDEX_LIMIT, isolatedNlp } from '../../../src/language/wink/isolated';
import { loadSummarizer } from '../../../src/entries/lazy';

const SAMPLE = join(__dirname, '..', '..', '..', 'fixtures', 'cnn-dev-sample.jsonl');
const texts = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .slice(0, 120)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const summarizer = createSummarizer();
const fingerprint = (summary: ReturnType<typeof summarizer.summarize>): string =>
  JSON.stringify([summary.sentences.map((s) => [s.index, s.start, s.end, s.score]), summary.stats]);

/** Summarizes `order` of the texts with one wink provider, and returns the results by text index. */
function run(order: number[], next: () => ReturnType<typeof createNlp>): Map<number, string> {
  const out = new Map<number, string>();
  for (const i of order) out.set(i, fingerprint(summarizer.summarize(texts[i]!, { nlp: next() })));
  return out;
}

const forward = texts.map((_, i) => i);
const backward = [...forward].reverse();

describe('isolatedNlp: a record does not depend on the records read before it', () => {
  it('a plain wink instance does (the reason isolatedNlp exists)', () => {
    const plain = (): (() => ReturnType<typeof createNlp>) => {
      const nlp = createNlp(winkNLP, model);
      return () => nlp;
    };
    const a = run(forward, plain());
    const b = run(backward, plain());
    expect(forward.filter((i) => a.get(i) !== b.get(i)).length).toBeGreaterThan(0);
  });

  it('isolatedNlp gives the same result in any order, across many instance replacements', () => {
    const isolated = (maxLearned?: number): (() => ReturnType<typeof createNlp>) => {
      const nlp = isolatedNlp(winkNLP, model, maxLearned);
      return () => {
        nlp.reset();
        return nlp.current();
      };
    };
    const a = run(forward, isolated());
    // About 80 new words per article: a fresh instance every few articles, 30+ in all.
    const b = run(backward, isolated(200));
    expect(forward.filter((i) => a.get(i) !== b.get(i))).toEqual([]);
  });
});

describe('the shared instances of precis and precis/lazy start every call from the model as loaded', () => {
  it('summarize() gives the same result whatever was summarized before', () => {
    const a = forward.map((i) => fingerprint(summarize(texts[i]!)));
    const b = backward.map((i) => fingerprint(summarize(texts[i]!))).reverse();
    expect(forward.filter((i) => a[i] !== b[i])).toEqual([]);
  });

  it('loadSummarizer() too', async () => {
    const lazy = await loadSummarizer();
    const a = forward.slice(0, 40).map((i) => fingerprint(lazy.summarize(texts[i]!)));
    const b = forward.slice(0, 40).reverse().map((i) => fingerprint(lazy.summarize(texts[i]!))).reverse();
    expect(a).toEqual(b);
    expect(a).toEqual(forward.slice(0, 40).map((i) => fingerprint(summarize(texts[i]!))));
  });
});

describe('isolatedNlp keeps lexeme indices below the range wink reads as sentence hints', () => {
  it('starts a document that could carry them that far on a fresh instance, and only then', () => {
    const nlp = isolatedNlp(winkNLP, model);
    const first = nlp.current();
    nlp.reset(LEXEME_INDEX_LIMIT); // nothing learned yet: already as fresh as can be
    expect(nlp.current()).toBe(first);
    first.readDoc('Zorblax quintofen wrote to Vlemmish.');
    nlp.reset(1000);
    expect(nlp.current()).toBe(first);
    first.readDoc('Zorblax quintofen wrote to Vlemmish.');
    nlp.reset(LEXEME_INDEX_LIMIT / 2);
    expect(nlp.current()).not.toBe(first);
  });
});
