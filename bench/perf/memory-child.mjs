// The memory section, in a process of its own started with --expose-gc: heap before and after
// importing precis, after the model loads, and after summarizing the articles twice over, each
// after a full garbage collection. Prints `RESULT {...}`.
import { readFileSync } from 'node:fs';

const [, , distIndex, dataFile, limitArg] = process.argv;
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
// Read in a function of its own: the file's text must not stay alive in the module's frame.
function load() {
  return readFileSync(dataFile, 'utf8')
    .split('\n', Number(limitArg) + 1)
    .filter((line) => line.trim() !== '')
    .slice(0, Number(limitArg))
    .map((line) => JSON.parse(line).text);
}
const articles = load();

const before = heap();
const { createSummarizer } = await import(distIndex);
const imported = heap();
const summarizer = createSummarizer();
summarizer.summarize('The model loads on the first call. This sentence makes it load.');
const loaded = heap();
for (const text of articles) summarizer.summarize(text);
const afterFirstPass = heap();
for (const text of articles) summarizer.summarize(text);
const afterSecondPass = heap();
console.log(`RESULT ${JSON.stringify({ before, imported, loaded, afterFirstPass, afterSecondPass, articles: articles.length })}`);
