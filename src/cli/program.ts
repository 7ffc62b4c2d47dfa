import { Command, CommanderError, Option } from 'commander';
import { isPrecisError } from '../entries/internal';
import { registerBatch } from './batch-command';
import type { Register } from './command';
import { registerEval } from './eval-command';
import { registerIdf } from './idf-command';
import { CliError, EXIT, isClosedPipe, reason, type CliIo } from './io';
import { addPageOptions } from './page-input';
import { summarizeCommand } from './summarize-command';
import { addSummarizeOptions, inFlagTerms } from './summarize-options';
import { version } from './version';

/** Subcommands (each module exports its `Register`). */
const COMMANDS: readonly Register[] = [registerEval, registerBatch, registerIdf];

function buildProgram(io: CliIo, done: (code: Promise<number>) => void): Command {
  const program = new Command('precis')
    .description('Extractive summaries of news articles: the best sentences, exactly as written.')
    .version(version, '-V, --version')
    .argument('[files...]', 'text or HTML files (gzip is decompressed) or http(s) URLs to summarize, each under a ==> file <== header when there are several; - or nothing reads stdin')
    .addOption(new Option('--title <title>', 'the headline (its words count in scoring)'))
    .addOption(new Option('--no-title', 'do not take a headline-like first line as the title'))
    .option('--json', 'print the whole Summary as JSON (sentences, offsets, scores, stats, warnings)')
    .option('--explain', 'with --json: add each sentence\'s signals and every segment')
    .helpCommand('help [command]', 'show the help of precis or of a command')
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
  program.action((files: string[], flags: Record<string, unknown>) => {
    done(summarizeCommand(files, flags, io, () => program.helpInformation()));
  });
  for (const register of COMMANDS) register(program, io, done);
  return program;
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
      io.stderr.write(`precis: ${inFlagTerms(error.message)}\n`);
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
