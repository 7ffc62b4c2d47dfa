import { createSummarizer, isPrecisError, DEFAULT_MAX_INPUT_CHARS } from '../entries/internal';
import type { Summary } from '../types';
import { CliError, EXIT, write, type CliIo } from './io';
import { readPage, summarizePage } from './page-input';
import { inputName } from './read-input';
import { inFlagTerms, summarizeOptionsFrom } from './summarize-options';

/** `head`'s header before each file's lines when several files are given. */
const header = (name: string): string => `==> ${name} <==\n`;

/**
 * `precis [file...]`: the summary of each file (or of stdin), one sentence per line, or the whole
 * `Summary` as JSON. With several files each summary follows a `==> file <==` header (as `head`
 * prints), or `--json` prints an array of `{ file, summary }`; a file that cannot be read is
 * reported and skipped, and the exit code is then 2. With no file and a terminal on stdin, the
 * usage is printed instead of waiting for typing.
 */
export async function summarizeCommand(files: readonly string[], flags: Record<string, unknown>, io: CliIo, usage: () => string): Promise<number> {
  if (flags.explain === true && flags.json !== true) {
    throw new CliError('precis: --explain needs --json (it adds each sentence\'s signals and every segment to the JSON output)', EXIT.usage);
  }
  if (files.length === 0 && io.stdinIsTTY === true) {
    await write(io.stderr, `precis: no input: give a file, or pipe text in (precis - reads the terminal)\n\n${usage()}`);
    return EXIT.usage;
  }
  const options = summarizeOptionsFrom(flags);
  const summarizeOptions = { ...options, ...(flags.explain === true ? { explain: true } : {}) };
  createSummarizer(summarizeOptions); // validates the options before anything is read
  const inputs = files.length === 0 ? [undefined] : files;
  const many = inputs.length > 1;
  const maxInputChars = typeof options.maxInputChars === 'number' ? options.maxInputChars : DEFAULT_MAX_INPUT_CHARS;
  const results: { file: string; summary: Summary }[] = [];
  let failed = false;
  let printed = 0;
  for (const file of inputs) {
    const name = inputName(file);
    let summary: Summary;
    try {
      const page = await summarizePage(await readPage(file, flags, io, maxInputChars), summarizeOptions, flags);
      summary = page.summary;
      for (const note of page.notes) await write(io.stderr, `precis: warning: ${many ? `${name}: ` : ''}${note}\n`).catch(() => undefined);
    } catch (error) {
      const failure =
        isPrecisError(error) && error.code === 'ERR_INPUT_TOO_LONG'
          ? new CliError(`precis: ${inFlagTerms(error.message).replace(/^`text`/, name)}`, EXIT.usage)
          : error;
      if (!many || !(failure instanceof CliError)) throw failure;
      // As `head` and `cat` do: report the file, go on with the others, fail at the end.
      await write(io.stderr, `${failure.message}\n`);
      failed = true;
      continue;
    }
    if (flags.json === true) {
      if (many) results.push({ file: name, summary });
      else await write(io.stdout, `${JSON.stringify(summary, null, 2)}\n`);
      continue;
    }
    // A warning that cannot be shown (stderr closed) must not cost the summary.
    for (const w of summary.warnings) await write(io.stderr, `precis: warning: ${many ? `${name}: ` : ''}${w.message}\n`).catch(() => undefined);
    const lines = summary.sentences.map((s) => `${s.text}\n`).join('');
    await write(io.stdout, many ? `${printed > 0 ? '\n' : ''}${header(name)}${lines}` : lines);
    printed++;
  }
  if (flags.json === true && many) await write(io.stdout, `${JSON.stringify(results, null, 2)}\n`);
  return failed ? EXIT.unreadable : EXIT.ok;
}
