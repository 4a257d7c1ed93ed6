// dcs ics: the calendar is read back with an independent parser (Mozilla's ical.js), never by
// looking for strings ical-generator happens to write.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dcs, dcsBin, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
  alarms: string[];
}

/** Every VEVENT of an iCalendar text, as ical.js reads it. */
function events(text: string): Parsed[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(cal.name).toBe('vcalendar');
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      stamp: String(v.getFirstPropertyValue('dtstamp')),
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    };
  });
}

const reportEvents = (list: Parsed[]) => list.filter((e) => e.summary.startsWith('Hạn báo cáo'));

describe('dcs ics on the shipped plan', () => {
  it('22/05/2026: the 6-month, 9-month and annual report deadlines as all-day events with a 3-day alarm', async () => {
    const r = await dcs(['ics', '--as-of', '2026-05-22']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const list = events(r.stdout);
    expect(reportEvents(list).map((e) => [e.start, e.end, e.summary, e.allDay, e.alarms, e.stamp])).toEqual([
      [
        '2026-06-04',
        '2026-06-05',
        'Hạn báo cáo 6 tháng năm 2026 — 3 đơn vị',
        true,
        ['-P3D'],
        '2026-05-22T00:00:00Z',
      ],
      [
        '2026-09-09',
        '2026-09-10',
        'Hạn báo cáo 9 tháng năm 2026 — 3 đơn vị',
        true,
        ['-P3D'],
        '2026-05-22T00:00:00Z',
      ],
      ['2026-11-09', '2026-11-10', 'Hạn báo cáo năm 2026 — 3 đơn vị', true, ['-P3D'], '2026-05-22T00:00:00Z'],
    ]);
    // The next 12 months: 22/05/2026 to 21/05/2027, so the 6-month report of 2027 is not in it.
    expect(list.every((e) => e.start >= '2026-05-22' && e.start <= '2027-05-21' && e.allDay)).toBe(true);
    const six = list[0]!.description;
    expect(six).toContain('Trước ngày 05/6 hằng năm'); // the phrase as written
    expect(six).toContain('Thứ Năm, 04/06/2026');
    for (const unit of [
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      'Phòng Văn hóa - Xã hội',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ])
      expect(six).toContain(`- ${unit}`);
    expect(six).toContain('Gửi về: Phòng Văn hóa - Xã hội');
    expect(six).toContain('Kế hoạch: Triển khai thực hiện Nghị quyết số 82/NQ-HĐND');
    // The dated tasks: yearly ones, due by 31/12.
    const tasks = list.filter((e) => e.summary.startsWith('Hạn nhiệm vụ'));
    expect(tasks.map((e) => `${e.start} ${e.summary.split(':')[0]!}`)).toEqual([
      '2026-12-31 Hạn nhiệm vụ IV.1.b — Các cơ quan, đơn vị thuộc phường',
      '2026-12-31 Hạn nhiệm vụ IV.1.d — Các cơ quan, đơn vị thuộc phường',
      '2026-12-31 Hạn nhiệm vụ IV.2.a — VHXH',
    ]);
    const iv2a = tasks[2]!.description;
    expect(iv2a).toContain('Thời gian theo kế hoạch: Định kỳ hàng năm và theo yêu cầu đột xuất');
    expect(iv2a).toContain('Đơn vị chủ trì: Phòng Văn hóa - Xã hội');
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
    expect(list.every((e) => /^[0-9a-f]{32}@dcs$/.test(e.uid))).toBe(true);
  });

  it('is byte-identical across runs, clocks and time zones; only the as-of date moves DTSTAMP', async () => {
    const args = ['ics', '--as-of', '2026-05-22'];
    const a = await dcs(args);
    const b = await dcs(args, { now: new Date('2031-01-01T12:00:00Z') });
    expect(b.stdout).toBe(a.stdout);
    const la = dcsBin(args, { env: { TZ: 'America/Los_Angeles' } });
    const hp = dcsBin(args, { env: { TZ: 'Asia/Ho_Chi_Minh' } });
    expect(la.code).toBe(0);
    expect(la.stdout).toBe(a.stdout);
    expect(hp.stdout).toBe(a.stdout);
    const later = await dcs(['ics', '--as-of', '2026-05-23', '--from', '2026-05-22', '--to', '2027-05-21']);
    expect(later.stdout.replace(/DTSTAMP:20260523T000000Z/g, 'DTSTAMP:20260522T000000Z')).toBe(a.stdout);
    expect(a.stdout).toMatch(/\r\n$/);
    expect(a.stdout.split('\r\n').every((l) => !l.includes('\n') && Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it('keeps UIDs across runs and windows, so importing again updates rather than duplicates', async () => {
    const uids = async (args: string[]) =>
      new Map(events((await dcs(['ics', ...args])).stdout).map((e) => [`${e.start} ${e.summary}`, e.uid]));
    const may = await uids(['--as-of', '2026-05-22']);
    const june = await uids(['--as-of', '2026-06-10', '--from', '2026-01-01', '--to', '2027-12-31']);
    expect(may.size).toBe(6);
    for (const [key, uid] of may) expect(june.get(key), key).toBe(uid);
    // One unit's calendar is a calendar of its own: its events never replace the ward's.
    const vhxh = await uids(['--as-of', '2026-05-22', '--unit', 'vhxh']);
    for (const uid of vhxh.values()) expect([...may.values()]).not.toContain(uid);
  });

  it("--unit: only what that unit owes, named in the summary; an unknown unit is due's usage error", async () => {
    const r = await dcs(['ics', '--as-of', '2026-05-22', '--unit', 'ktht']);
    expect(r.code).toBe(0);
    const list = events(r.stdout);
    expect(list.map((e) => `${e.start} ${e.summary.split(':')[0]!}`)).toEqual([
      '2026-06-04 Hạn báo cáo 6 tháng năm 2026 — KT, HT và ĐT',
      '2026-09-09 Hạn báo cáo 9 tháng năm 2026 — KT, HT và ĐT',
      '2026-11-09 Hạn báo cáo năm 2026 — KT, HT và ĐT',
      '2026-12-31 Hạn nhiệm vụ IV.1.b — KT, HT và ĐT',
      '2026-12-31 Hạn nhiệm vụ IV.1.d — KT, HT và ĐT',
    ]);
    expect(list[0]!.description).toContain(
      'Đơn vị phải gửi báo cáo (1):\n- Phòng Kinh tế, Hạ tầng và Đô thị',
    );
    expect(list[3]!.description).toContain(
      'Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị (Các cơ quan, đơn vị thuộc phường)',
    );
    const bad = await dcs(['ics', '--unit', 'kt-ht']);
    const due = await dcs(['due', '--unit', 'kt-ht']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(due.stderr);
  });

  it('--from/--to: the window, both ends included, in ISO or dd/mm/yyyy', async () => {
    const r = await dcs(['ics', '--as-of', '2026-05-22', '--from', '09/09/2026', '--to', '2026-11-09']);
    expect(events(r.stdout).map((e) => e.start)).toEqual(['2026-09-09', '2026-11-09']);
    const years = await dcs(['ics', '--from', '2026-01-01', '--to', '2028-12-31']);
    expect(reportEvents(events(years.stdout))).toHaveLength(9);
    for (const args of [
      ['--from', '2026-12-01', '--to', '2026-11-30'],
      ['--from', '2026-01-01', '--to', '2040-01-01'],
      ['--from', '31/02/2026'],
      ['--to', 'mai'],
    ]) {
      const bad = await dcs(['ics', ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stdout).toBe('');
    }
    const none = await dcs(['ics', '--from', '2026-06-05', '--to', '2026-06-06']);
    expect(none.code).toBe(0);
    expect(events(none.stdout)).toEqual([]);
    expect(none.stderr).toContain('Không có hạn nào từ 05/06/2026 đến 06/06/2026');
  });

  it('--alarm DAYS: another reminder, 0 for none; anything else exits 2', async () => {
    const week = events((await dcs(['ics', '--as-of', '2026-05-22', '--alarm', '7'])).stdout);
    expect(week.every((e) => e.alarms.join() === '-P7D')).toBe(true);
    const none = events((await dcs(['ics', '--as-of', '2026-05-22', '--alarm', '0'])).stdout);
    expect(none).toHaveLength(6);
    expect(none.every((e) => e.alarms.length === 0)).toBe(true);
    for (const value of ['-1', 'ba', '2.5', '400', '']) {
      const r = await dcs(['ics', '--alarm', value]);
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).not.toMatch(/\n\s+at /);
    }
  });

  it('-o FILE writes atomically and says so; refuses to overwrite without --force; "-" is stdout', async () => {
    const dir = tempDir();
    const file = join(dir, 'lich.ics');
    const r = await dcs(['ics', '--as-of', '2026-05-22', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã ghi 6 hạn \(từ 22\/05\/2026 đến 21\/05\/2027\) vào .*lich\.ics\.\n$/);
    const first = readFileSync(file, 'utf8');
    expect(first).toBe((await dcs(['ics', '--as-of', '2026-05-22', '-o', '-'])).stdout);
    writeFileSync(file, 'mine');
    const again = await dcs(['ics', '--as-of', '2026-05-22', '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await dcs(['ics', '--as-of', '2026-05-22', '-o', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect((await dcs(['ics', '-o', dir])).code).toBe(2);
  });

  it('--lang en: English words around the plan’s own text', async () => {
    const r = await dcs(['ics', '--as-of', '2026-05-22', '--lang', 'en', '--unit', 'vhxh']);
    const list = events(r.stdout);
    expect(list[0]!.summary).toBe('Due: Báo cáo 6 tháng năm 2026 — VHXH');
    expect(list[0]!.description).toContain('Last allowed day: Thursday, 04/06/2026');
    expect(list[0]!.description).toContain('Time as the plan words it: Trước ngày 05/6 hằng năm');
    expect(list.find((e) => e.summary.startsWith('Due: task IV.2.a — VHXH'))).toBeDefined();
    expect(r.stdout).toContain('PRODID:-//dcs//dcs//EN');
    const file = join(tempDir(), 'en.ics');
    expect((await dcs(['ics', '--lang', 'en', '--as-of', '2026-05-22', '-o', file])).stdout).toContain(
      'Wrote 6 deadlines (22/05/2026 to 21/05/2027) to',
    );
  });

  it('a plan with errors: the calendar of what could be read, a warning, exit 1 (as due does)', async () => {
    const plan = readFileSync(join(HONG_AN, 'plan.yaml'), 'utf8').replace('lead: ktht', 'lead: kt-ht');
    const dir = planCopy(HONG_AN, { 'plan.yaml': plan });
    const r = await dcs(['ics', '--as-of', '2026-05-22'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe((await dcs(['due', '--as-of', '2026-05-22'], { cwd: dir })).stderr);
    expect(reportEvents(events(r.stdout))).toHaveLength(3);
  });

  it('only dcs ics loads ical-generator', () => {
    const loads = (args: string[]) => {
      const trace = join(tempDir(), 'trace.txt');
      const r = dcsBin(args, {
        env: { DCS_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}` },
      });
      expect(r.code, args.join(' ')).toBe(0);
      return readFileSync(trace, 'utf8')
        .split('\n')
        .some((l) => /node_modules\/ical-generator\//.test(l));
    };
    expect(loads(['due', '--as-of', '2026-05-22'])).toBe(false);
    expect(loads(['check'])).toBe(false);
    expect(loads(['ics', '--as-of', '2026-05-22'])).toBe(true);
  });
});

describe('dcs ics on a plan made by dcs init', () => {
  it('holds the report deadlines of the next 12 months', async () => {
    const now = new Date('2026-03-02T03:00:00Z');
    const dir = join(tempDir(), 'phuong-thu');
    expect((await dcs(['init', dir, '--ward', 'Phường Thử Nghiệm'], { now })).code).toBe(0);
    const out = join(dir, 'lich.ics');
    const r = await dcs(['ics', '--plan', dir, '-o', out], { now, cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const reports = reportEvents(events(readFileSync(out, 'utf8')));
    // Whatever periods init writes, each yearly report falls once in 12 months, all-day, with an alarm.
    expect(reports.length).toBeGreaterThanOrEqual(3);
    for (const e of reports) {
      expect(e.allDay).toBe(true);
      expect(e.start >= '2026-03-02' && e.start <= '2027-03-01').toBe(true);
      expect(e.alarms).toEqual(['-P3D']);
    }
  });
});
