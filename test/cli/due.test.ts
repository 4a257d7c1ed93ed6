import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, HONG_AN, planCopy } from '../helpers/cli.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');

describe('dcs due on the shipped plan', () => {
  it('22/05/2026: three 6-month reports due in 13 days, last day Thứ Năm, 04/06/2026', async () => {
    const r = await dcs(['due', '--as-of', '2026-05-22']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sắp đến hạn (3)');
    expect(r.stdout.match(/còn 13 ngày/g)).toHaveLength(3);
    expect(r.stdout.match(/Thứ Năm, 04\/06\/2026/g)).toHaveLength(3);
    expect(r.stdout).toContain('Phòng Văn hóa -');
    expect(r.stdout).toContain('0 quá hạn · 3 sắp đến hạn · 3 đơn vị chưa gửi báo cáo 6 tháng năm 2026');
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('05/06/2026: one day overdue; --fail-on-overdue exits 1', async () => {
    const r = await dcs(['due', '--as-of', '05/06/2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quá hạn (3)');
    expect(r.stdout.match(/quá hạn 1 ngày/g)).toHaveLength(3);
    expect((await dcs(['due', '--as-of', '05/06/2026', '--fail-on-overdue'])).code).toBe(1);
    expect((await dcs(['due', '--as-of', '22/05/2026', '--fail-on-overdue'])).code).toBe(0);
  });

  it('"today" is the date in Hải Phòng: at 23:30 UTC on 4 June it is already 5 June', async () => {
    const before = await dcs(['due', '--format', 'json'], { now: new Date('2026-06-04T16:59:00Z') });
    expect(JSON.parse(before.stdout).map((i: { days: number }) => i.days)).toEqual([0, 0, 0]);
    const after = await dcs(['due', '--format', 'json'], { now: new Date('2026-06-04T23:30:00Z') });
    expect(
      JSON.parse(after.stdout).map((i: { status: string; days: number }) => `${i.status} ${i.days}`),
    ).toEqual(['overdue -1', 'overdue -1', 'overdue -1']);
    expect((await dcs(['due'], { now: new Date('2026-06-04T16:59:00Z') })).stdout).toContain('hôm nay');
  });

  it('JSON has the fields of spec §4', async () => {
    const r = await dcs(['due', '--as-of', '2026-05-22', '--format', 'json']);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      kind: 'report',
      id: '2026-6t',
      unit: 'vp',
      deadline: '2026-06-04',
      phrase: 'Trước ngày 05/6 hằng năm',
      status: 'due-soon',
      days: 13,
      late_days: null,
      done_units: null,
      total_units: null,
    });
  });

  it('CSV is UTF-8 with a BOM, formula-like text neutralised, numbers kept as numbers, words in the chosen language', async () => {
    const r = await dcs(['due', '--as-of', '2026-12-20', '--format', 'csv']);
    expect(
      r.stdout.startsWith(
        '\uFEFFloại,mã,đơn vị,tên đơn vị,hạn cuối,thời gian,tình trạng,mã tình trạng,số ngày,',
      ),
    ).toBe(true);
    expect(r.stdout).toContain("task,IV.1.b,'@co-quan-don-vi,");
    // Days overdue stay a number Excel can sum; the status reads in Vietnamese with its code beside it.
    expect(r.stdout).toMatch(/,Quá hạn,overdue,-199,/);
    expect(r.stdout).not.toContain("'-");
    const en = await dcs(['due', '--as-of', '2026-12-20', '--format', 'csv', '--lang', 'en']);
    expect(
      en.stdout.startsWith('\uFEFFkind,id,unit,unit_name,deadline,phrase,status_label,status,days,'),
    ).toBe(true);
    expect(en.stdout).toMatch(/,Overdue,overdue,-199,/);
  });

  it('in English with --lang en', async () => {
    const r = await dcs(['due', '--as-of', '2026-06-05', '--lang', 'en']);
    expect(r.stdout).toContain('Overdue (3)');
    expect(r.stdout).toContain('1 day overdue');
    expect(r.stdout).toContain('Thursday, 04/06/2026');
  });

  it('rejects an impossible or malformed date, a bad --within and an unknown unit with exit 2', async () => {
    for (const args of [
      ['--as-of', '2026-02-30'],
      ['--as-of', '31/02/2026'],
      ['--as-of', 'mai'],
      ['--within', '-3'],
      ['--within', 'x'],
      ['--unit', 'vhx'],
      ['--format', 'xml'],
    ]) {
      const r = await dcs(['due', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect((await dcs(['due', '--as-of', '31/02/2026'])).stderr).toContain(
      '"31/02/2026" không phải là một ngày hợp lệ',
    );
  });

  it('--all shows the ongoing tasks apart', async () => {
    const r = await dcs(['due', '--as-of', '2026-05-22', '--all']);
    expect(r.stdout).toContain('Thường xuyên (không có hạn, không bao giờ quá hạn) (3)');
    expect(r.stdout).toContain('Không nêu thời gian');
  });
});

describe('dcs due on the invented ward', () => {
  it('group rows read "k/n đơn vị"; --unit expands them', async () => {
    const r = await dcs(['due', '--as-of', '2026-06-20', '--plan', WARD]);
    expect(r.stdout).toMatch(/\d+\/24 đơn/);
    const one = await dcs([
      'due',
      '--as-of',
      '2026-06-20',
      '--plan',
      WARD,
      '--unit',
      'tdp-3',
      '--format',
      'json',
    ]);
    expect(JSON.parse(one.stdout).every((i: { unit: string }) => i.unit === 'tdp-3')).toBe(true);
  });
});

describe('a report received with errors', () => {
  it('is "Đã nhận, cần sửa" with the file and its first problem, never done, never not sent', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml':
        'unit: vhxh\nperiod: 2026-6t\nsubmitted: "2026-06-03"\ntasks:\n  - task: II.1\n    status: xong\n',
    });
    const r = await dcs(['due', '--as-of', '2026-06-10'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đã nhận, cần sửa (1)');
    expect(r.stdout).toContain('vhxh.yaml');
    expect(r.stdout).toContain('1 báo cáo cần sửa');
    const json = JSON.parse(
      (await dcs(['due', '--as-of', '2026-06-10', '--format', 'json'], { cwd: dir })).stdout,
    ) as { unit: string; status: string; problem: { code: string; message: string } | null }[];
    const vhxh = json.find((i) => i.unit === 'vhxh')!;
    expect(vhxh).toMatchObject({
      status: 'needs-fixing',
      file: 'reports/2026-6t/vhxh.yaml',
      problem: { code: 'schema-enum' },
    });
    expect(vhxh.problem!.message).toMatch(/^dòng 6: "xong" không phải là giá trị hợp lệ/);
    const en = await dcs(['due', '--as-of', '2026-06-10', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('Received, needs fixing (1)');
  });
});
