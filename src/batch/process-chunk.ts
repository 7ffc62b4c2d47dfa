import type { SummarizeOptions } from '../options';
import { ItemKind, META_FIELDS, type ChunkResult, type RecordChunk } from './chunk';
import { formatError } from './format';
import { asHtml, checkText, isFailure, parseJsonLine, shardKey, type BatchErrorCode, type BatchItem, type RecordFields, type RecordTask } from './records';
import { rawField } from './raw-field';
import { describeKey } from './resume';
import { shardOf, type Shard } from './shard';
import type { RecordResult } from './summarize-record';
import { TallyCounter } from './tally';
import { firstInvalidUtf8 } from './utf8';

/** What a worker needs to turn chunks into output lines; the same for every chunk of a run. */
export interface ChunkSettings {
  readonly options: SummarizeOptions;
  readonly fields: RecordFields;
  readonly maxInputBytes: number;
  /** Only records of this shard get a line; the others are counted. */
  readonly shard: Shard | undefined;
  /**
   * Benchmark only (`--bench-noop`): no parsing, no summarizing; every non-blank record becomes a
   * line of about the size of a real one, so a run measures what the main thread can move.
   */
  readonly noop?: boolean;
}

/** The stderr warning of a record with bytes that are not UTF-8. */
export function invalidUtf8Warning(item: BatchItem): string {
  const within = item.key.line !== undefined ? 'line' : 'file';
  return `${describeKey(item.key)} is not valid UTF-8 (first invalid byte at byte offset ${item.invalidUtf8} of the ${within}, counting from 0); each invalid sequence was read as U+FFFD`;
}

/** Stands for a record of another shard, found so without parsing it (see `surelyOtherShard`). */
const OTHER_SHARD = Symbol('other shard');

/**
 * True when the JSON Lines record on line `number` certainly belongs to another shard, decided
 * without parsing the whole line (a task of a large job array skips most records): its shard key
 * is either its id or its line number, and neither falls in `shard`. Any doubt (the line number or
 * the id falls in `shard`) answers false, and the record is then parsed as usual.
 */
export function surelyOtherShard(bytes: Buffer, number: number, field: string, shard: Shard): boolean {
  if (shardOf(String(number), shard.count) === shard.index) return false;
  // A blank line is no record at all: left to parseJsonLine.
  let blank = true;
  for (let i = 0; blank && i < bytes.length; i++) blank = bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d;
  if (blank) return false;
  let raw: string | undefined;
  try {
    raw = rawField(bytes.toString('utf8'), field);
  } catch {
    return false;
  }
  // No id, an id that is not JSON (then neither is the line), or one that is neither a string nor a
  // finite number: the key is the line number, which is not in the shard.
  if (raw === undefined) return true;
  let id: unknown;
  try {
    id = JSON.parse(raw);
  } catch {
    return true;
  }
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return shardOf(String(id), shard.count) !== shard.index;
  return true;
}

/**
 * The items of a chunk as records (blank lines are not records and are left out), in order. With
 * `shard`, a record of another shard may come as `OTHER_SHARD` instead, unparsed.
 */
export function* chunkItems(chunk: RecordChunk, settings: Pick<ChunkSettings, 'fields' | 'maxInputBytes'>, shard?: Shard): Generator<BatchItem | typeof OTHER_SHARD> {
  const buffer = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
  const { meta, strings } = chunk;
  let start = 0;
  let next = 0;
  for (let m = 0; m < meta.length; m += META_FIELDS) {
    const kind = meta[m]!;
    const number = meta[m + 1]!;
    const end = meta[m + 2]!;
    const bytes = buffer.subarray(start, end);
    start = end;
    let item: BatchItem | undefined;
    if (kind === ItemKind.line || kind === ItemKind.lastLine) {
      if (shard !== undefined && surelyOtherShard(bytes, number, settings.fields.id, shard)) {
        yield OTHER_SHARD;
        continue;
      }
      item = parseJsonLine({ number, bytes, length: bytes.length, unterminated: kind === ItemKind.lastLine }, settings.fields, settings.maxInputBytes);
    } else if (kind === ItemKind.longLine) {
      item = parseJsonLine({ number, bytes: undefined, length: meta[m + 3]!, unterminated: false }, settings.fields, settings.maxInputBytes);
    } else if (kind === ItemKind.file) {
      const key = { id: strings[next++]! };
      item = checkText(key, bytes.toString('utf8'), undefined, settings.fields, settings.maxInputBytes);
      if (/\.html?$/i.test(key.id)) item = asHtml(item); // an .html/.htm file is read as HTML
      const invalid = firstInvalidUtf8(bytes);
      if (invalid !== -1) item = { ...item, invalidUtf8: invalid };
    } else {
      const key = { id: strings[next++]! };
      item = { key, error: { code: strings[next++] as BatchErrorCode, message: strings[next++]! } };
    }
    if (item !== undefined) yield item;
  }
}

/** About the size of a real output line on news (806 bytes on average on the CNN dev set). */
const NOOP_PAD = ' '.repeat(780);

/** Counts the items of a chunk that are records, without parsing them (for `noop`). */
function* noopLines(chunk: RecordChunk): Generator<string> {
  const { meta } = chunk;
  let start = 0;
  for (let m = 0; m < meta.length; m += META_FIELDS) {
    const end = meta[m + 2]!;
    let blank = meta[m] === ItemKind.line || meta[m] === ItemKind.lastLine;
    for (let i = start; blank && i < end; i++) blank = chunk.bytes[i] === 0x20 || chunk.bytes[i] === 0x09 || chunk.bytes[i] === 0x0d;
    start = end;
    if (!blank) yield `{"line":${meta[m + 1]},"noop":"${NOOP_PAD}"}`;
  }
}

/**
 * Turns chunks into output lines: parses each record, keeps those of the shard, summarizes them
 * with `summarizeRecord` and formats their lines (or error lines), in input order. This is the work
 * of a batch worker thread; the main thread runs it itself with `--workers 0`, and, with a
 * `summarizeRecord` that fails every record, for the chunk of a worker that died.
 */
export function chunkProcessor(settings: ChunkSettings, summarizeRecord: (task: RecordTask) => RecordResult): (chunk: RecordChunk) => ChunkResult {
  const encoder = new TextEncoder();
  return (chunk) => {
    let out = '';
    let lines = 0;
    let otherShards = 0;
    const tally = new TallyCounter();
    const warnings: string[] = [];
    if (settings.noop === true) {
      for (const line of noopLines(chunk)) {
        out += `${line}\n`;
        lines += 1;
      }
      return { bytes: encoder.encode(out), lines, otherShards, ok: lines, errors: 0, errorCodes: {}, warningCodes: {}, warnings };
    }
    const { shard } = settings;
    for (const item of chunkItems(chunk, settings, shard)) {
      if (item === OTHER_SHARD || (shard !== undefined && shardOf(shardKey(item.key), shard.count) !== shard.index)) {
        otherShards += 1;
        continue;
      }
      if (item.invalidUtf8 !== undefined) warnings.push(invalidUtf8Warning(item));
      const result: RecordResult = isFailure(item) ? { json: formatError(item.key, item.error), warnings: [], error: item.error.code } : summarizeRecord(item);
      out += `${result.json}\n`;
      lines += 1;
      tally.record(result.error, result.warnings);
    }
    return { bytes: encoder.encode(out), lines, otherShards, ...tally.tally(), warnings };
  };
}
