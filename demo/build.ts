/** Builds the demo with Vite (vite.config.ts) into demo/dist and lists what came out. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const demoDir = fileURLToPath(new URL('.', import.meta.url));
export const demoOutDir = join(demoDir, 'dist');

export interface DemoBuild {
  readonly outDir: string;
  /** The script index.html loads: the page's first chunk, relative to outDir. */
  readonly firstChunk: string;
  /** Every file written, relative to outDir. */
  readonly files: readonly string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The module script an HTML page loads first. */
export function firstScript(html: string): string {
  const match = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/.exec(html);
  if (match === null) throw new Error('index.html loads no module script');
  return (match[1] as string).replace(/^\.\//, '');
}

export async function buildDemo(): Promise<DemoBuild> {
  await build({ configFile: join(demoDir, 'vite.config.ts'), logLevel: 'warn' });
  const files = walk(demoOutDir).map((f) => relative(demoOutDir, f)).sort();
  return { outDir: demoOutDir, firstChunk: firstScript(readFileSync(join(demoOutDir, 'index.html'), 'utf8')), files };
}
