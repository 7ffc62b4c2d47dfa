import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import {
  aggregate,
  baselineName,
  compareEvaluations,
  countWords,
  lead,
  parseRecord,
  precis,
  random,
  scoreDocument,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type BaselineLength,
  type DocumentResult,
  type EvalRecord,
  type System,
} from '../entries/eval';
import { CliError, EXIT, write, type CliIo } from './io';
import { figures, formatReport, type EvalReport, type MalformedRecord } from './eval-report';
import type { Register } from './program';
import { addSummarizeOptions, summarizeOptionsFrom } from './summarize-options';

function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a positive integer.`);
    return Number(value);
  };
}
function seedValue(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 0xffffffff) throw new InvalidArgumentError('seed must be an integer from 0 to 4294967295.');
  return Number(value);
}

interface EvalFlags {
  readonly data: string;
  readonly limit?: number;
  readonly json?: boolean;
  readonly out?: string;
  readonly seed?: number;
  readonly resamples?: number;
}

interface NamedSystem {
  readonly name: string;
  readonly system: System;
  readonly documents: DocumentResult[];
}

function cannotRead(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
  return new CliError(`precis eval: cannot read ${file}: ${why}`, EXIT.unreadable);
}

async function checkReadable(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  if (info.isDirectory()) throw new CliError(`precis eval: cannot read ${file}: is a directory`, EXIT.unreadable);
}

async function openOut(file: string): Promise<WriteStream> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CliError(`precis eval: cannot write ${file}: ${(error as Error).message}`, EXIT.unreadable);
  }
  return stream;
}

/** Non-blank lines of a file, up to `limit` (for the progress bar's total). */
async function countRecords(file: string, limit: number): Promise<number> {
  let n = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (/\S/.test(line)) n++;
    if (n >= limit) break;
  }
  lines.close();
  return n;
}

function outLines(record: EvalRecord, systems: readonly NamedSystem[]): string {
  return systems
    .map((s) => {
      const d = s.documents[s.documents.length - 1] as DocumentResult;
      return `${JSON.stringify({ id: record.id, system: s.name, summary: d.summary.join('\n'), scores: d.scores, words: d.words })}\n`;
    })
    .join('');
}

async function evalCommand(flags: EvalFlags & Record<string, unknown>, io: CliIo): Promise<number> {
  const options = summarizeOptionsFrom(flags);
  const seed = flags.seed ?? DEFAULT_SEED;
  const length: BaselineLength = options.ratio !== undefined ? { ratio: options.ratio } : options.sentences ?? 3;
  const segmentation = options.furniture === false ? { furniture: false } : {};
  // Building the systems validates the options (an invalid one is a usage error) before any I/O.
  const systems: NamedSystem[] = [
    { name: 'precis', system: precis(options), documents: [] },
    { name: baselineName('lead', length), system: lead(length, segmentation), documents: [] },
    { name: baselineName('random', length), system: random(length, seed, segmentation), documents: [] },
  ];
  if (options.sentences === undefined && options.ratio === undefined && (options.maxWords !== undefined || options.maxChars !== undefined)) {
    await write(io.stderr, `precis eval: note: the baselines take ${String(length)} sentences and ignore --max-words/--max-chars; compare the mean words column\n`);
  }

  await checkReadable(flags.data);
  const out = flags.out === undefined ? undefined : await openOut(flags.out);
  // Load the English model now, so that its one-off start-up is not timed as the first document.
  systems[0]?.system({ id: 'warm-up', text: 'The model loads on first use.', summary: 'Warm up.' });
  const limit = flags.limit ?? Infinity;
  const bar = io.stderrIsTTY
    ? new SingleBar(
        { stream: io.stderr, noTTYOutput: true, clearOnComplete: true, hideCursor: true, format: 'precis eval [{bar}] {value}/{total} records | {duration_formatted} elapsed | ETA {eta_formatted}' },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(await countRecords(flags.data, limit), 0);

  const malformed: MalformedRecord[] = [];
  const references: number[] = [];
  const input = createReadStream(flags.data);
  let readError: unknown;
  input.on('error', (error) => {
    readError = error;
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (!/\S/.test(line)) continue;
      const parsed = parseRecord(line, `line-${lineNumber}`);
      if (!parsed.ok) {
        malformed.push({ line: lineNumber, error: parsed.error });
        await write(io.stderr, `precis eval: ${flags.data}:${lineNumber}: malformed record skipped: ${parsed.error}\n`);
        continue;
      }
      for (const s of systems) s.documents.push(scoreDocument(parsed.record, s.system));
      references.push(countWords(parsed.record.summary.split('\n')));
      if (out !== undefined && !out.write(outLines(parsed.record, systems))) await once(out, 'drain');
      bar?.increment();
      if (references.length >= limit) break;
    }
  } finally {
    lines.close();
    input.destroy();
    bar?.stop();
    if (out !== undefined) {
      out.end();
      await once(out, 'close');
    }
  }
  if (readError !== undefined) throw cannotRead(flags.data, readError);

  const documents = references.length;
  if (documents === 0) {
    const why = malformed.length > 0 ? `all ${malformed.length} records are malformed` : 'it holds no records';
    throw new CliError(`precis eval: nothing to evaluate in ${flags.data}: ${why}`, EXIT.unreadable);
  }
  const evaluations = systems.map((s) => aggregate(s.documents));
  const [ours, baseline] = evaluations as [ReturnType<typeof aggregate>, ReturnType<typeof aggregate>];
  const comparison = compareEvaluations(ours, baseline, { seed, resamples: flags.resamples ?? DEFAULT_RESAMPLES });
  const report: EvalReport = {
    data: flags.data,
    documents,
    referenceWords: references.reduce((a, b) => a + b, 0) / documents,
    malformed: { count: malformed.length, records: malformed },
    options: { ...options },
    baselineLength: length,
    systems: systems.map((s, i) => figures(s.name, evaluations[i] as ReturnType<typeof aggregate>)),
    comparison: { system: 'precis', baseline: systems[1]?.name ?? 'lead', ...comparison },
  };
  await write(io.stdout, flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return EXIT.ok;
}

/**
 * `precis eval --data FILE.jsonl`: ROUGE of precis and of the lead and random baselines against the
 * references of a JSONL file, with the paired bootstrap interval of precis − lead.
 */
export const registerEval: Register = (program: Command, io: CliIo, done) => {
  // Without positional options the root command would take this command's -k and --json for itself.
  program.enablePositionalOptions();
  const command = program
    .command('eval')
    .description(
      'score precis and the lead/random baselines with ROUGE against reference summaries (JSONL: {id, text, summary, title?}); ' +
        '-k or --ratio sets the length of all three systems',
    )
    .requiredOption('--data <file>', 'JSONL file, one record {id, text, summary, title?} per line; summary = reference, one sentence per line')
    .addOption(new Option('--limit <n>', 'evaluate only the first n valid records').argParser(positiveInteger('limit')))
    .option('--json', 'print the report as JSON')
    .option('--out <file>', 'write one JSON line per document and system: {id, system, summary, scores, words}')
    .addOption(new Option('--seed <s>', `seed of the random baseline and of the bootstrap (default ${DEFAULT_SEED})`).argParser(seedValue))
    .addOption(new Option('--resamples <n>', `bootstrap resamples (default ${DEFAULT_RESAMPLES})`).argParser(positiveInteger('resamples')))
    .allowExcessArguments(false);
  addSummarizeOptions(command);
  command.action((flags: EvalFlags & Record<string, unknown>) => {
    done(evalCommand(flags, io));
  });
};
