/** Describes a received value for error messages, e.g. `` `0` (number) ``. */
export function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return 'a value that cannot be inspected (a revoked proxy or a throwing getter)';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return '`null`';
  if (value === undefined) return '`undefined`';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `\`${JSON.stringify(shown)}\` (string)`;
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  if (typeof value === 'function') return 'a function';
  return `\`${String(value)}\` (${typeof value})`;
}
