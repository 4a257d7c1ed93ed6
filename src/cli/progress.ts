// Progress of long work on stderr — "Đang đọc báo cáo 120/540 · reports/2026-9t", then for a compile
// "Đang ghi biểu tổng hợp…" — shown only on a terminal outside CI, only once the command has worked for
// a second, at most ten times a second, and erased when the work ends: stdout, JSON, CSV and CI logs
// never see it.
import type { Lang } from '../i18n/messages.js';
import type { ReadProgress } from '../load/folder.js';
import { t } from '../i18n/ui.js';
import type { Io } from './io.js';

const AFTER_MS = 1000;
const EVERY_MS = 100;

export interface Progress extends ReadProgress {
  /** What the command does now that it has read everything (shown if it has taken a second already). */
  stage(words: string): void;
  /** The work is over: the line is erased. */
  end(): void;
}

const SILENT: Progress = {
  total: () => undefined,
  file: () => undefined,
  stage: () => undefined,
  end: () => undefined,
};

export function readProgress(io: Io, lang: Lang, clock: () => number = () => Date.now()): Progress {
  if (!io.progress) return SILENT;
  const start = clock();
  let last = 0;
  let shown = false;
  let total = 0;
  let done = 0;
  const show = (line: string, now: number) => {
    last = now;
    shown = true;
    io.stderr(`\r\x1b[K${line}`);
  };
  return {
    total(n) {
      total = n;
    },
    file(instance) {
      done++;
      const now = clock();
      if (now - start < AFTER_MS || now - last < EVERY_MS) return;
      show(
        t(lang, 'progress.files', { done, total: Math.max(total, done), folder: `reports/${instance}` }),
        now,
      );
    },
    stage(words) {
      const now = clock();
      if (now - start >= AFTER_MS) show(words, now);
    },
    end() {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}

/** Runs `work` with a progress line that is erased however the work ends. */
export async function withProgress<T>(
  io: Io,
  lang: Lang,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const progress = readProgress(io, lang);
  try {
    return await work(progress);
  } finally {
    progress.end();
  }
}
