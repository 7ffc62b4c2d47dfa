import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cycles, folderGraph, importGraph } from '../support/import-graph';

/**
 * No import cycle in `src/`, between files or between folders, type-only imports included: a
 * reader can read the tree bottom-up (text, errors, language, pipeline, entries; eval beside them;
 * cli and batch on top) and a bundler never meets a half-initialised module.
 */
const graph = importGraph(join(__dirname, '..', '..'));

it('reads the whole source tree and resolves every relative import', () => {
  expect(graph.files.size).toBeGreaterThan(60);
  expect(graph.missing).toEqual([]);
  // The reader sees what it should: type-only and re-export edges count.
  expect(graph.files.get('src/entries/eval.ts')).toContain('src/eval/rouge.ts');
});

it('has no cycle between files', () => {
  expect(cycles(graph.files)).toEqual([]);
});

it('has no cycle between folders (e.g. batch -> cli -> batch)', () => {
  expect(cycles(folderGraph(graph))).toEqual([]);
});

it('keeps precis/eval apart from the pipeline and the language model', () => {
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.files.get(file) ?? []) walk(next);
    };
    walk(start);
    return seen;
  };
  const reached = [...reach('src/entries/eval.ts')];
  expect(reached.filter((f) => /^src\/(pipeline|language|entries\/index|summarizer|options)/.test(f))).toEqual([]);
});

it('finds a cycle when there is one (the checker itself)', () => {
  const edges = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['d']],
    ['e', ['a']],
  ]);
  expect(cycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
});

it('reads type-only, multi-line, re-export and dynamic imports, and sees a folder cycle no file cycle shows', () => {
  const root = mkdtempSync(join(tmpdir(), 'precis-imports-'));
  const write = (file: string, code: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), code);
  };
  try {
    // A cycle of types only: x -> y by `import type`, y -> x by a multi-line `import type`.
    write('src/c/x.ts', "import type { Y } from './y';\nexport type X = Y[];\n");
    write('src/c/y.ts', "import type {\n  X,\n} from './x';\nexport type Y = { x?: X };\n");
    // Folders a and b import each other through four different files: no file cycle.
    write('src/a/one.ts', "export * from '../b/two';\n");
    write('src/b/two.ts', 'export const two = 2;\n');
    write('src/b/three.ts', "export const load = () => import('../a/four');\n");
    write('src/a/four.ts', "// import { nothing } from '../b/two'; (a comment is no edge)\nexport const four = 4;\n");
    const tree = importGraph(root);
    expect(tree.missing).toEqual([]);
    expect(tree.files.get('src/a/four.ts')).toEqual([]);
    expect(cycles(tree.files)).toEqual([['src/c/x.ts', 'src/c/y.ts']]);
    expect(cycles(folderGraph(tree))).toEqual([['src/a', 'src/b']]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
