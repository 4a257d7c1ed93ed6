// dcs history: the fixture ward's periods side by side, and the proof that it says of every unit
// and period what `compile` of that period says on "Tình hình gửi báo cáo".
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { excel } from '../../src/excel/exceljs.js';
import type { History } from '../../src/history/history.js';
import { dcs, FIXTURES, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
/** 10/06/2026 10:00 in Hải Phòng: 2026's 6-month report is past its deadline, the others are not. */
const NOW = new Date('2026-06-10T03:00:00Z');
/** 20/09/2026: every report of the fixture ward is in the past. */
const LATER = new Date('2026-09-20T03:00:00Z');

/** The words of the submission sheet, spelt out here so the test does not read them from the code. */
function word(s: { state: string; late_days: number | null }): string {
  switch (s.state) {
    case 'on-time':
      return 'Đúng hạn';
    case 'late':
      return `Chậm ${s.late_days} ngày`;
    case 'received-with-errors':
      return 'Đã gửi — bị loại';
    case 'missing':
      return 'Chưa gửi';
    default:
      return s.state;
  }
}

async function workbook(file: string) {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString().slice(0, 10) : null);

describe('dcs history --year 2025 matches compile of each 2025 period', () => {
  // The fixture's season, plus a report from tổ dân phố số 3 for 9 tháng that cannot be used.
  let dir = '';
  let h: History;
  beforeAll(async () => {
    dir = planCopy(WARD, {
      'reports/2025-9t/tdp-3.yaml':
        'unit: tdp-3\nperiod: 2025-9t\nsubmitted: "2025-09-12"\ntasks:\n  - task: II.1\n    status: xong\n',
    });
    const r = await dcs(['history', '--year', '2025', '--format', 'json'], { cwd: dir, now: LATER });
    expect(r.code, r.stderr).toBe(1); // the file that cannot be used is an error, as in `due`
    h = JSON.parse(r.stdout) as History;
  });

  it('unit by unit, period by period: the same word and the same date as "Tình hình gửi báo cáo"', async () => {
    expect(h.periods.map((p) => p.instance)).toEqual(['2025-6t', '2025-9t', '2025-nam']);
    const seen = new Set<string>();
    for (const p of h.periods) {
      const out = join(tempDir(), `${p.instance}.xlsx`);
      await dcs(['compile', '--period', p.instance, '-o', out], { cwd: dir, now: LATER });
      const sheet = (await workbook(out)).getWorksheet('Tình hình gửi báo cáo')!;
      const rows: { name: string; submitted: string | null; word: string }[] = [];
      sheet.eachRow((row, n) => {
        if (n > 3)
          rows.push({
            name: String(row.getCell(2).value),
            submitted: iso(row.getCell(5).value),
            word: String(row.getCell(7).value),
          });
      });
      expect(rows.length).toBe(31);
      expect(h.units.map((u) => u.name)).toEqual(rows.map((r) => r.name));
      h.units.forEach((u, k) => {
        const s = u.periods[p.instance]!;
        expect({ unit: u.id, period: p.instance, word: word(s), submitted: s.submitted }).toEqual({
          unit: u.id,
          period: p.instance,
          word: rows[k]!.word,
          submitted: rows[k]!.submitted,
        });
        seen.add(s.state);
      });
    }
    // Every word the sheet can say was compared at least once.
    expect([...seen].sort()).toEqual(['late', 'missing', 'on-time', 'received-with-errors']);
  });

  it('totals each unit: on time k of n, reports sent, days late in all', () => {
    const u = (id: string) => h.units.find((x) => x.id === id)!;
    expect(u('tdp-3')).toMatchObject({ due: 3, on_time: 1, sent: 1, total_late_days: 0 });
    expect(u('tdp-3').periods['2025-9t']).toEqual({
      state: 'received-with-errors',
      late_days: null,
      submitted: '2025-09-12',
    });
    expect(u('tdp-14')).toMatchObject({ due: 3, on_time: 1, sent: 2, total_late_days: 1 });
    expect(u('ttphvhc')).toMatchObject({ due: 3, on_time: 2, sent: 3, total_late_days: 4 });
    expect(h.units.some((x) => x.id === 'mttq')).toBe(false); // owes no report
  });

  it('compile of 2025-nam adds "Theo dõi các kỳ": the same words for 6 tháng, 9 tháng and năm', async () => {
    const out = join(tempDir(), 'nam.xlsx');
    await dcs(['compile', '--period', '2025-nam', '-o', out], { cwd: dir, now: LATER });
    const wb = await workbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Tình hình gửi báo cáo',
      'Chi tiết',
      'Chỉ tiêu',
      'Khó khăn - Kiến nghị',
      'Nguồn dữ liệu',
      'Theo dõi các kỳ',
    ]);
    const ws = wb.getWorksheet('Theo dõi các kỳ')!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(ws.getCell('A1').value).toBe('THEO DÕI TÌNH HÌNH GỬI BÁO CÁO VÀ TIẾN ĐỘ THỰC HIỆN QUA CÁC KỲ');
    expect(ws.getCell('A2').value).toBe(
      'Các kỳ báo cáo năm 2025: Báo cáo 6 tháng, Báo cáo 9 tháng, Báo cáo năm',
    );
    expect(values(3)).toEqual([
      'STT',
      'Đơn vị / Nhiệm vụ',
      'Báo cáo 6 tháng\n(hạn 04/06/2025)',
      'Báo cáo 9 tháng\n(hạn 09/09/2025)',
      'Báo cáo năm\n(hạn 09/11/2025)',
      'Các kỳ',
      'Các kỳ', // merged with the cell before it
    ]);
    expect(values(4)).toEqual([
      'I',
      'TÌNH HÌNH GỬI BÁO CÁO',
      undefined,
      undefined,
      undefined,
      'Đúng hạn (số kỳ)',
      'Tổng số ngày chậm',
    ]);
    h.units.forEach((u, k) => {
      expect(values(5 + k)).toEqual([
        k + 1,
        u.name,
        ...h.periods.map((p) => word(u.periods[p.instance]!)),
        `${u.on_time}/${u.due}`,
        u.total_late_days,
      ]);
    });
    const tasksAt = 5 + h.units.length;
    expect(values(tasksAt)).toEqual([
      'II',
      'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
      'HT / ĐTH / CTH',
      'HT / ĐTH / CTH',
      'HT / ĐTH / CTH',
      'Số đơn vị được giao',
      'Tỷ lệ hoàn thành kỳ cuối (%)',
    ]);
    expect(values(tasksAt + 1)).toEqual([
      'II.1',
      'Tổ chức quán triệt, tuyên truyền Kế hoạch.',
      '15 / 10 / 0',
      '16 / 9 / 0',
      '15 / 9 / 0',
      31,
      15 / 28,
    ]);
    expect(ws.getRow(tasksAt + 1).getCell(7).numFmt).toBe('0.0%');
    expect(ws.getCell('A1').font.name).toBe('Times New Roman');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');

    const en = join(tempDir(), 'en.xlsx');
    await dcs(['compile', '--period', '2025-nam', '-o', en, '--lang', 'en'], { cwd: dir, now: LATER });
    const across = (await workbook(en)).getWorksheet('Across periods')!;
    expect((across.getRow(5).values as unknown[]).slice(1)).toEqual([
      1,
      'Văn phòng HĐND và UBND phường',
      'Not sent',
      'On time',
      'On time',
      '2/3',
      0,
    ]);

    // A workbook of 6 tháng holds only that period: never a later one.
    const first = join(tempDir(), '6t.xlsx');
    await dcs(['compile', '--period', '2025-6t', '-o', first], { cwd: dir, now: LATER });
    const six = (await workbook(first)).getWorksheet('Theo dõi các kỳ')!;
    expect((six.getRow(3).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Đơn vị / Nhiệm vụ',
      'Báo cáo 6 tháng\n(hạn 04/06/2025)',
      'Các kỳ',
      'Các kỳ',
    ]);
  });
});

describe('dcs history as the clerk reads it', () => {
  it('one unit: its word for each period, its totals, its own progress in each task', async () => {
    const r = await dcs(['history', '--plan', WARD, '--year', '2025', '--unit', 'tdp-14'], { now: LATER });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        'UBND phường Hư Cấu: các kỳ báo cáo năm 2025, tính đến Chủ Nhật, 20/09/2026.',
        '',
        'Tình hình gửi báo cáo (1 đơn vị)',
        '┌──────────────────────┬─────────────────┬─────────────────┬─────────────────┬──────────┬──────────┐',
        '│ Đơn vị               │ Báo cáo 6 tháng │ Báo cáo 9 tháng │ Báo cáo năm     │ Đúng hạn │ Tổng số  │',
        '│                      │ hạn 04/06/2025  │ hạn 09/09/2025  │ hạn 09/11/2025  │          │ ngày     │',
        '│                      │                 │                 │                 │          │ chậm     │',
        '├──────────────────────┼─────────────────┼─────────────────┼─────────────────┼──────────┼──────────┤',
        '│ Tổ dân phố số 14     │ Chậm 1 ngày     │ Chưa gửi        │ Đúng hạn        │ 1/3      │ 1        │',
        '└──────────────────────┴─────────────────┴─────────────────┴─────────────────┴──────────┴──────────┘',
        '',
        'Tiến độ thực hiện nhiệm vụ',
        '┌──────────┬──────────────────────────────┬──────────────────┬──────────────────┬──────────────────┐',
        '│ STT      │ Nhiệm vụ                     │ Báo cáo 6 tháng  │ Báo cáo 9 tháng  │ Báo cáo năm      │',
        '│          │                              │ hạn 04/06/2025   │ hạn 09/09/2025   │ hạn 09/11/2025   │',
        '├──────────┼──────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤',
        '│ II.1     │ Tổ chức quán triệt, tuyên    │ Hoàn thành       │ Chưa gửi         │ Hoàn thành       │',
        '│          │ truyền Kế hoạch.             │                  │                  │                  │',
        '├──────────┼──────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤',
        '│ PL1.1.1  │ Rà soát, sửa đổi hương ước,  │ Đang thực hiện   │ Chưa gửi         │ Không phát sinh  │',
        '│          │ quy ước.                     │                  │                  │                  │',
        '├──────────┼──────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤',
        '│ PL1.1.3  │ Tổ chức hội nghị tổ dân phố  │ Hoàn thành       │ Chưa gửi         │ Đang thực hiện   │',
        '│          │ cuối năm.                    │                  │                  │                  │',
        '├──────────┼──────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤',
        '│ PL2.3.2  │ Tổ chức ngày hội toàn dân    │ Hoàn thành       │ Chưa gửi         │ Hoàn thành       │',
        '│          │ bảo vệ an ninh Tổ quốc.      │                  │                  │                  │',
        '└──────────┴──────────────────────────────┴──────────────────┴──────────────────┴──────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('every unit: the totals line, and each task counted Hoàn thành/Đang thực hiện/Chưa thực hiện', async () => {
    const r = await dcs(['history', '--plan', WARD, '--year', '2025'], { now: LATER });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Tình hình gửi báo cáo (31 đơn vị)');
    expect(lines).toContain(
      '│ Trung tâm Phục vụ    │ Đúng hạn        │ Đúng hạn        │ Chậm 4 ngày     │ 2/3      │ 4        │',
    );
    expect(lines).toContain(
      'Cộng: 68/93 lượt đúng hạn · 16 lượt chậm (38 ngày) · 9 lượt chưa gửi · 0 lượt bị loại',
    );
    expect(lines).toContain(
      'Tiến độ thực hiện nhiệm vụ: số đơn vị Hoàn thành / Đang thực hiện / Chưa thực hiện',
    );
    expect(lines).toContain(
      '│ II.1     │ Tổ chức quán triệt, tuyên truyền Kế │ 15/10/0    │ 16/9/0     │ 15/9/0     │ 31       │',
    );
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    // A task no reporting unit is assigned (IV.5, asked of MTTQ) has nothing to follow.
    expect(r.stdout).not.toContain('IV.5');
  });

  it("is what the README's example shows", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = '$ npx dcs history --plan test/fixtures/phuong-hu-cau --year 2025 --as-of 2026-06-10\n';
    const shown = readme
      .slice(readme.indexOf(command) + command.length)
      .split('```')[0]!
      .split('\n');
    const r = await dcs(['history', '--plan', WARD, '--year', '2025', '--as-of', '2026-06-10'], {
      now: LATER,
    });
    const lines = r.stdout.split('\n');
    expect(shown.length).toBeGreaterThan(30);
    for (const line of shown.filter((l) => l !== '…')) expect(lines).toContain(line);
  });

  it('in English with --lang en', async () => {
    const r = await dcs(['history', '--plan', WARD, '--year', '2025', '--unit', 'tdp-14', '--lang', 'en'], {
      now: LATER,
    });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('UBND phường Hư Cấu: the reporting periods of 2025, as of Sunday, 20/09/2026.');
    expect(lines).toContain('Report submission (1 unit)');
    expect(lines).toContain(
      '│ Tổ dân phố số 14     │ 1 day late      │ Not sent        │ On time         │ 1/3      │ 1        │',
    );
    expect(lines).toContain(
      '│ PL1.1.1  │ Rà soát, sửa đổi hương ước,  │ In progress      │ Not sent         │ Not applicable   │',
    );
  });

  it('CSV: one long table, its section in the first column', async () => {
    const r = await dcs(
      ['history', '--plan', WARD, '--year', '2025', '--unit', 'tdp-14', '--format', 'csv'],
      {
        now: LATER,
      },
    );
    expect(r.stdout.split('\r\n').slice(0, 6)).toEqual([
      '\uFEFFphần,kỳ,hạn cuối,mã,tên,tình trạng,mã tình trạng,ngày gửi,chậm (ngày),số kỳ đến hạn,đúng hạn,đã gửi,tổng số ngày chậm,được giao,hoàn thành,đang thực hiện,chưa thực hiện,không phát sinh,chưa báo cáo',
      'unit,2025-6t,2025-06-04,tdp-14,Tổ dân phố số 14,Chậm 1 ngày,late,2025-06-05,1,,,,,,,,,,',
      'unit,2025-9t,2025-09-09,tdp-14,Tổ dân phố số 14,Chưa gửi,missing,,,,,,,,,,,,',
      'unit,2025-nam,2025-11-09,tdp-14,Tổ dân phố số 14,Đúng hạn,on-time,2025-11-05,0,,,,,,,,,,',
      'unit-total,,,tdp-14,Tổ dân phố số 14,,,,,3,1,2,1,,,,,,',
      'task,2025-6t,2025-06-04,II.1,"Tổ chức quán triệt, tuyên truyền Kế hoạch.",,,,,,,,,1,1,0,0,0,0',
    ]);
    const en = await dcs(['history', '--plan', WARD, '--year', '2025', '--format', 'csv', '--lang', 'en'], {
      now: LATER,
    });
    const rows = en.stdout.split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFsection,period,deadline,id,name,state_label,state,submitted,late_days,due,on_time,sent,total_late_days,assigned,done,in_progress,not_started,not_applicable,not_reported',
    );
    const count = (section: string) => rows.filter((l) => l.startsWith(`${section},`)).length;
    expect([count('unit'), count('unit-total'), count('task')]).toEqual([31 * 3, 31, 17 * 3]);
  });

  it('JSON: the year, its periods, each unit and each task by period', async () => {
    const r = await dcs(
      ['history', '--plan', WARD, '--year', '2025', '--unit', 'tdp-14', '--format', 'json'],
      {
        now: LATER,
      },
    );
    const h = JSON.parse(r.stdout) as History;
    expect(h.year).toBe(2025);
    expect(h.as_of).toBe('2026-09-20');
    expect(h.periods[0]).toEqual({
      instance: '2025-6t',
      id: '6t',
      name: 'Báo cáo 6 tháng',
      deadline: '2025-06-04',
      not_yet_due: false,
    });
    expect(h.units).toEqual([
      {
        id: 'tdp-14',
        name: 'Tổ dân phố số 14',
        periods: {
          '2025-6t': { state: 'late', late_days: 1, submitted: '2025-06-05' },
          '2025-9t': { state: 'missing', late_days: null, submitted: null },
          '2025-nam': { state: 'on-time', late_days: 0, submitted: '2025-11-05' },
        },
        due: 3,
        on_time: 1,
        sent: 2,
        total_late_days: 1,
      },
    ]);
    expect(h.tasks.map((t) => t.id)).toEqual(['II.1', 'PL1.1.1', 'PL1.1.3', 'PL2.3.2']);
    expect(h.tasks[1]!.periods['2025-nam']).toEqual({
      assigned: 1,
      done: 0,
      in_progress: 0,
      not_started: 0,
      not_applicable: 1,
      not_reported: 0,
      rate: null,
    });
  });
});

describe('dcs history before a deadline', () => {
  it('says "Chưa đến hạn" where due says the report is not yet overdue, and agrees with due on every report', async () => {
    const asOf = '2026-09-05';
    const h = JSON.parse(
      (
        await dcs(['history', '--plan', WARD, '--year', '2026', '--as-of', asOf, '--format', 'json'], {
          now: LATER,
        })
      ).stdout,
    ) as History;
    expect(h.periods.map((p) => [p.instance, p.not_yet_due])).toEqual([
      ['2026-6t', false],
      ['2026-9t', true],
      ['2026-nam', true],
    ]);
    const due = JSON.parse(
      (await dcs(['due', '--plan', WARD, '--all', '--as-of', asOf, '--format', 'json'], { now: LATER }))
        .stdout,
    ) as { kind: string; id: string; unit: string; status: string }[];
    const expected: Record<string, string[]> = {
      'on-time': ['done'],
      late: ['done'],
      missing: ['overdue'],
      'received-with-errors': ['needs-fixing'],
      'not-yet-due': ['due-soon', 'upcoming'],
    };
    let compared = 0;
    for (const u of h.units)
      for (const [instance, s] of Object.entries(u.periods)) {
        const item = due.find((i) => i.kind === 'report' && i.id === instance && i.unit === u.id)!;
        expect(expected[s.state], `${u.id} ${instance}`).toContain(item.status);
        compared++;
      }
    expect(compared).toBe(31 * 3);
    // Sent by 05/09 (before the deadline of 09/09) counts; sent after the as-of date has not arrived yet.
    const nine = h.units.map((u) => u.periods['2026-9t']!.state);
    expect(nine.filter((s) => s === 'on-time').length).toBe(8);
    expect(nine.filter((s) => s === 'not-yet-due').length).toBe(23);
    // Sent early (04/09, before the deadline of 09/09) it is owed and on time; not sent yet, not yet due.
    const owed = (id: string) => h.units.find((u) => u.id === id)!;
    expect(owed('tdp-1')).toMatchObject({ due: 2, on_time: 1, sent: 2, total_late_days: 4 });
    expect(owed('tdp-5')).toMatchObject({ due: 1, on_time: 0, sent: 1, total_late_days: 3 });
    const table = (
      await dcs(['history', '--plan', WARD, '--year', '2026', '--as-of', asOf, '--unit', 'tdp-5'], {
        now: LATER,
      })
    ).stdout;
    expect(table).toContain(
      '│ Tổ dân phố số 5      │ Chậm 3 ngày     │ Chưa đến hạn    │ Chưa đến hạn    │ 0/1      │ 3        │',
    );
    expect(table).toContain(
      '│ II.1     │ Tổ chức quán triệt, tuyên    │ Hoàn thành       │ —                │ —                │',
    );
  });
});

describe('dcs history: the year it shows, and its mistakes', () => {
  it('defaults to this year once a period of it is past its deadline; before that, to last year', async () => {
    const dir = planCopy(WARD);
    for (const name of readdirSync(join(dir, 'reports')).filter((n) => n.startsWith('2026-')))
      rmSync(join(dir, 'reports', name), { recursive: true });
    const year = async (now: Date, cwd = dir) =>
      (JSON.parse((await dcs(['history', '--format', 'json'], { cwd, now })).stdout) as History).year;
    expect(await year(new Date('2026-03-01T03:00:00Z'))).toBe(2025);
    expect(await year(new Date('2026-06-04T03:00:00Z'))).toBe(2025); // the deadline's own day: not past yet
    expect(await year(NOW)).toBe(2026);
    // Hồng An's plan applies from 2026: it owed nothing in 2025.
    expect(await year(new Date('2026-03-01T03:00:00Z'), HONG_AN)).toBe(2026);
    // In Hải Phòng it is already 2027 at 17:30 UTC on 31/12/2026 — and nothing of 2027 is due.
    expect(await year(new Date('2026-12-31T17:30:00Z'))).toBe(2026);
  });

  it('a year the plan asks nothing of says so', async () => {
    const r = await dcs(['history', '--plan', WARD, '--year', '2024'], { now: NOW });
    expect(r.stdout).toBe(
      'UBND phường Hư Cấu: các kỳ báo cáo năm 2024, tính đến Thứ Tư, 10/06/2026.\n\nNăm 2024 không có kỳ báo cáo nào kế hoạch đòi.\n',
    );
  });

  it('an unknown unit, a bad year, date or format is a usage error (exit 2), as in due', async () => {
    for (const args of [
      ['--unit', 'tdp-99'],
      ['--year', '25'],
      ['--year', 'năm nay'],
      ['--as-of', '31/02/2026'],
      ['--format', 'xml'],
    ]) {
      const r = await dcs(['history', '--plan', WARD, ...args], { now: NOW });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    const unit = await dcs(['history', '--plan', WARD, '--unit', 'tdp-99'], { now: NOW });
    const due = await dcs(['due', '--plan', WARD, '--unit', 'tdp-99'], { now: NOW });
    expect(unit.stderr).toBe(due.stderr);
    expect((await dcs(['history', '--plan', WARD, '--year', '25'], { now: NOW })).stderr).toContain(
      '"25" không phải là một năm hợp lệ',
    );
  });

  it('reads DCS_PLAN like the other commands', async () => {
    const r = await dcs(['history', '--year', '2025', '--format', 'json'], {
      env: { DCS_PLAN: WARD },
      now: LATER,
    });
    expect((JSON.parse(r.stdout) as History).units.length).toBe(31);
  });
});
