// After `tsup`: dist/cli/ bundles commander, cli-progress and piscina (and what they import), so
// their licenses must travel with it. Reads esbuild's metafile of the CLI build, collects every
// package it bundled, and writes their license texts to dist/cli/THIRD-PARTY-LICENSES.md.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join('dist', 'cli');
const metafile = join(outDir, 'metafile-cjs.json');
const { inputs } = JSON.parse(readFileSync(metafile, 'utf8'));
rmSync(metafile);

// package folder -> name; the innermost node_modules names the package (ansi-regex under strip-ansi).
const packages = new Map();
for (const input of Object.keys(inputs)) {
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
  if (match) packages.set(match[1], match[2]);
}
if (![...packages.values()].includes('commander')) throw new Error('third-party-licenses: the CLI metafile names no bundled package');

const sections = [...packages].sort(([, a], [, b]) => a.localeCompare(b)).map(([dir, name]) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
  if (!file) throw new Error(`third-party-licenses: ${name} ships no license file`);
  return `## ${name} ${manifest.version} (${manifest.license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
});
writeFileSync(
  join(outDir, 'THIRD-PARTY-LICENSES.md'),
  `# Third-party licenses\n\nThe \`precis\` command (dist/cli/) bundles these packages.\n\n${sections.join('\n')}`,
);
console.log(`dist/cli/THIRD-PARTY-LICENSES.md: ${[...packages.values()].join(', ')}`);
