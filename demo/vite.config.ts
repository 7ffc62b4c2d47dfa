import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { renderArticle } from './page.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/news-page-russia-japan.txt', import.meta.url));

/** Puts the saved news page into index.html at build time: the page is static HTML. */
function article(): Plugin {
  return {
    name: 'precis-demo-article',
    transformIndexHtml: (html) => html.replace('<!--precis:article-->', renderArticle(readFileSync(fixture, 'utf8'))),
  };
}

// `precis`, `precis/lazy`, `precis/worker*` resolve through package.json's `exports` to the built
// dist/ (a package may import itself by name), so the demo runs exactly what npm would ship.
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [article()],
  worker: { format: 'es' }, // an ES module worker can load the model as a chunk of its own
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096, // the model chunk, loaded on demand, is 3.8 MB (about 1 MB gzip)
  },
});
