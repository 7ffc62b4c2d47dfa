import { writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { fitIdf } from '../entries/internal';
import { reason } from '../io/errno';
import { textLines } from '../io/text-lines';
import type { Register } from './command';
import { CliError, EXIT, write, type CliIo } from './io';

/** Longest line read from the corpus (one record's JSON). */
const MAX_LINE_BYTES = 256 << 20;

interface FitFlags {
  readonly out?: string;
  readonly textField: string;
  readonly furniture?: boolean;
  readonly stopwordsAdd?: string[];
}

/** The texts of a JSON Lines corpus (gzip or not): the `field` of each record; other lines are counted and skipped. */
async function corpusTexts(file: string, field: string, io: CliIo): Promise<string[]> {
  let directory: boolean;
  try {
    directory = (await stat(file)).isDirectory();
  } catch (error) {
    throw new CliError(`precis idf fit: cannot read ${file}: ${reason(error)}`, EXIT.unreadable);
  }
  if (directory) throw new CliError(`precis idf fit: cannot read ${file}: is a directory (give a JSON Lines file)`, EXIT.unreadable);
  const texts: string[] = [];
  let skipped = 0;
  try {
    for await (const line of textLines(file, MAX_LINE_BYTES)) {
      if (line.text !== undefined && !/\S/.test(line.text)) continue;
      let value: unknown;
      try {
        value = line.text === undefined ? undefined : JSON.parse(line.text);
      } catch {
        value = undefined;
      }
      const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
      if (typeof text === 'string') texts.push(text);
      else skipped++;
    }
  } catch (error) {
    throw new CliError(`precis idf fit: cannot read ${file}: ${reason(error)} (after ${texts.length} records)`, EXIT.unreadable);
  }
  if (skipped > 0) await write(io.stderr, `precis idf fit: ${skipped} line${skipped === 1 ? '' : 's'} of ${file} without a string \`${field}\` skipped\n`);
  return texts;
}

async function fitCommand(corpus: string, flags: FitFlags, io: CliIo): Promise<number> {
  const texts = await corpusTexts(corpus, flags.textField, io);
  if (texts.length === 0) throw new CliError(`precis idf fit: no record of ${corpus} has a string \`${flags.textField}\``, EXIT.unreadable);
  const model = fitIdf(texts, {
    ...(flags.furniture === false ? { furniture: false } : {}),
    ...(flags.stopwordsAdd !== undefined ? { stopwords: { add: flags.stopwordsAdd } } : {}),
  });
  const json = `${JSON.stringify(model)}\n`;
  if (flags.out === undefined || flags.out === '-') {
    await write(io.stdout, json);
  } else {
    try {
      await writeFile(flags.out, json);
    } catch (error) {
      throw new CliError(`precis idf fit: cannot write ${flags.out}: ${reason(error)}`, EXIT.unreadable);
    }
  }
  await write(io.stderr, `precis idf fit: ${texts.length} documents, ${model.size} terms${flags.out === undefined || flags.out === '-' ? '' : ` -> ${flags.out}`}\n`);
  return EXIT.ok;
}

/**
 * `precis idf fit corpus.jsonl[.gz] -o idf.json`: a corpus IDF model (document frequencies of
 * precis's terms), for `--idf idf.json` of the summarize, batch and eval commands.
 */
export const registerIdf: Register = (program: Command, io: CliIo, done) => {
  const idf = program.command('idf').description('corpus inverse document frequencies: `precis idf fit corpus.jsonl -o idf.json`, then `--idf idf.json`');
  idf
    .command('fit')
    .description('fit an IDF model on a JSON Lines corpus (gzip or not), one record per line with a text field')
    .argument('<corpus>', 'JSONL file (or .jsonl.gz) of records {text, ...}')
    .option('-o, --out <file>', 'where to write the model (JSON); - or nothing is stdout')
    .addOption(new Option('--text-field <name>', 'the field holding the text').default('text'))
    .addOption(new Option('--no-furniture', 'count the terms of page furniture too (as summarizing with --no-furniture does)'))
    .addOption(
      new Option('--stopwords-add <words>', 'more stopwords, separated by commas (give the same to summarize)').argParser((v: string, previous: string[] = []) => [
        ...previous,
        ...v.split(/[,\s]+/).filter((w) => w !== ''),
      ]),
    )
    .allowExcessArguments(false)
    .action((corpus: string, flags: FitFlags) => {
      done(fitCommand(corpus, flags, io));
    });
};
