import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { BatchError, reason } from './errors';
import { decompressed } from '../io/decompress';
import { isDirectoryStream } from '../io/stdin';
import { splitLines, type RawLine } from '../io/lines';
import { LINE_LIMIT_FACTOR, asHtml, checkText, parseJsonLine, type BatchItem, type RecordError, type RecordFields } from './records';
import { firstInvalidUtf8 } from './utf8';

/**
 * A record as read, before parsing: a JSON Lines line, or the bytes of a file of a directory input
 * (or why that file could not be read). Parsing is the workers' job (`chunkItems`).
 */
export type RawItem =
  | { readonly kind: 'line'; readonly line: RawLine }
  | { readonly kind: 'file'; readonly id: string; readonly bytes: Buffer }
  | { readonly kind: 'failedFile'; readonly id: string; readonly error: RecordError };

/** An opened input: its records in order, and what is known of its size for progress. */
export interface BatchInput {
  /** Records in input order, unparsed; reading happens only as this is iterated. */
  readonly items: AsyncIterable<RawItem>;
  /** Bytes of the input itself (compressed, for gzip); known for files. */
  readonly totalBytes?: number;
  /** Number of records; known for directories. */
  readonly totalRecords?: number;
  /** Bytes read so far (before decompression). */
  bytesRead(): number;
  /** Stops reading (on interruption). */
  close(): void;
}

/** How records are read. */
export interface InputSettings {
  readonly fields: RecordFields;
  readonly maxInputBytes: number;
}

const TEXT_EXTENSIONS = /\.(txt|md|html?)$/i;

async function* jsonlItems(bytes: AsyncIterable<Buffer>, settings: InputSettings, name: string): AsyncGenerator<RawItem> {
  let last = 0;
  try {
    for await (const line of splitLines(bytes, LINE_LIMIT_FACTOR * settings.maxInputBytes)) {
      last = line.number;
      yield { kind: 'line', line };
    }
  } catch (error) {
    if (error instanceof BatchError) throw error;
    // A torn line after `last` is not reported as a record: the input stops, it does not end there.
    const where = last === 0 ? 'before its first complete line' : `after line ${last}`;
    throw new BatchError('unreadable', `cannot read ${name}: ${reason(error)} ${where}`);
  }
}

/** A JSON Lines stream (stdin), plain or gzip. */
function openStream(stream: Readable, settings: InputSettings): BatchInput {
  const counter = { bytes: 0 };
  return {
    items: jsonlItems(decompressed(stream, counter), settings, 'stdin'),
    bytesRead: () => counter.bytes,
    close: () => stream.pause(),
  };
}

/** A JSON Lines file, plain or gzip. */
function openJsonlFile(file: string, size: number, settings: InputSettings): BatchInput {
  const counter = { bytes: 0 };
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  return {
    items: jsonlItems(decompressed(stream, counter), settings, file),
    totalBytes: size,
    bytesRead: () => counter.bytes,
    close: () => stream.destroy(),
  };
}

/** Every `.txt`/`.md`/`.html`/`.htm` file under `dir`, as `/`-separated paths relative to it, sorted. */
async function listTextFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (TEXT_EXTENSIONS.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(join(dir, path)))))) found.push(path);
    }
  };
  await walk('');
  // Code-unit order: the same on every machine and locale (LC_ALL=C sort for ASCII names).
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function* directoryItems(dir: string, files: readonly string[], settings: InputSettings, counter: { bytes: number; closed: boolean }): AsyncGenerator<RawItem> {
  for (const id of files) {
    if (counter.closed) return;
    const path = join(dir, ...id.split('/'));
    let item: RawItem;
    try {
      const info = await stat(path);
      counter.bytes += info.size;
      item =
        info.size > settings.maxInputBytes
          ? { kind: 'failedFile', id, error: { code: 'TOO_LARGE', message: `File is ${info.size} bytes, over --max-input-bytes (${settings.maxInputBytes})` } }
          : { kind: 'file', id, bytes: await readFile(path) };
    } catch (error) {
      item = { kind: 'failedFile', id, error: { code: 'UNREADABLE_FILE', message: `Cannot read the file: ${reason(error)}` } };
    }
    yield item;
  }
}

/** A raw item parsed on the calling thread (`--resume` checks the records it skips this way). */
export function parseRawItem(raw: RawItem, settings: InputSettings): BatchItem | undefined {
  if (raw.kind === 'line') return parseJsonLine(raw.line, settings.fields, settings.maxInputBytes);
  const key = { id: raw.id };
  if (raw.kind === 'failedFile') return { key, error: raw.error };
  const checked = checkText(key, raw.bytes.toString('utf8'), undefined, settings.fields, settings.maxInputBytes);
  const item = /\.html?$/i.test(raw.id) ? asHtml(checked) : checked;
  const invalid = firstInvalidUtf8(raw.bytes);
  return invalid === -1 ? item : { ...item, invalidUtf8: invalid };
}

/** A directory of `.txt`/`.md`/`.html`/`.htm` files (HTML summarized as HTML): one record per file, id = relative path, in sorted order. */
async function openDirectory(dir: string, settings: InputSettings): Promise<BatchInput> {
  let files: string[];
  try {
    files = await listTextFiles(dir);
  } catch (error) {
    throw new BatchError('unreadable', `cannot read ${dir}: ${reason(error)}`);
  }
  const counter = { bytes: 0, closed: false };
  return {
    items: directoryItems(dir, files, settings, counter),
    totalRecords: files.length,
    bytesRead: () => counter.bytes,
    close: () => {
      counter.closed = true;
    },
  };
}

/**
 * Opens `--in`: `-` for stdin (JSON Lines), a directory of `.txt`/`.md` files, or a JSON Lines file
 * (gzip detected by content). Throws a `BatchError` (`unreadable`) when it cannot be read.
 */
export async function openInput(spec: string, stdin: Readable, settings: InputSettings): Promise<BatchInput> {
  if (spec === '-') {
    // A directory on stdin (`precis batch < dir`) reads as an empty stream: say what it is instead.
    if (await isDirectoryStream(stdin)) throw new BatchError('unreadable', 'cannot read stdin: is a directory (to summarize its files, use --in DIR)');
    return openStream(stdin, settings);
  }
  let info;
  try {
    info = await stat(spec);
  } catch (error) {
    throw new BatchError('unreadable', `cannot read ${spec}: ${reason(error)}`);
  }
  if (info.isDirectory()) return openDirectory(spec, settings);
  // Open once up front so that a permission error is reported before any output is touched.
  try {
    await (await open(spec, 'r')).close();
  } catch (error) {
    throw new BatchError('unreadable', `cannot read ${spec}: ${reason(error)}`);
  }
  return openJsonlFile(spec, info.size, settings);
}
