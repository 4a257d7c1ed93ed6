import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/format/csv.js';
import { dcs, HONG_AN, planCopy } from '../helpers/cli.js';

interface Row {
  id: string;
  role?: string;
  via?: { ref: string };
  understood: boolean;
  time: string | null;
  explanation: string | null;
  lead: { ref: string; name: string };
}
const json = async (args: string[], cwd?: string) =>
  JSON.parse((await dcs(['tasks', '--format', 'json', ...args], { cwd })).stdout) as Row[];

describe('dcs tasks on the shipped plan', () => {
  it('lists every task, each time phrase with a meaning', async () => {
    const rows = await json([]);
    expect(rows.map((r) => r.id)).toEqual([
      'I.2',
      'II.1',
      'IV.1.a',
      'IV.1.b',
      'IV.1.c',
      'IV.1.d',
      'IV.1.e',
      'IV.2.a',
      'IV.2.b',
      'IV.2.c',
      'IV.2.d',
      'IV.3.a',
      'IV.3.b',
      'IV.4',
      'IV.5',
      'IV.6',
      'KL',
    ]);
    expect(rows.every((r) => r.understood)).toBe(true);
    expect(rows.filter((r) => r.time !== null).every((r) => r.explanation)).toBe(true);
    expect(rows.find((r) => r.id === 'IV.2.a')).toMatchObject({
      time: 'Định kỳ hàng năm và theo yêu cầu đột xuất',
      explanation: 'hằng năm (hạn cuối 31/12); theo yêu cầu (không có hạn cố định)',
    });
  });

  it('prints a table that fits 80 columns, with no "không hiểu"', async () => {
    const r = await dcs(['tasks']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('UBND phường Hồng An: 17 nhiệm vụ.');
    expect(r.stdout).toContain('→ thường xuyên');
    expect(r.stdout.toLowerCase()).not.toContain('không hiểu');
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('--unit lists what one unit leads or supports, directly or through a group', async () => {
    const vhxh = await json(['--unit', 'vhxh']);
    expect(vhxh.filter((r) => !r.via).map((r) => `${r.id} ${r.role}`)).toEqual([
      'IV.2.a lead',
      'IV.2.b lead',
      'IV.2.c lead',
      'IV.2.d lead',
    ]);
    expect(vhxh.find((r) => r.id === 'IV.1.b')).toMatchObject({
      role: 'lead',
      via: { ref: '@co-quan-don-vi' },
    });
    const mttq = await json(['--unit', 'mttq']);
    expect(mttq.map((r) => `${r.id} ${r.role}`)).toEqual(['II.1 lead', 'IV.1.c support', 'IV.5 lead']);
    const table = await dcs(['tasks', '--unit', 'mttq']);
    expect(table.stdout).toContain(
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường: chủ trì 2, phối hợp 1 nhiệm vụ.',
    );
    expect(table.stdout).toContain('Vai trò: phối');
  });

  it('an unknown --unit is a usage error with the nearest id', async () => {
    const r = await dcs(['tasks', '--unit', 'vhx']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('Có phải ý bạn là "vhxh"?');
  });

  it('--format csv is UTF-8 with a BOM and neutralises formula-like cells', async () => {
    const r = await dcs(['tasks', '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFFid,section,content,')).toBe(true);
    expect(r.stdout).toContain(",'@co-quan-tren-dia-ban,");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe('-1');
    expect(csvCell(-6)).toBe('-6');
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('in English with --lang en', async () => {
    const r = await dcs(['tasks', '--lang', 'en', '--unit', 'ktht']);
    expect(r.stdout).toContain('Phòng Kinh tế, Hạ tầng và Đô thị: leads');
    expect(r.stdout).toContain('no time given');
  });
});

describe('dcs tasks on a broken plan', () => {
  it('shows the phrase it does not understand, warns on stderr and exits 1', async () => {
    const plan = readFileSync(join(HONG_AN, 'plan.yaml'), 'utf8').replace(
      'time: Hàng năm',
      'time: sớm nhất có thể',
    );
    const dir = planCopy(HONG_AN, { 'plan.yaml': plan });
    const r = await dcs(['tasks'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kế hoạch còn 1 lỗi');
    expect(r.stdout).toContain('KHÔNG HIỂU');
  });
});
