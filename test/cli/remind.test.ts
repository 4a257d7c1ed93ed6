// dcs remind: the messages for units that have not sent a period's report, or sent one that needs
// fixing, on copies of the fixture ward (reports of several periods). Outputs are asserted whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dcs as dcsAt, FIXTURES, planCopy, tempDir } from '../helpers/cli.js';
import { fillWithExceljs } from '../helpers/forms.js';

const WARD = join(FIXTURES, 'phuong-hu-cau');
const AS_OF = ['--as-of', '2026-06-10'];

/** The clock stands after the fixture's last report (13/09/2026), so none of them is dated in the future:
 * the date that matters is --as-of. */
const dcs = (argv: string[], o: Parameters<typeof dcsAt>[1] = {}) =>
  dcsAt(argv, { now: new Date('2026-09-20T03:00:00Z'), ...o });

/** The message to a unit that has not sent the 6-month report of 2026, as of 10/06/2026. */
const missing = (name: string, contact = 'Mọi vướng mắc xin liên hệ Phòng Văn hóa - Xã hội.') =>
  `Kính gửi: ${name}

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu, đến ngày 10/06/2026 Ủy ban nhân dân phường chưa nhận được Báo cáo 6 tháng năm 2026 của đơn vị.
Hạn gửi: Trước ngày 05/6 hằng năm (hạn cuối Thứ Năm, 04/06/2026); đã quá hạn 6 ngày.

Đề nghị đơn vị khẩn trương gửi báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).

${contact}`;

const THREE = `── 1/3 · Trường Tiểu học Hư Cấu · chưa gửi · chưa có địa chỉ liên hệ ──

Kính gửi: Trường Tiểu học Hư Cấu

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu, đến ngày 10/06/2026 Ủy ban nhân dân phường chưa nhận được Báo cáo 6 tháng năm 2026 của đơn vị.
Hạn gửi: Trước ngày 05/6 hằng năm (hạn cuối Thứ Năm, 04/06/2026); đã quá hạn 6 ngày.

Đề nghị đơn vị khẩn trương gửi báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).

Mọi vướng mắc xin liên hệ Phòng Văn hóa - Xã hội.

── 2/3 · Tổ dân phố số 10 · chưa gửi · gửi tới: 0225 3000010 ──

Kính gửi: Tổ dân phố số 10

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu, đến ngày 10/06/2026 Ủy ban nhân dân phường chưa nhận được Báo cáo 6 tháng năm 2026 của đơn vị.
Hạn gửi: Trước ngày 05/6 hằng năm (hạn cuối Thứ Năm, 04/06/2026); đã quá hạn 6 ngày.

Đề nghị đơn vị khẩn trương gửi báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).

Mọi vướng mắc xin liên hệ Phòng Văn hóa - Xã hội.

── 3/3 · Tổ dân phố số 21 · chưa gửi · gửi tới: 0225 3000021 ──

Kính gửi: Tổ dân phố số 21

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu, đến ngày 10/06/2026 Ủy ban nhân dân phường chưa nhận được Báo cáo 6 tháng năm 2026 của đơn vị.
Hạn gửi: Trước ngày 05/6 hằng năm (hạn cuối Thứ Năm, 04/06/2026); đã quá hạn 6 ngày.

Đề nghị đơn vị khẩn trương gửi báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).

Mọi vướng mắc xin liên hệ Phòng Văn hóa - Xã hội.
`;

/** RFC 4180, enough to read back what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\r')) cell += ch;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else {
      // "\r\n" outside quotes ends a row.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

interface JsonReminder {
  unit: string;
  status: string;
  contact: string;
  message: string;
  subject: string;
  problems: { code: string; message: string; where: string }[];
}

describe('dcs remind on the fixture ward, as of 10/06/2026', () => {
  let dir: string;
  beforeAll(() => {
    dir = planCopy(WARD);
  });

  it('one message per unit that has not sent the 6-month report, each with its contact; a count on stderr', async () => {
    const r = await dcs(['remind', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(THREE);
    expect(r.stderr).toBe(
      '3 tin nhắn đôn đốc Báo cáo 6 tháng năm 2026 (2026-6t), tính đến 10/06/2026: 3 đơn vị chưa gửi, 0 báo cáo cần sửa.\n',
    );
  });

  it('don-doc is the same command; the plan comes from --plan or DCS_PLAN like everywhere', async () => {
    const alias = await dcs(['don-doc', '--plan', dir, ...AS_OF], { cwd: tempDir() });
    expect(alias).toEqual({ code: 0, stdout: THREE, stderr: expect.stringContaining('3 tin nhắn') });
    const env = await dcs(['remind', ...AS_OF], { cwd: tempDir(), env: { DCS_PLAN: dir } });
    expect(env.stdout).toBe(THREE);
  });

  it('--period 6t is the as-of year; with no --period, the latest period past or near its deadline', async () => {
    expect((await dcs(['remind', ...AS_OF, '--period', '6t'], { cwd: dir })).stdout).toBe(THREE);
    expect((await dcs(['remind', ...AS_OF, '--period', '2026-6t'], { cwd: dir })).stdout).toBe(THREE);
    const summary = async (argv: string[]) => (await dcs(['remind', ...argv], { cwd: dir })).stderr;
    // 25/05/2026: the 6-month deadline (04/06) is within the 14 days of settings.within_days.
    expect(await summary(['--as-of', '2026-05-25'])).toMatch(/^31 tin nhắn đôn đốc Báo cáo 6 tháng năm 2026/);
    const soon = (await dcs(['remind', '--as-of', '2026-05-25'], { cwd: dir })).stdout;
    expect(soon).toContain('(hạn cuối Thứ Năm, 04/06/2026); còn 10 ngày.\n\nĐề nghị đơn vị gửi báo cáo về');
    // 15/01/2026: nothing near; the annual report of 2025 is the latest past.
    expect(await summary(['--as-of', '2026-01-15'])).toBe(
      '4 tin nhắn đôn đốc Báo cáo năm 2025 (2025-nam), tính đến 15/01/2026: 4 đơn vị chưa gửi, 0 báo cáo cần sửa.\n',
    );
    // A bare id in another year is that year's: the 6-month report of 2025, as of 01/07/2025.
    expect(await summary(['--as-of', '01/07/2025', '--period', '6t'])).toBe(
      '3 tin nhắn đôn đốc Báo cáo 6 tháng năm 2025 (2025-6t), tính đến 01/07/2025: 3 đơn vị chưa gửi, 0 báo cáo cần sửa.\n',
    );
  });

  it('an unknown period is the usage error compile gives (exit 2); so is a bad format or date', async () => {
    const r = await dcs(['remind', '--period', '2026-quy'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const compile = await dcs(['compile', '--period', '2026-quy'], { cwd: dir });
    expect(r.stderr).toBe(compile.stderr);
    expect(r.stderr).toContain('"2026-quy" không phải là một kỳ báo cáo của kế hoạch');
    expect((await dcs(['remind', '--format', 'xml'], { cwd: dir })).code).toBe(2);
    expect((await dcs(['remind', '--as-of', '31/02/2026'], { cwd: dir })).code).toBe(2);
  });

  it('CSV for a mail merge: BOM, one row per message, the same message as the text', async () => {
    const r = await dcs(['remind', ...AS_OF, '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFmã đơn vị,đơn vị,liên hệ,tiêu đề,nội dung\r\n')).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows.map((x) => x.slice(0, 4))).toEqual([
      ['mã đơn vị', 'đơn vị', 'liên hệ', 'tiêu đề'],
      ['th-hu-cau', 'Trường Tiểu học Hư Cấu', '', 'V/v đôn đốc gửi Báo cáo 6 tháng năm 2026'],
      ['tdp-10', 'Tổ dân phố số 10', '0225 3000010', 'V/v đôn đốc gửi Báo cáo 6 tháng năm 2026'],
      ['tdp-21', 'Tổ dân phố số 21', '0225 3000021', 'V/v đôn đốc gửi Báo cáo 6 tháng năm 2026'],
    ]);
    expect(rows[2]![4]).toBe(missing('Tổ dân phố số 10'));
    const en = await dcs(['remind', ...AS_OF, '--format', 'csv', '--lang', 'en'], { cwd: dir });
    expect(en.stdout.startsWith('\uFEFFunit,name,contact,subject,message\r\n')).toBe(true);
  });

  it('JSON: the fields a program needs', async () => {
    const r = await dcs(['remind', ...AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as JsonReminder[];
    expect(list).toHaveLength(3);
    expect(list[1]).toEqual({
      unit: 'tdp-10',
      name: 'Tổ dân phố số 10',
      contact: '0225 3000010',
      period: '2026-6t',
      period_name: 'Báo cáo 6 tháng năm 2026',
      deadline: '2026-06-04',
      deadline_phrase: 'Trước ngày 05/6 hằng năm',
      status: 'missing',
      days: -6,
      overdue_days: 6,
      subject: 'V/v đôn đốc gửi Báo cáo 6 tháng năm 2026',
      message: missing('Tổ dân phố số 10'),
      files: [],
      problems: [],
    });
    expect(list.map((x) => [x.unit, x.status, x.contact])).toEqual([
      ['th-hu-cau', 'missing', ''],
      ['tdp-10', 'missing', '0225 3000010'],
      ['tdp-21', 'missing', '0225 3000021'],
    ]);
  });

  it("--lang en: the same messages in English, the plan's names as written", async () => {
    const r = await dcs(['remind', ...AS_OF, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n\n── ')[1]).toBe(`2/3 · Tổ dân phố số 10 · not sent · send to: 0225 3000010 ──

To: Tổ dân phố số 10

Under Plan No. 12/KH-UBND of 20/12/2024 of Ủy ban nhân dân phường Hư Cấu, as of 10/06/2026 we have not received your Báo cáo 6 tháng năm 2026.
Deadline: Trước ngày 05/6 hằng năm (last day Thursday, 04/06/2026); now 6 days overdue.

Please send the report without delay to Ủy ban nhân dân phường Hư Cấu (through Phòng Văn hóa - Xã hội).

For any questions, please contact Phòng Văn hóa - Xã hội.`);
    expect(r.stderr).toBe(
      '3 reminders for Báo cáo 6 tháng năm 2026 (2026-6t), as of 10/06/2026: 3 units not sent, 0 reports to fix.\n',
    );
  });
});

describe('dcs remind: reports that need fixing, contacts, nobody left', () => {
  it('a report received with errors: what is wrong and where (line, or sheet!cell), and a request to resend', async () => {
    const dir = planCopy(WARD, {
      'reports/2026-6t/th-hu-cau.yaml':
        'unit: th-hu-cau\nperiod: 2026-6t\nsubmitted: "2026-06-03"\ntasks:\n  - task: II.1\n    status: xong\n',
    });
    const forms = join(tempDir(), 'forms');
    await dcs(['template', '--plan', dir, '--period', '2026-6t', '--unit', 'tdp-10', '-o', forms]);
    await fillWithExceljs(join(forms, 'tdp-10.xlsx'), join(dir, 'reports/2026-6t/Bao cao 6T (1).xlsx'), {
      submitted: '03/06/2026',
      status: 'Hoàn thành',
      cells: { D18: 'Xong rồi', E25: 'mười' },
    });
    const r = await dcs(['remind', ...AS_OF], { cwd: dir });
    // As `due`: report files with errors make the exit code 1.
    expect(r.code).toBe(1);
    const blocks = r.stdout.split(/\n(?=── )/);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      '── 1/3 · Tổ dân phố số 21 · chưa gửi · gửi tới: 0225 3000021 ──',
      '── 2/3 · Trường Tiểu học Hư Cấu · cần sửa · chưa có địa chỉ liên hệ ──',
      '── 3/3 · Tổ dân phố số 10 · cần sửa · gửi tới: 0225 3000010 ──',
    ]);
    expect(blocks[1]).toBe(`── 2/3 · Trường Tiểu học Hư Cấu · cần sửa · chưa có địa chỉ liên hệ ──

Kính gửi: Trường Tiểu học Hư Cấu

Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu, Ủy ban nhân dân phường đã nhận được Báo cáo 6 tháng năm 2026 của đơn vị (gửi ngày 03/06/2026, tệp th-hu-cau.yaml) nhưng chưa sử dụng được vì:
- dòng 6: "xong" không phải là giá trị hợp lệ.
Hạn gửi: Trước ngày 05/6 hằng năm (hạn cuối Thứ Năm, 04/06/2026).

Đề nghị đơn vị sửa và gửi lại báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).

Mọi vướng mắc xin liên hệ Phòng Văn hóa - Xã hội.
`);
    expect(blocks[2]).toContain(
      '(gửi ngày 03/06/2026, tệp Bao cao 6T (1).xlsx) nhưng chưa sử dụng được vì:\n' +
        '- Báo cáo!D18: "Xong rồi" không phải là tiến độ hợp lệ; chọn Hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Không phát sinh.\n' +
        '- Báo cáo!E25: "mười" không phải là một số.\n' +
        'Hạn gửi:',
    );
    expect(r.stderr).toContain(': 1 đơn vị chưa gửi, 2 báo cáo cần sửa.\n');

    const json = JSON.parse(
      (await dcs(['remind', ...AS_OF, '--format', 'json'], { cwd: dir })).stdout,
    ) as JsonReminder[];
    const tdp10 = json.find((x) => x.unit === 'tdp-10')!;
    expect(tdp10.status).toBe('needs-fixing');
    expect(tdp10.subject).toBe('V/v đề nghị sửa và gửi lại Báo cáo 6 tháng năm 2026');
    expect(tdp10.problems.map((p) => [p.code, p.where])).toEqual([
      ['form-bad-status', 'reports/2026-6t/Bao cao 6T (1).xlsx:Báo cáo!D18'],
      ['form-bad-number', 'reports/2026-6t/Bao cao 6T (1).xlsx:Báo cáo!E25'],
    ]);

    const en = (await dcs(['remind', ...AS_OF, '--lang', 'en'], { cwd: dir })).stdout;
    expect(en).toContain(
      'we have received your Báo cáo 6 tháng năm 2026, sent on 03/06/2026 (file th-hu-cau.yaml), but cannot use it yet:\n- line 6: ',
    );
    expect(en).toContain('Please correct the report and send it again to Ủy ban nhân dân phường Hư Cấu');
  });

  it("the receiving unit's contact closes each message", async () => {
    const units = readFileSync(join(WARD, 'units.yaml'), 'utf8').replace(
      '  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n    kind: phong\n',
      '  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n    kind: phong\n    contact: "0225 3826 111, vhxh@hucau.gov.vn"\n',
    );
    expect(units).toContain('vhxh@hucau.gov.vn');
    const dir = planCopy(WARD, { 'units.yaml': units });
    const r = await dcs(['remind', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `${missing('Tổ dân phố số 21', 'Mọi vướng mắc xin liên hệ: Phòng Văn hóa - Xã hội, 0225 3826 111, vhxh@hucau.gov.vn.')}\n`,
    );
  });

  it('when every unit has sent, says so (exit 0); JSON is an empty list', async () => {
    const report = (unit: string) =>
      readFileSync(join(WARD, 'reports/2026-6t/tdp-11.yaml'), 'utf8').replaceAll('tdp-11', unit);
    const school = readFileSync(join(WARD, 'reports/2025-6t/th-hu-cau.yaml'), 'utf8')
      .replace('period: 2025-6t', 'period: 2026-6t')
      .replace('submitted: "2025-06-06"', 'submitted: "2026-06-08"');
    const dir = planCopy(WARD, {
      'reports/2026-6t/tdp-10.yaml': report('tdp-10'),
      'reports/2026-6t/tdp-21.yaml': report('tdp-21'),
      'reports/2026-6t/th-hu-cau.yaml': school,
    });
    const r = await dcs(['remind', ...AS_OF], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout: 'Tính đến 10/06/2026, không có đơn vị nào cần đôn đốc về Báo cáo 6 tháng năm 2026 (2026-6t).\n',
      stderr: '',
    });
    const json = await dcs(['remind', ...AS_OF, '--format', 'json'], { cwd: dir });
    expect(json.stdout).toBe('[]\n');
    expect(json.stderr).toContain('không có đơn vị nào cần đôn đốc');
  });
});
