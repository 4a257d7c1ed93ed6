// The line under the due list: "3 quá hạn · 5 sắp đến hạn · 12 đơn vị chưa gửi báo cáo 6 tháng năm 2026".
import type { DueItem } from '../due/owed.js';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/ui.js';

export function dueSummary(items: DueItem[], lang: Lang, width = 80): string {
  const parts = [
    t(lang, 'due.sum.overdue', { n: items.filter((i) => i.status === 'overdue').length }),
    t(lang, 'due.sum.dueSoon', { n: items.filter((i) => i.status === 'due-soon').length }),
  ];
  const fixing = items.filter((i) => i.status === 'needs-fixing').length;
  if (fixing > 0) parts.splice(1, 0, t(lang, 'due.sum.needsFixing', { n: fixing }));
  const missing = new Map<string, { n: number; name: string; year: string }>();
  for (const i of items) {
    if (i.kind !== 'report' || (i.status !== 'overdue' && i.status !== 'due-soon')) continue;
    const m = missing.get(i.id) ?? { n: 0, name: i.title, year: i.occurrence ?? '' };
    m.n++;
    missing.set(i.id, m);
  }
  for (const m of missing.values())
    parts.push(
      t(lang, 'due.sum.missing', {
        n: m.n,
        what: t(lang, 'due.periodInWords', { name: m.name, year: m.year }),
      }),
    );
  return wrap(parts, width);
}

/** Joins with " · ", breaking lines before a part that would pass `width`. */
function wrap(parts: string[], width: number): string {
  const lines: string[] = [];
  for (const p of parts) {
    const last = lines.length - 1;
    if (last >= 0 && [...`${lines[last]!} · ${p}`].length <= width) lines[last] = `${lines[last]!} · ${p}`;
    else lines.push(p);
  }
  return lines.join('\n');
}
