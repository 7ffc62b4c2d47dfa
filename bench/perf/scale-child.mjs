// One size of the scaling section, in a process of its own (run with --trace-gc and --expose-gc so
// the parent can read the peak heap): builds a text of about `bytes` characters by joining development articles,
// warms up on one article, then prints the best time of `runs` calls as `RESULT {...}`.
import { readFileSync } from 'node:fs';

const [, , distIndex, dataFile, bytesArg, runsArg] = process.argv;
const bytes = Number(bytesArg);
const runs = Number(runsArg);
const { summarize } = await import(distIndex);

// Built in a function, so that neither the file's text nor its lines stay alive in this module's
// frame (the heap the parent measures is then precis's and the input's, not the benchmark's).
function build() {
  const articles = [];
  let length = 0;
  for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line);
    articles.push(text);
    length += text.length + 2;
    if (length >= bytes) break;
  }
  let text = articles.join('\n\n');
  // Too few articles (the vendored sample): repeat them, and say so, since the repeated-paragraph
  // rule then takes every later copy for furniture and the time per KB drops.
  const repeated = text.length < bytes;
  if (repeated) text = Array.from({ length: Math.ceil(bytes / text.length) }, () => text).join('\n\n');
  // Cut at the last paragraph or sentence end before the size, so the text ends as prose does.
  const cut = Math.max(text.lastIndexOf('\n', bytes), text.lastIndexOf('. ', bytes) + 1);
  // A flat copy: a slice of the joined string would keep all of it alive.
  return { text: [...text.slice(0, cut > bytes / 2 ? cut : bytes)].join(''), first: articles[0], repeated };
}
const { text, first, repeated } = build();

summarize(first);
// The model's loading leaves garbage behind; collect it, so that the peak heap the parent reads
// (from --trace-gc lines after this mark) is that of summarizing, the model's own heap included.
globalThis.gc?.();
const heapAtMark = process.memoryUsage().heapUsed;
console.log('MEASURE-FROM-HERE');
let best = Infinity;
let sentences = 0;
for (let r = 0; r < runs; r++) {
  const started = performance.now();
  const summary = summarize(text, { sentences: 5, maxInputChars: Infinity }); // sizes past the default limit too
  best = Math.min(best, performance.now() - started);
  sentences = summary.stats.sentences;
}
console.log(`RESULT ${JSON.stringify({ chars: text.length, ms: best, sentences, repeated, heapAtMark, heapUsedAfter: process.memoryUsage().heapUsed })}`);
