import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/program';

/**
 * Runs the CLI in-process with in-memory streams; resolves to the exit code and what was printed.
 * `stdinIsTTY` pretends stdin is a terminal.
 */
export async function runCli(
  argv: string[],
  stdin: string | Buffer = '',
  options: { stdinIsTTY?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  if (options.stdinIsTTY !== true) input.end(stdin);
  const code = await run(argv, { stdin: input, stdout, stderr, stderrIsTTY: false, ...(options.stdinIsTTY === true ? { stdinIsTTY: true } : {}) });
  return { code, stdout: out, stderr: err };
}
