import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { ROOT } from '../support/paths';

/**
 * `precis/eval` stands alone: ROUGE, the baselines and the bootstrap load no language model, so a
 * researcher who only scores summaries pays nothing for wink. Checked on the built package (jest's
 * global set-up rebuilds a stale dist/).
 */
const MODEL_PACKAGES = /node_modules[\\/](wink-nlp|wink-eng-lite-web-model)[\\/]/;

it('require("precis/eval") loads neither wink-nlp nor its model (require.cache)', () => {
  const script = `
    const evaluation = require('./dist/eval.cjs');
    const scores = evaluation.rouge('The cat sat.', 'The cat sat on the mat.');
    const lead = evaluation.lead(1)({ id: 'a', text: 'One sentence here. Another one.', summary: 'x' });
    console.log(JSON.stringify({ loaded: Object.keys(require.cache), f: scores.rouge1.f, lead }));`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { loaded, f, lead } = JSON.parse(run.stdout) as { loaded: string[]; f: number; lead: string[] };
  expect(f).toBeGreaterThan(0);
  expect(lead).toEqual(['One sentence here.']);
  expect(loaded.filter((file) => MODEL_PACKAGES.test(file))).toEqual([]);
  // Nothing but the entry and the chunks of precis's own code it shares with the other entries.
  const others = loaded.map((file) => file.slice(ROOT.length + 1)).filter((file) => file !== 'dist/eval.cjs' && !/^dist[\\/]chunk-[\w-]+\.cjs$/.test(file));
  expect(others).toEqual([]);
  // The control: the main entry does load wink when it summarizes.
  const main = spawnSync(process.execPath, ['-e', `require('./dist/index.cjs').summarize('One. Two.'); console.log(JSON.stringify(Object.keys(require.cache)))`], { cwd: ROOT, encoding: 'utf8' });
  expect((JSON.parse(main.stdout) as string[]).some((file) => MODEL_PACKAGES.test(file))).toBe(true);
});

it('a bundle of `import { rouge } from "precis/eval"`, and of the whole entry, holds no model', async () => {
  for (const contents of ["import { rouge } from './dist/eval.js'; console.log(rouge('a', 'a'));", "export * from './dist/eval.js';"]) {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/wink/i);
    // ROUGE with its WordNet exception list is about 40 KB minified; the model alone is 3.6 MB.
    expect(code.length).toBeLessThan(200_000);
  }
});
