/**
 * What `precis [file|url]` reads: a text file, an HTML file (by its name or its content, or
 * `--html`), stdin, or a web page (`https://...`, through fetch-page.ts); and how each is
 * summarized (HTML through precis/html).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createSummarizer, countTags, MARKUP_TAGS } from '../entries/internal';
import type { SummarizeOptions } from '../options';
import type { Summary } from '../types';
import { DEFAULT_FETCH_LIMITS, fetchPage, isUrl } from './fetch-page';
import { CliError, EXIT, type CliIo } from './io';
import { integerFlag } from './parsers';
import { readInput } from './read-input';

/** The input, read. */
export interface PageInput {
  readonly kind: 'html' | 'text';
  readonly content: string;
}

/** Adds `--html`/`--no-html`, `--readability`/`--no-readability`, `--timeout` and `--max-bytes`. */
export function addPageOptions(command: Command): Command {
  const positive = (name: string) => (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a positive number, got ${JSON.stringify(value)}.`);
    return n;
  };
  return command
    .addOption(new Option('--html', 'read the input as HTML (default: HTML when the file name or the content says so)'))
    .addOption(new Option('--no-html', 'read the input as plain text'))
    .addOption(new Option('--readability', 'HTML: keep only the main content (Readability) even for a fragment'))
    .addOption(new Option('--no-readability', 'HTML: read the whole page (default: Readability for whole documents)'))
    .addOption(new Option('--timeout <seconds>', 'URL: time limit for the whole download (default 30)').argParser(positive('--timeout')))
    .addOption(new Option('--max-bytes <n>', 'URL: largest page accepted, in bytes (default 20971520, 20 MB)').argParser(integerFlag('--max-bytes', 1)));
}

/** True when `content` (named `name`) is HTML: an .html/.htm/.xhtml name, or markup from its first character on. */
export function looksLikeHtml(content: string, name?: string): boolean {
  if (name !== undefined && /\.x?html?$/i.test(name)) return true;
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  return /^\s*<[a-z!]/i.test(head) && countTags(head) >= MARKUP_TAGS;
}

/**
 * Reads the file, stdin or URL; HTML or text as `--html`/`--no-html`, the Content-Type or the
 * content says. Files and stdin go through `readInput` (gzip decompressed, binary refused).
 */
export async function readPage(file: string | undefined, flags: Record<string, unknown>, io: CliIo, maxInputChars = Infinity): Promise<PageInput> {
  if (file !== undefined && isUrl(file)) {
    const page = await fetchPage(file, {
      ...DEFAULT_FETCH_LIMITS,
      ...(typeof flags.timeout === 'number' ? { timeoutMs: flags.timeout * 1000 } : {}),
      ...(typeof flags.maxBytes === 'number' ? { maxBytes: flags.maxBytes } : {}),
    });
    return { kind: flags.html === false ? 'text' : flags.html === true ? 'html' : page.kind, content: page.body };
  }
  const content = await readInput(file, io, maxInputChars);
  const kind = flags.html === true ? 'html' : flags.html === false ? 'text' : looksLikeHtml(content, file === '-' ? undefined : file) ? 'html' : 'text';
  return { kind, content };
}

/** precis/html's libraries: optional peer dependencies of the package, installed by whoever reads HTML. */
export const HTML_LIBRARIES = 'linkedom@0.18.12 @mozilla/readability htmlparser2';

/**
 * The HTML path, loaded only for HTML, so a text file does not pay for the parser, the DOM and
 * Readability at start-up, and works without them installed.
 */
async function loadHtml(): Promise<typeof import('../entries/html')> {
  try {
    return await import('../entries/html');
  } catch (error) {
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message)?.[1];
    if (missing !== undefined && HTML_LIBRARIES.split(' ').some((library) => library.startsWith(missing))) {
      throw new CliError(`precis: reading HTML needs ${missing} and the other HTML libraries, which are not installed: npm install ${HTML_LIBRARIES}`, EXIT.usage);
    }
    throw error;
  }
}

/** Summarizes the input; `notes` are what the CLI should say about how an HTML page was read. */
export async function summarizePage(input: PageInput, options: SummarizeOptions, flags: Record<string, unknown>): Promise<{ summary: Summary; notes: string[] }> {
  const summarizer = createSummarizer();
  if (input.kind === 'text') return { summary: summarizer.summarize(input.content, options), notes: [] };
  const { summarizeHtml } = await loadHtml();
  const readability = flags.readability === true ? true : flags.readability === false ? false : 'auto';
  const summary = summarizeHtml(summarizer, input.content, { ...options, readability });
  return { summary: summary as unknown as Summary, notes: summary.page.note !== undefined ? [`main content: ${summary.page.note}`] : [] };
}
