// Progress of long work on stderr — "Đang đọc biểu mẫu 120/540 · reports/2026-9t" — shown only on a
// terminal outside CI, only once the work has taken a second, at most ten times a second, and erased
// when the work ends: stdout, JSON, CSV and CI logs never see it.
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';
import type { Io } from './io.js';

const AFTER_MS = 1000;
const EVERY_MS = 100;

export function formProgress(
  io: Io,
  lang: Lang,
  clock: () => number = () => Date.now(),
): { step: (done: number, total: number, instance: string) => void; end: () => void } {
  if (!io.progress) return { step: () => undefined, end: () => undefined };
  const start = clock();
  let last = 0;
  let shown = false;
  return {
    step(done, total, instance) {
      const now = clock();
      if (now - start < AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      io.stderr(`\r\x1b[K${t(lang, 'progress.forms', { done, total, folder: `reports/${instance}` })}`);
    },
    end() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
