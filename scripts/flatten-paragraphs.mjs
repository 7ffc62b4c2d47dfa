// Writes a JSONL corpus with every story's line and paragraph breaks replaced by single spaces
// (the shape of a page's text read without its structure), for `precis eval`:
//   node scripts/flatten-paragraphs.mjs < cnn-dev.jsonl > cnn-dev.flat.jsonl
// Every other field is copied unchanged.
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const record = JSON.parse(line);
  if (typeof record.text === 'string') record.text = record.text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
