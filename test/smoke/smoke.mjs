// Smoke test of the *built* package through import, as an ES module user would load it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { summarize, segment, createSummarizer, PrecisError } from 'precis';
import { rouge } from 'precis/eval';
import { loadSummarizer } from 'precis/lazy';
import { createWorkerSummarizer } from 'precis/worker-client';
import { serveSummarizer } from 'precis/worker';
import { summarizeHtml } from 'precis/html';

const text = readFileSync(new URL('../../fixtures/news-page-russia-japan.txt', import.meta.url), 'utf8');
const summary = summarize(text);
assert.equal(summary.sentences.length, 3);
for (const s of summary.sentences) assert.equal(text.slice(s.start, s.end), s.text);
assert.ok(segment(text).some((s) => s.kind === 'title'));
assert.equal(createSummarizer({ sentences: 1 }).summarize(text).sentences.length, 1);
assert.throws(() => summarize(text, { sentences: 0 }), (e) => e instanceof PrecisError && e instanceof RangeError);
assert.equal(rouge(['a b c'], ['a b c']).rougeL.f, 1);
assert.equal(typeof createWorkerSummarizer, 'function');
assert.equal(typeof serveSummarizer, 'function');
const lazySummarizer = await loadSummarizer({ sentences: 2 });
assert.equal(lazySummarizer.summarize(text).sentences.length, 2);
const html = readFileSync(new URL('../../fixtures/html/news-page-pretty.html', import.meta.url), 'utf8');
const fromHtml = summarizeHtml(createSummarizer(), html);
assert.deepEqual(fromHtml.sentences.map((s) => s.text), summary.sentences.map((s) => s.text));
console.log('smoke (import): ok');
