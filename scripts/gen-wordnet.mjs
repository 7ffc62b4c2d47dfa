#!/usr/bin/env node
// Generates src/eval/wordnet-exceptions.ts from src/eval/data/wordnet-2.0-exceptions.tsv:
// the WordNet 2.0 irregular forms (form -> base) that ROUGE-1.5.5 looks up before Porter stemming.
//
//   node scripts/gen-wordnet.mjs          write the file
//   node scripts/gen-wordnet.mjs --check  exit 1 if the checked-in file is out of date
//
// Encoding (kept tiny for the bundle): entries joined by ",", each `form` + " " + `k` + `suffix`,
// meaning: base = form minus its last k characters (k is one digit, 0-9) plus `suffix`. When the
// base shares no prefix with the form or k > 9, the entry is `form` + " =" + `base`.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsvPath = join(root, 'src', 'eval', 'data', 'wordnet-2.0-exceptions.tsv');
const licensePath = join(root, 'src', 'eval', 'data', 'LICENSE-WordNet.txt');
const outPath = join(root, 'src', 'eval', 'wordnet-exceptions.ts');

function encode(form, base) {
  let p = 0;
  while (p < form.length && p < base.length && form[p] === base[p]) p++;
  const k = form.length - p;
  return p > 0 && k <= 9 ? `${form} ${k}${base.slice(p)}` : `${form} =${base}`;
}

const rows = readFileSync(tsvPath, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line, i) => {
    const cols = line.split('\t');
    if (cols.length !== 2 || !cols[0] || !cols[1] || /[ ,=]/.test(line)) {
      throw new Error(`${tsvPath}:${i + 1}: expected "form<TAB>base" without spaces, commas or "="`);
    }
    return cols;
  });
const forms = new Set(rows.map(([form]) => form));
if (forms.size !== rows.length) throw new Error('duplicate forms in the exception table');

// Wrapped into lines of about 100 characters so that diffs of the generated file stay readable.
const entries = rows.map(([form, base]) => encode(form, base));
const chunks = [];
let line = '';
for (const entry of entries) {
  if (line && line.length + 1 + entry.length > 100) {
    chunks.push(line);
    line = entry;
  } else {
    line = line ? `${line},${entry}` : entry;
  }
}
if (line) chunks.push(line);
const data = chunks.join(',');
const license = readFileSync(licensePath, 'utf8')
  .split('\n')
  .map((line) => ` * ${line}`.trimEnd())
  .join('\n');

// `/*!` keeps the notice in bundles (esbuild/tsup legal comments), as the WordNet license requires.
const out = `/*!
 * GENERATED FILE, do not edit: run \`node scripts/gen-wordnet.mjs\`.
 * Source: src/eval/data/wordnet-2.0-exceptions.tsv (${rows.length} entries), the WordNet 2.0 exception
 * lists (adj, adv, noun, verb) as ROUGE-1.5.5 consults them: inflected form -> base form.
 * Data from WordNet 2.0, used under the WordNet 2.0 license (src/eval/data/LICENSE-WordNet.txt):
 *
${license}
 */

// Encoding (see scripts/gen-wordnet.mjs): "form kSuffix" entries joined by ",", where the base is
// the form minus its last k characters plus Suffix, or "form =base" when that does not apply.
const DATA = [
${chunks.map((chunk) => `  ${JSON.stringify(chunk)},`).join('\n')}
].join(',');

let table: Map<string, string> | undefined;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of DATA.split(',')) {
    const space = entry.indexOf(' ');
    const form = entry.slice(0, space);
    const code = entry.slice(space + 1);
    map.set(form, code[0] === '=' ? code.slice(1) : form.slice(0, form.length - Number(code[0])) + code.slice(1));
  }
  return map;
}

/**
 * The WordNet 2.0 base form ROUGE-1.5.5 substitutes for an irregular form, or \`undefined\`.
 * The table is decoded on first use, so importing this module costs nothing.
 *
 * @example
 * wordnetBase('said'); // 'say'
 * wordnetBase('mice'); // 'mouse'
 * wordnetBase('cats'); // undefined
 */
export function wordnetBase(form: string): string | undefined {
  table ??= load();
  return table.get(form);
}
`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {
    // missing file counts as out of date
  }
  if (current !== out) {
    console.error('src/eval/wordnet-exceptions.ts is out of date: run node scripts/gen-wordnet.mjs');
    process.exit(1);
  }
  console.log('wordnet-exceptions.ts is up to date');
} else {
  writeFileSync(outPath, out);
  console.log(`wrote src/eval/wordnet-exceptions.ts: ${rows.length} entries, ${data.length} characters of data`);
}
