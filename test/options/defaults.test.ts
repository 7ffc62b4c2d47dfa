import { DEFAULT_WEIGHTS, summarize } from '../../src/entries/index';

/**
 * The default scoring, pinned on small hand-made documents: each test shows one signal deciding a
 * choice, and that switching its weight off changes that choice.
 */
const pick = (text: string, weights = {}) => summarize(text, { sentences: 1, weights, title: false }).sentences[0]?.text;

describe('default weights', () => {
  it('are the documented ones', () => {
    expect(DEFAULT_WEIGHTS).toEqual({
      centrality: 1, forward: 0.5, backward: 0.5, position: 0.5, title: 0, tfidf: 0, paragraphStart: 0.2, quote: 0.3, question: 0.3, length: 0.2,
    });
  });
});

describe('each signal decides on its own', () => {
  it('directed centrality: the sentence later ones echo beats an unrelated opener', () => {
    const text = [
      'Markets were quiet in the morning as traders waited for news.',
      'The central bank raised interest rates by half a point on Thursday.',
      'The rate rise was the largest by the central bank in two decades.',
      'Economists said the bank would raise rates again before the summer.',
      'Mortgage lenders said higher interest rates would hurt home buyers.',
    ].join(' ');
    expect(pick(text)).toMatch(/^The central bank raised/);
    expect(pick(text, { centrality: 0 })).toMatch(/^Markets were quiet/);
  });

  // Sentences that share no content word: centrality is 0 for all, so the position prior orders
  // them, one step (0.5/n) apart, and a penalty or bonus decides.
  const UNRELATED = [
    'Farmers harvested record wheat crops across Kansas.',
    'A comet will pass close to Earth next month.',
    'Voters in Chile elected a new mayor yesterday.',
    'The orchestra premiered a symphony about glaciers.',
    'Hackers stole passwords from a bank database.',
    'Sprinters won the relay final in Rome.',
    'Scientists cloned an endangered ferret named Elizabeth.',
    'Volcanic ash grounded flights throughout Iceland overnight.',
  ];
  const doc = (first: string, rest = UNRELATED.slice(1)) => [first, ...rest].join('\n\n');

  it('position: between sentences that share nothing, the earlier one', () => {
    expect(summarize(doc(UNRELATED[0]!), { sentences: 3 }).sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    const { sentences } = summarize(doc(UNRELATED[0]!), { sentences: 8, explain: true });
    expect(sentences.map((s) => s.signals!.position)).toEqual([1, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125]);
    expect(sentences.every((s) => s.signals!.centrality === 0)).toBe(true);
  });

  it('quotation penalty: a lead that opens with a quotation mark loses its place', () => {
    const text = doc('"Nobody expected floods this severe," the regional governor admitted.');
    expect(pick(text)).toBe(UNRELATED[1]);
    expect(pick(text, { quote: 0 })).toMatch(/^"Nobody expected/);
  });

  it('question penalty: a lead that asks loses its place', () => {
    // (Title detection is off in `pick`: a text's first line that asks would otherwise be its headline.)
    const text = doc('Could electric ferries replace diesel boats on every lake?');
    expect(pick(text)).toBe(UNRELATED[1]);
    expect(pick(text, { question: 0 })).toMatch(/^Could electric ferries/);
  });

  it('length penalty: a lead of 60 words loses its place', () => {
    const long = 'Engineers completed the tunnel beneath the mountain range after eleven years of drilling, blasting and lining, despite floods that halted work twice, a strike by contractors, rising steel prices, lawsuits from residents of nearby villages, repeated changes of government, budget overruns approaching four billion euros, and a collapse in the northern section that trapped twelve workers for three days last winter.';
    const text = doc(long);
    expect(pick(text)).toBe(UNRELATED[1]);
    expect(pick(text, { length: 0 })).toBe(long);
    expect(summarize(text, { sentences: 1, explain: true, weights: { length: 0 } }).sentences[0]!.signals!.length).toBe(1);
  });

  it('paragraph-start bonus: paragraph openers beat the sentences that close paragraphs', () => {
    const pairs = [0, 2, 4, 6].map((i) => `${UNRELATED[i]} ${UNRELATED[i + 1]}`).join('\n\n');
    expect(summarize(pairs, { sentences: 3 }).sentences.map((s) => s.index)).toEqual([0, 2, 4]);
    expect(summarize(pairs, { sentences: 3, weights: { paragraphStart: 0 } }).sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});
