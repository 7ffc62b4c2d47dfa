import { join } from 'node:path';
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
