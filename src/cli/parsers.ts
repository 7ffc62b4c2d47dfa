import { InvalidArgumentError } from 'commander';

/**
 * Argument parsers of the command line. Each message names the flag as the user typed it and the
 * value given: `--redundancy must be a number in (0, 1], got "3".`
 */

const shown = (value: string): string => JSON.stringify(value);

/**
 * An integer flag from `min` to `max` (decimal digits only: no sign, exponent or fraction).
 *
 * @example
 * new Option('--workers <n>').argParser(integerFlag('--workers', 0));
 */
export function integerFlag(flag: string, min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  const what =
    max === Number.MAX_SAFE_INTEGER ? (min === 0 ? 'a non-negative integer' : min === 1 ? 'a positive integer' : `an integer ≥ ${min}`) : `an integer from ${min} to ${max}`;
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`${flag} must be ${what}, got ${shown(value)}.`);
    return n;
  };
}

/** A number in (0, 1]. */
export function fractionFlag(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !(n > 0 && n <= 1)) throw new InvalidArgumentError(`${flag} must be a number in (0, 1], got ${shown(value)}.`);
    return n;
  };
}

/** A finite number ≥ 0. */
export function nonNegativeFlag(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${flag} must be a number ≥ 0, got ${shown(value)}.`);
    return n;
  };
}
