import { readFile } from 'node:fs/promises';
import { constants as bufferConstants } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { isGzip } from '../io/decompress';
import { reason } from '../io/errno';
import { isDirectoryStream } from '../io/stdin';
import { CliError, EXIT, readAllBytes, type CliIo } from './io';

/** How far into the input a NUL byte marks it as binary (git and grep look at the start too). */
const SNIFF_BYTES = 64 << 10;

/** The name of an input in messages: the file as typed, or `stdin`. */
export function inputName(file: string | undefined): string {
  return file === undefined || file === '-' ? 'stdin' : file;
}

/**
 * The text of one input of the summarize command: a file, or stdin for `-` / no file. Gzip data
 * (`page.txt.gz`, or gzip on stdin) is decompressed, up to what `maxInputChars` could allow, so a
 * gzip bomb stops early. Unreadable input and corrupt gzip are a CliError with exit 2; binary data
 * (a NUL byte in the first 64 KiB, after decompression) is refused with exit 1.
 *
 * @example
 * const text = await readInput('page.txt.gz', io, 10_000_000);
 */
export async function readInput(file: string | undefined, io: CliIo, maxInputChars: number): Promise<string> {
  const name = inputName(file);
  let bytes: Buffer;
  if ((file === undefined || file === '-') && (await isDirectoryStream(io.stdin))) {
    throw new CliError('precis: cannot read stdin: is a directory (to summarize its files, give them as arguments or use precis batch --in DIR)', EXIT.unreadable);
  }
  try {
    bytes = file === undefined || file === '-' ? await readAllBytes(io.stdin) : await readFile(file);
  } catch (error) {
    throw new CliError(`precis: cannot read ${name}: ${reason(error)}`, EXIT.unreadable);
  }
  if (isGzip(bytes)) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: more bytes than this cannot fit the limit.
    const limit = Math.min(bufferConstants.MAX_LENGTH, Number.isFinite(maxInputChars) ? 3 * maxInputChars + 3 : Infinity);
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new CliError(`precis: ${name} decompresses to more than --max-input-chars (${maxInputChars}) allows`, EXIT.usage);
      }
      const why = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'the gzip data ends too early (truncated file?)' : `the gzip data is corrupt (${reason(error)})`;
      throw new CliError(`precis: cannot read ${name}: ${why}`, EXIT.unreadable);
    }
  }
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    throw new CliError(`precis: ${name} is not text (a NUL byte at offset ${nul}): precis summarizes plain text (gzip is decompressed)`, EXIT.usage);
  }
  return bytes.toString('utf8');
}
