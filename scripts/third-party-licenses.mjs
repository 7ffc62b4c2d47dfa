// After `tsup`: dist/cli/ bundles commander, cli-progress and piscina (and what they import), and
// the library (dist/) the stopword lists of `stopword`, so their licenses must travel with them.
// Reads esbuild's metafiles of both builds, collects every package each bundled, and writes their
// license texts to dist/cli/THIRD-PARTY-LICENSES.md and dist/THIRD-PARTY-LICENSES.md.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Packages bundled by the build whose metafiles are in `outDir` (the metafiles are removed). */
function bundledPackages(outDir, formats) {
  const packages = new Map();
  // tsup writes one metafile per build, named after one of its formats.
  for (const format of formats) {
    const metafile = join(outDir, `metafile-${format}.json`);
    if (!existsSync(metafile)) continue;
    const { inputs } = JSON.parse(readFileSync(metafile, 'utf8'));
    rmSync(metafile);
    // package folder -> name; the innermost node_modules names the package (ansi-regex under strip-ansi).
    for (const input of Object.keys(inputs)) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
      if (match) packages.set(match[1], match[2]);
    }
  }
  return packages;
}

function write(file, what, packages) {
  const sections = [...packages].sort(([, a], [, b]) => a.localeCompare(b)).map(([dir, name]) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const license = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
    if (!license) throw new Error(`third-party-licenses: ${name} ships no license file`);
    return `## ${name} ${manifest.version} (${manifest.license})\n\n${readFileSync(join(dir, license), 'utf8').trim()}\n`;
  });
  writeFileSync(file, `# Third-party licenses\n\n${what} bundles these packages.\n\n${sections.join('\n')}`);
  console.log(`${file}: ${[...packages.values()].join(', ')}`);
}

const cli = bundledPackages(join('dist', 'cli'), ['cjs']);
if (![...cli.values()].includes('commander')) throw new Error('third-party-licenses: the CLI metafile names no bundled package');
write(join('dist', 'cli', 'THIRD-PARTY-LICENSES.md'), 'The `precis` command (dist/cli/)', cli);

// The library (dist/*.js, *.cjs) bundles the stopword lists of the `stopword` package.
const library = bundledPackages('dist', ['esm', 'cjs']);
if (![...library.values()].includes('stopword')) throw new Error('third-party-licenses: the library metafiles name no bundled package');
write(join('dist', 'THIRD-PARTY-LICENSES.md'), 'The library (dist/)', library);
