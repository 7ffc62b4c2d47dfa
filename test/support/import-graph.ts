import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The import graph of `src/`, read from the TypeScript sources: every `import ... from`,
 * `import type ... from`, `export ... from`, `import('...')` and bare `import '...'` of a relative
 * path (type-only imports count: a cycle of types is still a cycle a reader must untangle).
 */
export interface ImportGraph {
  /** File (relative to the root, `/`-separated) -> the files it imports. */
  readonly files: ReadonlyMap<string, readonly string[]>;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Reads the graph of the `.ts` files under `root/dir`; unresolved relative imports are listed in `missing`. */
export function importGraph(root: string, dir = 'src'): ImportGraph & { readonly missing: readonly string[] } {
  const files = new Map<string, string[]>();
  const missing: string[] = [];
  const name = (path: string): string => relative(root, path).split(sep).join('/');
  for (const file of sourceFiles(join(root, dir))) {
    // Comments are dropped first, so an import written in a doc comment is not an edge.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    const targets = new Set<string>();
    for (const match of code.matchAll(SPECIFIER)) {
      const target = resolveImport(file, match[2] as string);
      if (target === undefined) missing.push(`${name(file)} -> ${match[2]}`);
      else targets.add(name(target));
    }
    files.set(name(file), [...targets].sort());
  }
  return { files, missing };
}

/** The strongly connected components with more than one node (or a self-loop): Tarjan's algorithm. */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * The graph between the folders of `src/` (`src/cli`, `src/batch`, ...; a file at the top of `src/`
 * is its own node): an edge for every import that crosses folders.
 */
export function folderGraph(graph: ImportGraph): Map<string, string[]> {
  const folder = (file: string): string => {
    const parts = file.split('/');
    return parts.length > 2 ? `${parts[0]}/${parts[1]}` : file;
  };
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph.files) {
    const from = folder(file);
    if (!edges.has(from)) edges.set(from, new Set());
    for (const target of targets) if (folder(target) !== from) edges.get(from)?.add(folder(target));
  }
  return new Map([...edges].map(([k, v]) => [k, [...v].sort()]));
}
