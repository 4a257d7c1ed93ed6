import type { UiKey } from '../i18n/ui.js';

/** A mistake in how dcs was called: printed as a message, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly key: UiKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}
