import { Command, CommanderError, Option } from 'commander';
import { isPrecisError } from '../errors';
import { registerBatch } from './batch-command';
import type { Register } from './command';
import { registerEval } from './eval-command';
import { CliError, EXIT, isClosedPipe, reason, write, type CliIo } from './io';
import { addPageOptions, readPage, summarizePage } from './page-input';
import { addSummarizeOptions, summarizeOptionsFrom } from './summarize-options';
import { version } from './version';


/** Subcommands (each module exports its `Register`). */
const COMMANDS: readonly Register[] = [registerEval, registerBatch];

function buildProgram(io: CliIo, done: (code: Promise<number>) => void): Command {
  const program = new Command('precis')
    .description('Extractive summaries of news articles: the best sentences, exactly as written.')
    .version(version, '-V, --version')
    .argument('[file]', 'text or HTML file, or an http(s) URL, to summarize; - or nothing reads stdin')
    .addOption(new Option('--title <title>', 'the headline (its words count in scoring)'))
    .option('--json', 'print the whole Summary as JSON (sentences, offsets, scores, stats, warnings)')
    .option('--explain', 'with --json: add each sentence\'s signals and every segment')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, writeErr) => writeErr(s.replace(/^error: /, 'precis: ')),
    })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  addSummarizeOptions(program);
  addPageOptions(program);
  program.action((file: string | undefined, flags: Record<string, unknown>) => {
    done(summarizeCommand(file, flags, io));
  });
  for (const register of COMMANDS) register(program, io, done);
  return program;
}

async function summarizeCommand(file: string | undefined, flags: Record<string, unknown>, io: CliIo): Promise<number> {
  const input = await readPage(file, flags, io);
  const options = summarizeOptionsFrom(flags);
  const { summary, notes } = await summarizePage(input, { ...options, ...(flags.explain === true ? { explain: true } : {}) }, flags);
  for (const note of notes) await write(io.stderr, `precis: warning: ${note}\n`).catch(() => undefined);
  if (flags.json === true) {
    await write(io.stdout, `${JSON.stringify(summary, null, 2)}\n`);
  } else {
    // A warning that cannot be shown (stderr closed) must not cost the summary.
    for (const w of summary.warnings) await write(io.stderr, `precis: warning: ${w.message}\n`).catch(() => undefined);
    await write(io.stdout, summary.sentences.map((s) => `${s.text}\n`).join(''));
  }
  return EXIT.ok;
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to the exit code:
 * 0 success, 1 usage error, 2 unreadable input (commands may add their own, e.g. batch's 3).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let pending: Promise<number> | undefined;
  const program = buildProgram(io, (code) => {
    pending = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return pending === undefined ? EXIT.ok : await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (isPrecisError(error)) {
      io.stderr.write(`precis: ${error.message}\n`);
      return EXIT.usage;
    }
    // The reader of stdout went away (`precis file | head`): stop quietly, as `cat` does.
    if (isClosedPipe(error)) return EXIT.brokenPipe;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr.write(`precis: cannot write the output: ${reason(error)}\n`);
      return EXIT.unreadable;
    }
    throw error;
  }
}
