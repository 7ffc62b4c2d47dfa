import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/program';

/**
 * Runs the CLI in-process with in-memory streams; resolves to the exit code and what was printed.
 * `stdinIsTTY` pretends stdin is a terminal (nothing is written to it), `stderrIsTTY` that stderr
 * is one (progress bars are drawn only there).
 */
export async function runCli(
  argv: string[],
  stdin: string | Buffer = '',
  options: { stdinIsTTY?: boolean; stderrIsTTY?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  if (options.stdinIsTTY !== true) input.end(stdin);
  const code = await run(argv, {
    stdin: input,
    stdout,
    stderr,
    stderrIsTTY: options.stderrIsTTY === true,
    ...(options.stdinIsTTY === true ? { stdinIsTTY: true } : {}),
  });
  // Joined once, so a character split across two chunks is decoded whole.
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
