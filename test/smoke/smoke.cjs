// Smoke test of the *built* package through require(), as a CommonJS user would load it.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const precis = require('precis');
const { rouge } = require('precis/eval');
const lazy = require('precis/lazy');
const { createWorkerSummarizer } = require('precis/worker-client');
const { serveSummarizer } = require('precis/worker');
const { summarizeHtml } = require('precis/html');

const text = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'news-page-russia-japan.txt'), 'utf8');
const summary = precis.summarize(text);
assert.equal(summary.sentences.length, 3);
for (const s of summary.sentences) assert.equal(text.slice(s.start, s.end), s.text);
assert.ok(!summary.text.includes('No time to read'));
assert.throws(() => precis.summarize(42), (e) => e instanceof precis.PrecisError && e instanceof TypeError);
assert.equal(rouge('the cat sat', 'the cat sat').rouge1.f, 1);
assert.equal(typeof lazy.loadSummarizer, 'function');
assert.equal(typeof createWorkerSummarizer, 'function');
assert.equal(typeof serveSummarizer, 'function');
const html = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'html', 'news-page-minified.html'), 'utf8');
assert.deepEqual(summarizeHtml(precis.createSummarizer(), html).sentences.map((s) => s.text), summary.sentences.map((s) => s.text));
lazy.loadSummarizer().then((s) => {
  assert.deepEqual(s.summarize(text).sentences, summary.sentences);
  // An IdfModel made by one entry is accepted by another (each build holds its own class).
  const idf = precis.fitIdf([text]);
  assert.ok(idf instanceof lazy.IdfModel);
  assert.equal(s.summarize(text, { idf }).sentences.length, 3);
  console.log('smoke (require): ok');
});
