import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import { createSummarizer, snowballFor, countWords } from '../entries/internal';
import {
  aggregate,
  compareEvaluations,
  lead,
  parseRecord,
  precisCandidates,
  precisSystem,
  random,
  rouge,
  rougeUnicode,
  scoreDocument,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type BaselineLength,
  type DocumentResult,
  type EvalRecord,
  type Scorer,
  type Evaluation,
  type System,
} from '../entries/eval';
import { textLines } from '../io/text-lines';
import { CliError, EXIT, reason, write, type CliIo } from './io';
import { figures, formatReport, healthWarnings, type EvalReport, type MalformedRecord } from './eval-report';
import { integerFlag } from './parsers';
import { progressBar } from './progress';
import type { Register } from './command';
import { addSummarizeOptions, summarizeOptionsFrom } from './summarize-options';

/** Longest line of a data file read (a record's JSON): far above any news article. */
const MAX_LINE_BYTES = 256 << 20;

interface EvalFlags {
  readonly data: string;
  readonly limit?: number;
  readonly json?: boolean;
  readonly out?: string;
  readonly seed?: number;
  readonly resamples?: number;
  readonly rouge?: 'rouge155' | 'unicode';
}

interface NamedSystem {
  readonly name: string;
  readonly system: System;
  readonly documents: DocumentResult[];
}

function cannotRead(file: string, error: unknown): CliError {
  return new CliError(`precis eval: cannot read ${file}: ${reason(error)}`, EXIT.unreadable);
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
    throw new CliError(`precis eval: cannot write ${file}: ${reason(error)}`, EXIT.unreadable);
  }
  return stream;
}

/** Non-blank lines of a file (gzip or not), up to `limit` (for the progress bar's total). */
async function countRecords(file: string, limit: number): Promise<number> {
  let n = 0;
  for await (const line of textLines(file, MAX_LINE_BYTES)) {
    if (line.text === undefined || /\S/.test(line.text)) n++;
    if (n >= limit) break;
  }
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

/** The name a report gives a baseline: `lead-3`, `random-45%`. */
function baselineName(kind: string, length: BaselineLength): string {
  return typeof length === 'number' ? `${kind}-${length}` : `${kind}-${+(length.ratio * 100).toFixed(2)}%`;
}

async function evalCommand(flags: EvalFlags & Record<string, unknown>, io: CliIo): Promise<number> {
  const options = summarizeOptionsFrom(flags);
  const seed = flags.seed ?? DEFAULT_SEED;
  const length: BaselineLength = options.ratio !== undefined ? { ratio: options.ratio } : options.sentences ?? 3;
  const segmentation = { ...(options.furniture === false ? { furniture: false } : {}), ...(options.language !== undefined ? { language: options.language } : {}) };
  // ROUGE-1.5.5 drops every non-ASCII letter: another language is scored on Unicode words.
  const language = options.language === undefined || options.language === 'auto' ? 'en' : options.language;
  const rougeMode = flags.rouge ?? (/^en(?:$|-)/i.test(language) ? 'rouge155' : 'unicode');
  const stem = rougeMode === 'unicode' ? snowballFor(language) : undefined;
  const scorer: Scorer = rougeMode === 'unicode' ? (s, r) => rougeUnicode(s, r, { language, ...(stem !== undefined ? { stem } : {}) }) : rouge;
  const lead3 = baselineName('lead', length);
  // Building the systems validates the options (an invalid one is a usage error) before any I/O.
  // The plain baselines share nothing with precis; the filtered lead takes precis's candidates.
  const systems: NamedSystem[] = [
    { name: 'precis', system: precisSystem(createSummarizer(options)), documents: [] },
    { name: lead3, system: lead(length), documents: [] },
    { name: `${lead3} filtered`, system: lead(length, { split: precisCandidates(createSummarizer(segmentation)) }), documents: [] },
    { name: baselineName('random', length), system: random(length, seed), documents: [] },
  ];
  if (options.sentences === undefined && options.ratio === undefined && (options.maxWords !== undefined || options.maxChars !== undefined)) {
    await write(io.stderr, `precis eval: note: the baselines take ${String(length)} sentences and ignore --max-words/--max-chars; compare the mean words column\n`);
  }

  await checkReadable(flags.data);
  const out = flags.out === undefined ? undefined : await openOut(flags.out);
  // Load the English model now, so that its one-off start-up is not timed as the first document.
  systems[0]?.system({ id: 'warm-up', text: 'The model loads on first use.', summary: 'Warm up.' });
  const limit = flags.limit ?? Infinity;
  const bar = progressBar(io, 'precis eval [{bar}] {value}/{total} records | {duration_formatted} elapsed | ETA {eta_formatted}');
  if (bar !== undefined) bar.start(await countRecords(flags.data, limit).catch(() => 0), 0);

  const malformed: MalformedRecord[] = [];
  const references: number[] = [];
  try {
    for await (const line of textLines(flags.data, MAX_LINE_BYTES)) {
      if (line.text !== undefined && !/\S/.test(line.text)) continue;
      const parsed = line.text === undefined ? { ok: false as const, error: `the line is over ${MAX_LINE_BYTES} bytes` } : parseRecord(line.text, `line-${line.number}`);
      if (!parsed.ok) {
        malformed.push({ line: line.number, error: parsed.error });
        await write(io.stderr, `precis eval: ${flags.data}:${line.number}: malformed record skipped: ${parsed.error}\n`);
        continue;
      }
      for (const s of systems) s.documents.push(scoreDocument(parsed.record, s.system, scorer));
      references.push(countWords(parsed.record.summary));
      if (out !== undefined && !out.write(outLines(parsed.record, systems))) await once(out, 'drain');
      bar?.increment();
      if (references.length >= limit) break;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if ((error as Error).name === 'GzipError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code))) {
      const after = references.length + malformed.length;
      throw new CliError(`precis eval: cannot read ${flags.data}: ${reason(error)} (after ${after} records)`, EXIT.unreadable);
    }
    throw error;
  } finally {
    bar?.stop();
    if (out !== undefined) {
      out.end();
      await once(out, 'close');
    }
  }

  const documents = references.length;
  if (documents === 0) {
    const why = malformed.length > 0 ? `all ${malformed.length} records are malformed` : 'it holds no records';
    throw new CliError(`precis eval: nothing to evaluate in ${flags.data}: ${why}`, EXIT.unreadable);
  }
  // Summaries shorter than k are counted when k sentences were asked and no budget may cut them.
  const asked = typeof length === 'number' && options.maxWords === undefined && options.maxChars === undefined ? length : undefined;
  const evaluations: Evaluation[] = systems.map((s) => aggregate(s.documents, typeof asked === 'number' ? { sentences: asked } : {}));
  const ours = evaluations[0] as Evaluation;
  const resamples = flags.resamples ?? DEFAULT_RESAMPLES;
  const comparisons = [1, 2].map((i) => ({
    system: 'precis',
    baseline: systems[i]?.name as string,
    ...compareEvaluations(ours, evaluations[i] as Evaluation, { seed, resamples }),
  }));
  const named = systems.map((s, i) => figures(s.name, evaluations[i] as Evaluation));
  const report: EvalReport = {
    data: flags.data,
    documents,
    referenceWords: references.reduce((a, b) => a + b, 0) / documents,
    malformed: { count: malformed.length, records: malformed },
    options: { ...options },
    baselineLength: length,
    rouge: rougeMode === 'unicode' ? `unicode (${language})` : 'ROUGE-1.5.5',
    ...(typeof asked === 'number' ? { sentences: asked } : {}),
    systems: named,
    comparisons,
    warnings: healthWarnings(named, documents),
  };
  for (const warning of report.warnings) await write(io.stderr, `precis eval: WARNING: ${warning}\n`);
  await write(io.stdout, flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return EXIT.ok;
}

/**
 * `precis eval --data FILE.jsonl[.gz]`: ROUGE and summary health of precis and of the lead and random
 * baselines against the references of a JSONL file, with paired bootstrap intervals of precis − lead.
 */
export const registerEval: Register = (program: Command, io: CliIo, done) => {
  // Without positional options the root command would take this command's -k and --json for itself.
  program.enablePositionalOptions();
  const command = program
    .command('eval')
    .description(
      'score precis, Lead-k (plain splitter and precis\'s filtered candidates) and random-k with ROUGE against reference ' +
        'summaries (JSONL, gzip or not: {id, text, summary, title?}), with empty/short summary counts; -k or --ratio sets every length',
    )
    .requiredOption('--data <file>', 'JSONL file (or .jsonl.gz), one record {id, text, summary, title?} per line; summary = reference, one sentence per line')
    .addOption(new Option('--limit <n>', 'evaluate only the first n valid records').argParser(integerFlag('--limit', 1)))
    .option('--json', 'print the report as JSON')
    .option('--out <file>', 'write one JSON line per document and system: {id, system, summary, scores, words}')
    .addOption(new Option('--seed <s>', `seed of the random baseline and of the bootstrap (default ${DEFAULT_SEED})`).argParser(integerFlag('--seed', 0, 0xffffffff)))
    .addOption(new Option('--resamples <n>', `bootstrap resamples (default ${DEFAULT_RESAMPLES})`).argParser(integerFlag('--resamples', 1)))
    .addOption(
      new Option('--rouge <mode>', 'rouge155: the official ROUGE-1.5.5 (ASCII words, Porter); unicode: Intl.Segmenter words, Snowball stems, characters for zh/ja/th (default: rouge155, unicode when --language names another language)').choices(['rouge155', 'unicode']),
    )
    .allowExcessArguments(false);
  addSummarizeOptions(command);
  command.action((flags: EvalFlags & Record<string, unknown>) => {
    done(evalCommand(flags, io));
  });
};
