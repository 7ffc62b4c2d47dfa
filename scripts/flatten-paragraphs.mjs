// Writes a JSONL corpus with every story's line and paragraph breaks replaced by single spaces
// (the shape of a page's text read without its structure), for `precis eval`:
//   node scripts/flatten-paragraphs.mjs < cnn-dev.jsonl > cnn-dev.flat.jsonl
// With --glue, the breaks are removed with nothing in their place, as `element.textContent` of a
// page joins its paragraphs (`...said.The next...`):
//   node scripts/flatten-paragraphs.mjs --glue < cnn-dev.jsonl > cnn-dev.glued.jsonl
// Every other field is copied unchanged.
import { createInterface } from 'node:readline';

const joiner = process.argv.includes('--glue') ? '' : ' ';
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line);
  if (typeof record.text === 'string') record.text = record.text.replace(/\s*[\r\n]+\s*/g, joiner).trim();
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
