// One size of section 6's scaling, in a process of its own (as section 3 does for text: in one long
// process, collections of a large heap slow every path down per KB). Reads the page and its text
// from files, warms up, then prints the best of `runs` calls of each path, in turn, as `RESULT {...}`.
import { readFileSync } from 'node:fs';

const [, , distIndex, distHtml, pageFile, textFile, runsArg] = process.argv;
const runs = Number(runsArg);
const { createSummarizer } = await import(distIndex);
const { summarizeHtml, readHtml } = await import(distHtml);
const page = readFileSync(pageFile, 'utf8');
const text = readFileSync(textFile, 'utf8');
const summarizer = createSummarizer();
const options = { maxInputChars: Infinity, maxHtmlChars: Infinity };
const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const warm = page.length <= 200_000 ? 5 : 1;
for (let i = 0; i < warm; i++) {
  summarizeHtml(summarizer, page, options);
  summarizer.summarize(text, { maxInputChars: Infinity });
}
let htmlMs = Infinity;
let textMs = Infinity;
let readMs = Infinity;
for (let r = 0; r < runs; r++) {
  htmlMs = Math.min(htmlMs, time(() => summarizeHtml(summarizer, page, options)));
  textMs = Math.min(textMs, time(() => summarizer.summarize(text, { maxInputChars: Infinity })));
  readMs = Math.min(readMs, time(() => readHtml(page, { readability: 'auto' })));
}
const readability = readHtml(page, { readability: 'auto' }).readability;
console.log(`RESULT ${JSON.stringify({ htmlMs, textMs, readMs, readability })}`);
