// Run from anywhere in the plan folder, dcs tells the plan's own errors from the reports' the same way:
// from inside reports/2026-6t a broken plan.yaml once passed for a report error, and compile wrote its
// workbook anyway (a false all-clear).
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, planCopy, tempDir } from '../helpers/cli.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const NOW = new Date('2026-11-12T03:00:00Z');

describe('plan errors and report errors, from any folder', () => {
  const brokenPlan = () =>
    planCopy(WARD, {
      'plan.yaml': readFileSync(join(WARD, 'plan.yaml'), 'utf8').replace('lead: "vhxh"', 'lead: "vhhx"'),
    });

  it.each(['.', 'reports', 'reports/2026-6t'])('from %s, a broken plan stops compile', async (where) => {
    const dir = brokenPlan();
    const out = join(tempDir(), 'tong-hop.xlsx');
    const r = await dcs(['compile', '--plan', dir, '--period', '2026-6t', '-o', out], {
      now: NOW,
      cwd: join(dir, where),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Kế hoạch còn 1 lỗi');
    const due = await dcs(['due', '--plan', dir], { now: NOW, cwd: join(dir, where) });
    expect(due.stderr).toMatch(/kế hoạch còn 1 lỗi/);
  });

  it.each(['.', 'reports', 'reports/2026-6t'])(
    'from %s, a broken report does not stop compile',
    async (where) => {
      const dir = planCopy(WARD);
      writeFileSync(join(dir, 'reports/2026-6t/tdp-1.yaml'), 'unit: tdp-1\nperiod: [\n');
      const out = join(tempDir(), 'tong-hop.xlsx');
      const r = await dcs(['compile', '--plan', dir, '--period', '2026-6t', '-o', out], {
        now: NOW,
        cwd: join(dir, where),
      });
      expect(r.stderr).not.toContain('Kế hoạch còn');
      expect(r.stdout).toContain('Đã ghi');
    },
  );
});
