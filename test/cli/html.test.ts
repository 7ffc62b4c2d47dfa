import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from '../../src/entries/index';
import { runCli } from '../support/cli';

/**
 * `precis page.html`, `precis --html`, and `precis https://...` against a local HTTP server:
 * redirects, a slow answer, a 404, a type that is not HTML, an oversize body, a refused connection.
 */

const fixtures = join(__dirname, '..', '..', 'fixtures');
const TEXT_FILE = join(fixtures, 'news-page-russia-japan.txt');
const PRETTY = join(fixtures, 'html', 'news-page-pretty.html');
const FRAGMENT = join(fixtures, 'html', 'news-page-fragment.html');
const text = readFileSync(TEXT_FILE, 'utf8');
const pretty = readFileSync(PRETTY, 'utf8');
const expected = summarize(text).sentences.map((s) => `${s.text}\n`).join('');

let server: Server;
let base: string;
const slow = new Set<() => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      response.writeHead(n === 0 ? 301 : 302, { location: n === 0 ? '/page.html' : `/redirect/${n - 1}` }).end();
    } else if (path === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pretty);
    } else if (path === '/text') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(text);
    } else if (path === '/latin1') {
      const body = Buffer.from(`<html><body><p>${'Caf\u00e9 owners in the old town met on Monday to discuss rents. '.repeat(3)}</p></body></html>`, 'latin1');
      response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(body);
    } else if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>The start of a page that never ends.');
      slow.add(() => response.end());
    } else if (path === '/pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    } else if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) }).end(' '.repeat(3 * 1024 * 1024));
    } else if (path === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 40; i++) response.write(`<p>${'x'.repeat(100_000)}</p>`);
      response.end();
    } else if (path === '/ftp') {
      response.writeHead(302, { location: 'ftp://example.org/page' }).end();
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of slow) end();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('precis on HTML files', () => {
  it('detects HTML by the file name or the content and prints the summary like a text file', async () => {
    for (const file of [PRETTY, join(fixtures, 'html', 'news-page-minified.html'), FRAGMENT]) {
      const { code, stdout, stderr } = await runCli([file]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(expected);
    }
    // On stdin there is no name: the content says it (a doctype here).
    expect((await runCli(['-'], pretty)).stdout).toBe(expected);
    expect((await runCli([], readFileSync(FRAGMENT, 'utf8'))).stdout).toBe(expected);
  });

  it('--html and --no-html force the reading; --no-readability reads the whole page', async () => {
    const asText = await runCli(['--no-html', PRETTY]);
    expect(asText.code).toBe(0);
    expect(asText.stderr).toMatch(/looks like HTML or XML source/);
    const forced = await runCli(['--html', '-'], '<p>The council met on Tuesday to discuss the new budget of the schools.</p>');
    expect(forced.stdout).toBe('The council met on Tuesday to discuss the new budget of the schools.\n');
    expect((await runCli(['--no-readability', PRETTY])).stdout).toBe(expected);
  });

  it('--json gives each sentence its place in the HTML source', async () => {
    const summary = JSON.parse((await runCli(['--json', PRETTY])).stdout);
    expect(summary.page.readability).toBe('used');
    for (const s of summary.sentences) {
      expect(summary.page.text.slice(s.start, s.end)).toBe(s.text);
      expect(pretty.slice(s.source.start, s.source.end).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toBe(s.text);
    }
  });

  it('says when main-content extraction was skipped and the whole page was read', async () => {
    const html = `<html><body>${'<div>'.repeat(300)}<p>The council met on Tuesday to discuss the new budget.</p></body></html>`;
    const { code, stdout, stderr } = await runCli(['-k', '1', '-'], html);
    expect(code).toBe(0);
    expect(stdout).toBe('The council met on Tuesday to discuss the new budget.\n');
    expect(stderr).toBe('precis: warning: main content: the page nests elements 303 deep (main-content extraction stops at 256): the whole page was read\n');
  });
});

describe('precis https://...', () => {
  it('fetches a page and summarizes it, following up to 5 redirects', async () => {
    expect(await runCli([`${base}/page.html`])).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect((await runCli([`${base}/redirect/4`])).stdout).toBe(expected); // 5 redirects
    expect((await runCli([`${base}/text`])).stdout).toBe(expected);
  });

  it('decodes the charset the server names', async () => {
    const { stdout } = await runCli([`${base}/latin1`, '-k', '1']);
    expect(stdout).toBe('Café owners in the old town met on Monday to discuss rents.\n');
  });

  it.each([
    ['/redirect/5', [], 5, /more than 5 redirects/],
    ['/ftp', [], 5, /a redirect to ftp: \(only http and https are followed\)/],
    ['/missing', [], 5, /HTTP 404 Not Found/],
    ['/pdf', [], 6, /the page is application\/pdf, not HTML or plain text/],
    ['/big', ['--max-bytes', '1048576'], 6, /the page is 3 MB, over the size limit of 1 MB \(--max-bytes\)/],
    ['/big-chunked', ['--max-bytes', '1048576'], 6, /over the size limit of 1 MB/],
    ['/slow', ['--timeout', '0.5'], 4, /no complete answer within 0.5 s \(--timeout\)/],
  ])('%s %j: exit %i, one line on stderr', async (path, flags, exit, message) => {
    const { code, stdout, stderr } = await runCli([`${base}${path}`, ...flags]);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(new RegExp(`^precis: cannot fetch ${base}${path}: `));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a refused connection: exit 4', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await runCli([`http://127.0.0.1:${port}/`]);
    expect(code).toBe(4);
    expect(stderr).toMatch(/connection was refused/);
  });

  it('rejects bad limits as usage errors', async () => {
    expect((await runCli([`${base}/page.html`, '--timeout', '0'])).code).toBe(1);
    expect((await runCli([`${base}/page.html`, '--max-bytes', '1.5'])).code).toBe(1);
  });
});

describe('precis batch with HTML', () => {
  it('summarizes an `html` field and .html files in a directory as HTML, offsets into the HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-html-batch-'));
    try {
      const jsonl = join(dir, 'in.jsonl');
      writeFileSync(jsonl, `${JSON.stringify({ id: 'page', html: pretty })}\n${JSON.stringify({ id: 'text', text })}\n`);
      const lines = (await runCli(['batch', '--workers', '0', '--quiet', '--in', jsonl])).stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['page', 'text']);
      expect(lines[0].summary).toBe(lines[1].summary);
      expect(`${lines[0].summary}\n`).toBe(expected);
      for (const s of lines[0].sentences) expect(pretty.slice(s.start, s.end).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toBe(text.slice(lines[1].sentences[lines[0].sentences.indexOf(s)].start, lines[1].sentences[lines[0].sentences.indexOf(s)].end));
      const pages = join(dir, 'pages');
      mkdirSync(pages);
      copyFileSync(PRETTY, join(pages, 'a.html'));
      copyFileSync(FRAGMENT, join(pages, 'b.HTM'));
      copyFileSync(TEXT_FILE, join(pages, 'c.txt'));
      const records = (await runCli(['batch', '--workers', '0', '--quiet', '--in', pages])).stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(records.map((r) => r.id)).toEqual(['a.html', 'b.HTM', 'c.txt']);
      for (const r of records) expect(`${r.summary}\n`).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
