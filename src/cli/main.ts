import { run } from './program';

// The bin entry: the only place that touches `process`.
// A write to a closed pipe (`precis long.txt | head -c 10`) fails that write, which the commands
// turn into their exit code (141, quietly); without a listener the stream's 'error' event would
// crash the process with a stack trace.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`precis: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
