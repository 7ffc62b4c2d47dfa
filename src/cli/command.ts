import type { Command } from 'commander';
import type { CliIo } from './io';

/**
 * A subcommand registers itself on the program; its action hands `done` the promise of its exit
 * code. Subcommands import this type, never the program, so the program sits on top of them.
 */
export type Register = (program: Command, io: CliIo, done: (code: Promise<number>) => void) => void;
