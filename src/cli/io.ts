import type { Lang } from '../i18n/messages.js';

/** Everything a command touches outside its arguments, so tests can run it in-process. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  isTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns?: number;
  /** Whether long work may show its progress on stderr (a terminal, outside CI). */
  progress?: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** The options every command shares (docs/design.md §1). */
export interface GlobalOptions {
  plan?: string;
  lang: Lang;
  color: boolean;
  /** False with --no-cache (or DCS_NO_CACHE): every file read afresh. */
  cache?: boolean;
}
