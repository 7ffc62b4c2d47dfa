import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { BatchError } from '../batch/errors';
import { DEFAULT_FIELDS, DEFAULT_MAX_INPUT_BYTES, type BatchConfig } from '../batch/options';
import { mergeShards, mergeSummaryLine } from '../batch/merge';
import { runBatch } from '../batch/run';
import { parseShard } from '../batch/shard';
import { summaryLine, type BatchStats } from '../batch/stats';
import { createSummarizer } from '../entries/internal';
import { batchProgressBar } from './batch-progress';
import { CliError, EXIT, reason, write, type CliIo } from './io';
import { integerFlag } from './parsers';
import type { Register } from './command';
import { addSummarizeOptions, summarizeOptionsFrom } from './summarize-options';
import { version } from './version';

interface BatchFlags {
  readonly in: string;
  readonly out: string;
  readonly idField: string;
  readonly textField: string;
  readonly titleField: string;
  readonly maxInputBytes: number;
  readonly workers: number;
  readonly resume?: boolean;
  readonly shard?: string;
  readonly quiet?: boolean;
  readonly statsJson?: string;
  readonly benchNoop?: boolean;
}

function fieldName(value: string): string {
  if (value === '') throw new InvalidArgumentError('a field name cannot be empty.');
  return value;
}
function shardValue(value: string): string {
  try {
    parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message}.`);
  }
  return value;
}

/** The built worker script, next to the built command (dist/cli/). */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url);

/**
 * Stops the run on the first SIGINT/SIGTERM (after the lines being written; exit 130); a second
 * one exits at once. Returns the signal and a function that removes the handlers.
 */
function interruptions(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  let received = 0;
  const onSignal = (): void => {
    received += 1;
    if (received === 1) controller.abort();
    else process.exit(EXIT.interrupted);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Warnings printed on stderr per run, at most; the output lines carry every warning's code. */
const MAX_WARNINGS = 10;

/** Prints warnings on stderr (`precis batch: warning: ...`), the first `MAX_WARNINGS` of them. */
function warningPrinter(io: CliIo, beforeEach: () => void): (message: string) => void {
  let printed = 0;
  return (message) => {
    printed += 1;
    if (printed > MAX_WARNINGS + 1) return;
    beforeEach();
    io.stderr.write(
      printed <= MAX_WARNINGS
        ? `precis batch: warning: ${message}\n`
        : `precis batch: warning: more warnings are not shown; the output lines carry their codes (e.g. INVALID_UTF8)\n`,
    );
  };
}

/** There is nowhere left to report an error of stderr itself. */
const ignoreError = (): void => {};

/** Exit status of a run refused because another run is writing its --out (sysexits' EX_TEMPFAIL: try again later). */
const EXIT_LOCKED = 75;

/** Exit status of `batch merge` when the shard outputs do not make a whole (a shard missing, interrupted, a record twice). */
const EXIT_INCOMPLETE = 4;

/** Exit codes of the failures that stop a run. */
const FAILURE_EXIT = {
  usage: EXIT.usage,
  unreadable: EXIT.unreadable,
  unwritable: EXIT.unreadable,
  closed: EXIT.brokenPipe,
  locked: EXIT_LOCKED,
  incomplete: EXIT_INCOMPLETE,
} as const;

/**
 * With --resume, the earlier attempts of the same output and shard that wrote their statistics
 * (SIGTERM does, SIGKILL cannot): their number and seconds, so a requeued shard's total time adds up.
 */
async function earlierAttempts(file: string, output: string, shard: string | null): Promise<{ attempts: number; seconds: number }> {
  try {
    const previous = JSON.parse(await readFile(file, 'utf8')) as { output?: unknown; shard?: unknown; attempts?: unknown; seconds?: unknown; secondsAllAttempts?: unknown };
    if (previous.output !== output || previous.shard !== shard) return { attempts: 0, seconds: 0 };
    const seconds = typeof previous.secondsAllAttempts === 'number' ? previous.secondsAllAttempts : typeof previous.seconds === 'number' ? previous.seconds : 0;
    return { attempts: typeof previous.attempts === 'number' ? previous.attempts : 1, seconds };
  } catch {
    return { attempts: 0, seconds: 0 };
  }
}

async function batchCommand(flags: BatchFlags & Record<string, unknown>, io: CliIo): Promise<number> {
  const options = summarizeOptionsFrom(flags);
  createSummarizer(options); // validates the options (a usage error) before any I/O; loads nothing
  const config: BatchConfig = {
    input: flags.in,
    output: flags.out,
    fields: { id: flags.idField, text: flags.textField, title: flags.titleField },
    // Worker threads get the options by structured clone, which keeps no class: an IDF model
    // travels as its JSON and is rebuilt there (recordSummarizer).
    options: options.idf === undefined ? options : ({ ...options, idf: options.idf.toJSON() } as unknown as typeof options),
    maxInputBytes: flags.maxInputBytes,
    workers: flags.workers,
    workerUrl: WORKER_URL,
    resume: flags.resume === true,
    shard: flags.shard !== undefined ? parseShard(flags.shard) : undefined,
    ...(flags.benchNoop === true ? { noop: true } : {}),
  };
  const bar = batchProgressBar(io, flags.quiet === true);
  // Clears the bar's line first, which the bar draws again on its next update.
  const onWarning = warningPrinter(io, () => bar !== undefined && io.stderr.write('\r\x1b[2K'));
  const { signal, dispose } = interruptions();
  // stderr may be a closed pipe too (`2>&1 | head`): its errors must not crash the process. The
  // listener stays, for the message of a failed run, which is written after this returns.
  if (!io.stderr.listeners('error').includes(ignoreError)) io.stderr.on('error', ignoreError);
  // A run that neither finishes nor fails (a bug: a stream that never calls back) would let the
  // process exit 0 with part of the output once nothing is left to wait for: fail loudly instead.
  const unfinished = (): void => {
    io.stderr.write('precis batch: internal error: the run stopped before its end (a bug, please report it); the output is incomplete\n');
    process.exitCode = EXIT.internal;
  };
  process.once('beforeExit', unfinished);
  let stats: BatchStats;
  try {
    stats = await runBatch(config, { stdin: io.stdin, stdout: io.stdout, signal, onProgress: (p) => bar?.update(p), onWarning });
  } catch (error) {
    if (error instanceof BatchError) {
      // The reader of the output went away (`precis batch | head`): it wanted no more, so stop
      // quietly, with the status a shell gives a process that a closed pipe ended.
      if (error.failure === 'closed') return EXIT.brokenPipe;
      throw new CliError(`precis batch: ${error.message}`, FAILURE_EXIT[error.failure]);
    }
    throw error;
  } finally {
    process.off('beforeExit', unfinished);
    bar?.stop();
    dispose();
  }
  if (flags.statsJson !== undefined) {
    const usage = process.resourceUsage();
    const earlier = config.resume ? await earlierAttempts(flags.statsJson, config.output, flags.shard ?? null) : { attempts: 0, seconds: 0 };
    const report = {
      ...stats,
      attempts: earlier.attempts + 1,
      secondsAllAttempts: earlier.seconds + stats.seconds,
      input: config.input,
      output: config.output,
      shard: flags.shard ?? null,
      options,
      fields: config.fields,
      maxInputBytes: config.maxInputBytes,
      // Both cover the worker threads (same process); maxRSS is in kilobytes, CPU times in µs.
      peakRssBytes: usage.maxRSS * 1024,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      version,
    };
    try {
      await writeFile(flags.statsJson, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      throw new CliError(`precis batch: cannot write ${flags.statsJson}: ${reason(error)}`, EXIT.unreadable);
    }
  }
  if (flags.quiet !== true) await write(io.stderr, `${summaryLine(stats)}\n`).catch(() => {}); // nowhere left to report to
  if (stats.interrupted) return EXIT.interrupted;
  return stats.errors > 0 ? EXIT.recordErrors : EXIT.ok;
}

/**
 * `precis batch`: summarizes a corpus (JSON Lines, gzip, a directory of .txt/.md, or stdin) into
 * JSON Lines, one line per record in input order, on a pool of worker threads.
 */
export const registerBatch: Register = (program: Command, io: CliIo, done) => {
  // Without positional options the root command would take this command's -k for itself.
  program.enablePositionalOptions();
  const command = program
    .command('batch')
    .description(
      'summarize a corpus: one JSON line per record, in input order ({id, line, summary, sentences, stats, warnings} or {id, line, error}); ' +
        'exit 0 all ok, 3 some error lines, 1 usage, 2 unreadable input or unwritable output, 75 --out locked by another run, 130 interrupted, 141 output closed by its reader',
    )
    .addOption(new Option('--in <path>', 'JSON Lines file (.jsonl or .jsonl.gz), directory of .txt/.md/.html files, or - for stdin').default('-'))
    .addOption(new Option('--out <file>', 'output JSON Lines file, or - for stdout').default('-'))
    .addOption(new Option('--id-field <name>', 'field with the record id').default(DEFAULT_FIELDS.id).argParser(fieldName))
    .addOption(new Option('--text-field <name>', 'field with the text').default(DEFAULT_FIELDS.text).argParser(fieldName))
    .addOption(new Option('--title-field <name>', 'field with the title (string or null)').default(DEFAULT_FIELDS.title).argParser(fieldName))
    .addOption(
      new Option('--max-input-bytes <n>', 'texts longer than this (UTF-8 bytes) become TOO_LARGE error lines')
        .default(DEFAULT_MAX_INPUT_BYTES)
        .argParser(integerFlag('--max-input-bytes', 1)),
    )
    .addOption(
      new Option('--workers <n>', 'worker threads (0: summarize on the main thread)')
        .default(availableParallelism(), 'number of CPUs')
        .argParser(integerFlag('--workers', 0)),
    )
    .option('--resume', 'continue an interrupted --out: keep its complete lines, append the rest')
    .addOption(new Option('--shard <i/n>', 'only records whose id hashes to shard i of n (0 <= i < n; MD5)').argParser(shardValue))
    .option('--quiet', 'no progress bar and no summary line on stderr')
    .option('--stats-json <file>', 'write the run statistics as JSON to this file')
    // bench/batch.ts only: measures what the main thread can move (no parsing, no summaries).
    .addOption(new Option('--bench-noop').hideHelp())
    .allowExcessArguments(false);
  addSummarizeOptions(command);
  command.action((flags: BatchFlags & Record<string, unknown>) => {
    done(batchCommand(flags, io));
  });
  command
    .command('merge')
    .description(
      'merge the outputs of every --shard i/n of one run into input order, checking from their --stats-json files ' +
        '(SHARD.jsonl -> SHARD.stats.json) that every record is there once; exit 0 complete, 4 incomplete, 1 usage, 2 unreadable',
    )
    .argument('<shard-outputs...>', 'the shard outputs, e.g. out/shard-*.jsonl')
    .addOption(new Option('--out <file>', 'the merged JSON Lines file, or - for stdout').default('-'))
    .option('--quiet', 'no summary line on stderr')
    .option('--stats-json <file>', 'write the shards\' statistics, added up, to this file')
    .action((files: string[], flags: { out: string; quiet?: boolean; statsJson?: string }) => {
      done(mergeCommand(files, flags, io));
    });
};

async function mergeCommand(files: readonly string[], flags: { out: string; quiet?: boolean; statsJson?: string }, io: CliIo): Promise<number> {
  if (!io.stderr.listeners('error').includes(ignoreError)) io.stderr.on('error', ignoreError);
  let stats;
  try {
    stats = await mergeShards(files, flags.out, io.stdout);
  } catch (error) {
    if (error instanceof BatchError) {
      if (error.failure === 'closed') return EXIT.brokenPipe;
      throw new CliError(`precis batch merge: ${error.message}`, FAILURE_EXIT[error.failure]);
    }
    throw error;
  }
  if (flags.statsJson !== undefined) {
    try {
      await writeFile(flags.statsJson, `${JSON.stringify(stats, null, 2)}\n`);
    } catch (error) {
      throw new CliError(`precis batch merge: cannot write ${flags.statsJson}: ${reason(error)}`, EXIT.unreadable);
    }
  }
  if (flags.quiet !== true) await write(io.stderr, `${mergeSummaryLine(stats)}\n`).catch(() => {});
  return EXIT.ok;
}
