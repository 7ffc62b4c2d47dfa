/**
 * `precis https://...`: fetches a page with Node's fetch, within limits, and turns every way it can
 * fail into one line and an exit code. The only code in precis that touches the network; the
 * library never does.
 */
import { CliError } from './io';

/** Exit codes of a failed fetch: retry may help (4), the server said no (5), the body is refused (6). */
export const FETCH_EXIT = Object.freeze({ network: 4, http: 5, refused: 6 });

export interface FetchLimits {
  /** The whole fetch (redirects and body included), in milliseconds. */
  readonly timeoutMs: number;
  /** Longest body accepted, in bytes. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = Object.freeze({ timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 });

/** What was fetched. */
export interface FetchedPage {
  readonly url: string;
  readonly body: string;
  readonly kind: 'html' | 'text';
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain']);

/** True for an argument that is a URL to fetch rather than a file name. */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

function fail(url: string, message: string, code: number): CliError {
  return new CliError(`precis: cannot fetch ${url}: ${message}`, code);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/** The charset of a Content-Type, or of a `<meta charset>` near the start of an HTML body; UTF-8 when none or unknown. */
function decoderFor(contentType: string, head: Uint8Array, html: boolean): TextDecoder {
  const labels: string[] = [];
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader !== undefined) labels.push(fromHeader);
  if (html) {
    const start = new TextDecoder('latin1').decode(head.subarray(0, 1024));
    const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(start)?.[1];
    if (fromMeta !== undefined) labels.push(fromMeta);
  }
  for (const label of labels) {
    try {
      return new TextDecoder(label);
    } catch {
      // an unknown label: try the next one
    }
  }
  return new TextDecoder('utf-8');
}

/** Reads a body up to `maxBytes`, failing as soon as it goes over. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw fail(url, `the page is over the size limit of ${megabytes(maxBytes)} (--max-bytes)`, FETCH_EXIT.refused);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Why a fetch threw, in a few words (DNS, refused connection, TLS...). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset';
  if (typeof cause?.message === 'string' && cause.message !== '') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fetches `url`: at most `maxRedirects` redirects (http and https only), a 2xx status, an HTML or
 * plain-text Content-Type, at most `maxBytes` of body, all within `timeoutMs`.
 */
export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = (): CliError => fail(url, `no complete answer within ${seconds(limits.timeoutMs)} (--timeout)`, FETCH_EXIT.network);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'user-agent': 'precis (+https://www.npmjs.com/package/precis)' },
        });
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        throw fail(url, networkReason(error), FETCH_EXIT.network);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (location === null) throw fail(url, `HTTP ${response.status} without a Location header`, FETCH_EXIT.http);
        if (redirects >= limits.maxRedirects) throw fail(url, `more than ${limits.maxRedirects} redirects`, FETCH_EXIT.http);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail(url, `a redirect to ${next.protocol} (only http and https are followed)`, FETCH_EXIT.http);
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw fail(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, FETCH_EXIT.http);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
      const kind = HTML_TYPES.has(mediaType) ? 'html' : TEXT_TYPES.has(mediaType) ? 'text' : undefined;
      if (kind === undefined) {
        await response.body?.cancel().catch(() => undefined);
        throw fail(url, `the page is ${mediaType === '' ? 'of no declared type' : mediaType}, not HTML or plain text`, FETCH_EXIT.refused);
      }
      const length = Number(response.headers.get('content-length'));
      if (Number.isFinite(length) && length > limits.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw fail(url, `the page is ${megabytes(length)}, over the size limit of ${megabytes(limits.maxBytes)} (--max-bytes)`, FETCH_EXIT.refused);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(response, url, limits.maxBytes);
      } catch (error) {
        if (error instanceof CliError) throw error;
        if (controller.signal.aborted) throw timedOut();
        throw fail(url, networkReason(error), FETCH_EXIT.network);
      }
      return { url: current, body: decoderFor(contentType, bytes, kind === 'html').decode(bytes), kind };
    }
  } finally {
    clearTimeout(timer);
  }
}
