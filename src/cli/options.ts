import { UsageError } from './errors.js';

/** An option value that must be one of a fixed list. */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('usage.badChoice', { option, value, allowed: allowed.join(', ') });
}
