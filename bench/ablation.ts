/**
 * Ablations of the default scoring on the development set (issue: quality). Each row changes one
 * ingredient of the defaults and reports its effect against the defaults, with a paired bootstrap
 * 95% interval (1,000 resamples, seed 1), plus each system against filtered Lead-3.
 *
 *   npx tsx bench/ablation.ts [data.jsonl] [--limit N] > ablation.md
 *
 * Prints a markdown table. Runs on one core, about a minute per row on the full set.
 */
import { winkEngine } from '../src/summarizer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSummarizer } from '../src/entries/index';
import { compareEvaluations, evaluate, lead, precisCandidates, random, type EvalRecord, type Evaluation, type System } from '../src/entries/eval';
import { sharedNlp } from '../src/language/wink/shared';
import { resolveOptions, type SummarizeOptions } from '../src/options';
import { summarizeText } from '../src/pipeline/summarize';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? join(root, '..', 'shared', 'data', 'cnn-dev.jsonl');
const records = readFileSync(file, 'utf8').trim().split('\n').slice(0, limit).map((l) => JSON.parse(l) as EvalRecord);

/** A precis system on raw resolved options, so an ablation may set what the public API forbids (a negative weight). */
function system(options: SummarizeOptions, weights: Record<string, number> = {}): System {
  const resolved = resolveOptions(options);
  const withWeights = { ...resolved, weights: { ...resolved.weights, ...weights } };
  return (record) => {
    const titled = typeof record.title === 'string' ? { ...withWeights, title: record.title } : withWeights;
    return summarizeText(winkEngine(sharedNlp()), record.text, titled).sentences.map((s) => s.text);
  };
}

const ROWS: [string, System][] = [
  ['defaults', system({})],
  ['centrality: only similarity to later sentences (backward 0)', system({ weights: { backward: 0 } })],
  ['centrality: symmetric degree (backward −0.5)', system({}, { backward: -0.5 })],
  ['centrality: PacSum weights (forward 0.3, backward 0.7)', system({ weights: { forward: 0.3, backward: 0.7 } })],
  ['no centrality (position and penalties only)', system({ weights: { centrality: 0 } })],
  ['no position prior', system({ weights: { position: 0 } })],
  ['no paragraph-start bonus', system({ weights: { paragraphStart: 0 } })],
  ['no quotation penalty', system({ weights: { quote: 0 } })],
  ['no question penalty', system({ weights: { question: 0 } })],
  ['no length penalty', system({ weights: { length: 0 } })],
  ['no filters (furniture, datelines, 5..80 words)', system({ furniture: false, minSentenceWords: 0, maxSentenceWords: 100000 })],
  ['no redundancy control', system({ redundancy: 1 })],
  ['+ TF-IDF weight 0.3', system({ weights: { tfidf: 0.3 } })],
  ['+ hard cap at 50 words', system({ maxSentenceWords: 50 })],
  ['word budget 75 instead of 3 sentences', system({ maxWords: 75 })],
];

const baseline = evaluate(records, lead(3, { split: precisCandidates(createSummarizer()) }));
const results: [string, Evaluation][] = ROWS.map(([name, sys]) => {
  const started = performance.now();
  const result = evaluate(records, sys);
  process.stderr.write(`${name}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return [name, result];
});
const defaults = results[0]![1];
const pts = (x: number) => (100 * x).toFixed(2);
const ci = (c: { difference: number; low: number; high: number }) => `${c.difference >= 0 ? '+' : ''}${pts(c.difference)} [${pts(c.low)}, ${pts(c.high)}]`;

console.log(`${records.length} documents of \`${file.split('/').slice(-1)[0]}\`, k = 3, F1 × 100; Lead-3 (filtered): R-1 ${pts(baseline.mean.rouge1.f)}, R-2 ${pts(baseline.mean.rouge2.f)}, R-L ${pts(baseline.mean.rougeL.f)}, ${baseline.meanWords.toFixed(1)} words.\n`);
console.log('| change from the defaults | R-1 | R-2 | R-L | words | Δ R-1 vs defaults [95% CI] | Δ R-L vs defaults [95% CI] | Δ R-1 vs Lead-3 | Δ R-L vs Lead-3 |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, r] of results) {
  const vsDefault = r === defaults ? undefined : compareEvaluations(r, defaults);
  const vsLead = compareEvaluations(r, baseline);
  console.log(`| ${name} | ${pts(r.mean.rouge1.f)} | ${pts(r.mean.rouge2.f)} | ${pts(r.mean.rougeL.f)} | ${r.meanWords.toFixed(1)} | ${vsDefault ? ci(vsDefault.rouge1) : '—'} | ${vsDefault ? ci(vsDefault.rougeL) : '—'} | ${ci(vsLead.rouge1)} | ${ci(vsLead.rougeL)} |`);
}

// The final comparison: precis against the baselines, filtered and not.
const BASELINES: [string, Evaluation][] = [
  ['Lead-3, filtered (precis\'s splitter, furniture and 5..80-word filters)', baseline],
  ['Lead-3, unfiltered (precis\'s splitter, every sentence)', evaluate(records, lead(3, { split: precisCandidates(createSummarizer({ furniture: false, minSentenceWords: 0, maxSentenceWords: 100000 })) }))],
  ['Lead-3, plain splitter (precis/eval plainSentences)', evaluate(records, lead(3))],
  ['Random-3 (seed 1, plain splitter)', evaluate(records, random(3, 1))],
];
console.log('\n| system | R-1 | R-2 | R-L | words | precis − system, R-1 [95% CI] | R-2 | R-L |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(`| precis (defaults) | ${pts(defaults.mean.rouge1.f)} | ${pts(defaults.mean.rouge2.f)} | ${pts(defaults.mean.rougeL.f)} | ${defaults.meanWords.toFixed(1)} | — | — | — |`);
for (const [name, r] of BASELINES) {
  const c = compareEvaluations(defaults, r);
  console.log(`| ${name} | ${pts(r.mean.rouge1.f)} | ${pts(r.mean.rouge2.f)} | ${pts(r.mean.rougeL.f)} | ${r.meanWords.toFixed(1)} | ${ci(c.rouge1)} | ${ci(c.rouge2)} | ${ci(c.rougeL)} |`);
}
