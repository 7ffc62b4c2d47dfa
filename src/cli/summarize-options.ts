import { InvalidArgumentError, Option, type Command } from 'commander';
import type { SummarizeOptions } from '../options';

function integer(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a positive integer.`);
    return Number(value);
  };
}
function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n <= 1)) throw new InvalidArgumentError('ratio must be a number in (0, 1].');
  return n;
}

/** Adds the summarize options every command shares (-k, --ratio, --max-words, ...). */
export function addSummarizeOptions(command: Command): Command {
  return command
    .addOption(new Option('-k, --sentences <k>', 'number of sentences (default 3)').argParser(integer('sentences')).conflicts('ratio'))
    .addOption(new Option('--ratio <r>', 'fraction of the candidate sentences, 0 < r <= 1').argParser(fraction))
    .addOption(new Option('--max-words <n>', 'word budget of the summary').argParser(integer('max-words')))
    .addOption(new Option('--max-chars <n>', 'character budget of the summary').argParser(integer('max-chars')))
    .addOption(new Option('--order <order>', 'order of the sentences').choices(['document', 'score']))
    .addOption(new Option('--redundancy <t>', 'skip sentences at least this similar to a chosen one (1 = off)').argParser(fraction))
    .addOption(new Option('--no-furniture', 'do not exclude page furniture'))
    .addOption(
      new Option('--max-input-chars <n>', 'longest text accepted, in characters, or Infinity (default 10000000)').argParser((v) =>
        v === 'Infinity' ? Infinity : integer('max-input-chars')(v),
      ),
    );
}

/** The SummarizeOptions a command line asked for (only what was given, so defaults stay the library's). */
export function summarizeOptionsFrom(flags: Record<string, unknown>): SummarizeOptions {
  const out: Record<string, unknown> = {};
  for (const key of ['sentences', 'ratio', 'maxWords', 'maxChars', 'order', 'redundancy', 'title', 'maxInputChars'] as const) {
    if (flags[key] !== undefined) out[key] = flags[key];
  }
  if (flags.furniture === false) out.furniture = false;
  return out as SummarizeOptions;
}
