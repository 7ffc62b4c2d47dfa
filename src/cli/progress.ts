import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/**
 * A progress bar on stderr in the style every precis command shares, or `undefined` when stderr is
 * not a terminal (or `quiet`): bars are for people, never for logs.
 *
 * @example
 * const bar = progressBar(io, 'precis eval [{bar}] {value}/{total} records');
 * bar?.start(total, 0);
 */
export function progressBar(io: CliIo, format: string, quiet = false): SingleBar | undefined {
  if (quiet || !io.stderrIsTTY) return undefined;
  return new SingleBar({ format, stream: io.stderr, noTTYOutput: true, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 }, Presets.shades_classic);
}
