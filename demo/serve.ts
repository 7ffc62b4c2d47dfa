/**
 * `npm run demo`: builds the demo (after the library: the demo imports the built dist/) and serves
 * it on http://127.0.0.1:4173/ until Ctrl-C. `PORT=8080 npm run demo` picks another port.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDemo } from './build';
import { serveStatic } from './server';

const demo = await buildDemo();
for (const file of demo.files.filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(join(demo.outDir, file));
  const note = file === demo.firstChunk ? '  (first chunk)' : '';
  console.log(`${file.padEnd(44)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(7)} KB gzip${note}`);
}
const server = await serveStatic(demo.outDir, { port: Number(process.env.PORT ?? 4173) });
console.log(`\nprecis demo: ${server.url}  (worker mode; ${server.url}?mode=main runs on the main thread)\nCtrl-C to stop.`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
