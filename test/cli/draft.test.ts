// dcs draft: the Word document read back by readers that share nothing with the `docx` package that
// wrote it — word/document.xml unzipped and parsed here, and python-docx where Debian's python3-docx
// is installed — checked against the fixture ward's reports and against the workbook `compile` makes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { excel } from '../../src/excel/exceljs.js';
import { dcs, dcsBin, FIXTURES, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';

const NOW = new Date('2026-06-20T03:00:00Z');
const HAS_PYTHON_DOCX =
  spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The zip's parts, and the text of every paragraph of word/document.xml (tables' too), in order. */
async function unzipped(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const xml = await part('word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
      .join('')
      .replace(/\u00a0/g, ' '),
  );
  return { zip, part, xml, paragraphs };
}

interface PyDoc {
  paragraphs: { text: string; bold: boolean; highlight: boolean }[];
  tables: string[][][];
  section: {
    width: number;
    height: number;
    left: number;
    right: number;
    top: number;
    bottom: number;
    firstPage: boolean;
    header: string;
    firstHeader: string;
  };
  core: { created: string; modified: string; title: string };
}

const PY = `
import docx, json, sys
from docx.enum.text import WD_COLOR_INDEX
d = docx.Document(sys.argv[1])
s = d.sections[0]
mm = lambda v: round(v.mm, 1)
print(json.dumps({
  'paragraphs': [{'text': p.text, 'bold': bool(p.runs and p.runs[0].bold),
                  'highlight': any(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in p.runs)}
                 for p in d.paragraphs],
  'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  'section': {'width': mm(s.page_width), 'height': mm(s.page_height), 'left': mm(s.left_margin),
              'right': mm(s.right_margin), 'top': mm(s.top_margin), 'bottom': mm(s.bottom_margin),
              'firstPage': s.different_first_page_header_footer,
              'header': s.header._element.xml, 'firstHeader': s.first_page_header._element.xml},
  'core': {'created': d.core_properties.created.isoformat(), 'modified': d.core_properties.modified.isoformat(),
           'title': d.core_properties.title},
}, ensure_ascii=False))
`;

function python(file: string): PyDoc {
  const r = spawnSync('/usr/bin/python3', ['-c', PY, file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const doc = JSON.parse(r.stdout) as PyDoc;
  for (const p of doc.paragraphs) p.text = p.text.replace(/\u00a0/g, ' ');
  return doc;
}

const STATUS: Record<string, string> = {
  'dang-thuc-hien': 'đang thực hiện',
  'chua-thuc-hien': 'chưa thực hiện',
  'khong-phat-sinh': 'không phát sinh',
};

interface FixtureReport {
  unit: string;
  tasks: { task: string; status: string; result?: string }[];
  difficulties?: string;
  proposals?: string;
}

let dir = '';
let file = '';
let units: { id: string; name: string; short?: string }[] = [];
/** The reports of 2026-6t, in units.yaml order. */
let reports: FixtureReport[] = [];
const nameOf = (id: string) => {
  const u = units.find((x) => x.id === id)!;
  return u.short ?? u.name;
};

beforeAll(async () => {
  // The fixture ward, with a short name for one unit (the others fall back to their names).
  const unitsYaml = readFileSync(join(FIXTURES, 'phuong-hu-cau/units.yaml'), 'utf8').replace(
    '  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n',
    '  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n    short: VHXH\n',
  );
  dir = planCopy(join(FIXTURES, 'phuong-hu-cau'), { 'units.yaml': unitsYaml });
  units = (parse(unitsYaml) as { units: typeof units }).units;
  const folder = join(dir, 'reports/2026-6t');
  const byUnit = new Map(
    readdirSync(folder)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => {
        const r = parse(readFileSync(join(folder, n), 'utf8')) as FixtureReport;
        return [r.unit, r] as const;
      }),
  );
  reports = units.flatMap((u) => byUnit.get(u.id) ?? []);
  const r = await dcs(['draft', '--period', '2026-6t'], { cwd: dir, now: NOW });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(
    'Đã ghi tong-hop/bao-cao-2026-6t.docx: 21 nhiệm vụ, 28 báo cáo được dùng, 3 đơn vị chưa gửi; 4 nhiệm vụ chưa có kết quả (tô vàng, cần bổ sung).\n',
  );
  file = join(dir, 'tong-hop/bao-cao-2026-6t.docx');
});

describe('dcs draft on the fixture ward, 2026-6t', () => {
  it('has the Nghị định 30 header, title, subject and opening line', async () => {
    const { paragraphs } = await unzipped(file);
    expect(paragraphs.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HƯ CẤU',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
    ]);
    // No --number: left blank for the clerk; dated the latest report used (08/06/2026).
    expect(paragraphs.slice(6, 8)).toEqual(['Số:       /BC-UBND', 'Hư Cấu, ngày 08 tháng 6 năm 2026']);
    expect(paragraphs.slice(8, 10)).toEqual([
      'BÁO CÁO',
      'Kết quả 6 tháng năm 2026 thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024',
    ]);
    expect(paragraphs).toContain(
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu về thực hiện dân chủ ở cơ sở trên địa bàn phường Hư Cấu giai đoạn 2025-2030; trên cơ sở báo cáo của các cơ quan, đơn vị, Ủy ban nhân dân phường Hư Cấu báo cáo kết quả 6 tháng năm 2026 như sau:',
    );
  });

  it('has sections I, II, III in order, and the tasks in the order of the plan', async () => {
    const { paragraphs } = await unzipped(file);
    const at = (s: string) => paragraphs.indexOf(s);
    const order = [
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Tình hình gửi báo cáo của các đơn vị',
      '2. Các nhiệm vụ của Kế hoạch',
      '3. Nhiệm vụ thực hiện các mục tiêu',
      'MT1. Các tổ dân phố có hương ước, quy ước được công nhận.',
      '4. Nhiệm vụ thực hiện các biện pháp',
      'BP1. Tập huấn, bồi dưỡng.',
      '5. Kết quả thực hiện các chỉ tiêu',
      'II. KHÓ KHĂN, VƯỚNG MẮC',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ].map(at);
    expect(order.every((k) => k > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const tasks = JSON.parse((await dcs(['tasks', '--format', 'json'], { cwd: dir, now: NOW })).stdout) as {
      id: string;
    }[];
    const shown = paragraphs.flatMap((p) => /^((?:[IVX]+\.\d|PL\d)[\w.]*)\. /.exec(p)?.[1] ?? []);
    expect(shown).toEqual(tasks.map((t) => t.id));
  });

  it('under each task: the counts the workbook has, and each unit’s result by its short name', async () => {
    const { paragraphs } = await unzipped(file);
    const taskAt = (id: string) => paragraphs.findIndex((p) => p.startsWith(`${id}. `));
    const under = (id: string) => {
      const from = taskAt(id);
      const to = paragraphs.findIndex((p, k) => k > from && !p.startsWith('- ') && /^\S+\. /.test(p));
      return paragraphs.slice(from + 1, to);
    };
    // The counts are the workbook's: the same summary, never counted twice.
    expect((await dcs(['compile', '--period', '2026-6t'], { cwd: dir, now: NOW })).code).toBe(0);
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'tong-hop/tong-hop-2026-6t.xlsx'));
    let checked = 0;
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      const id = String(row.getCell(1).value ?? '');
      if (!/^(IV|II|PL)/.test(id)) return;
      const [assigned, done, inProgress, notStarted, notApplicable, notReported] = [4, 5, 6, 7, 8, 9].map(
        (k) => Number(row.getCell(k).value),
      ) as [number, number, number, number, number, number];
      if (assigned === 0) {
        expect(under(id)[0], id).toMatch(/^\[Bổ sung kết quả: không đơn vị nào phải báo cáo/);
        return;
      }
      const parts = [`${done}/${assigned} đơn vị hoàn thành`];
      if (inProgress) parts.push(`${inProgress} đơn vị đang thực hiện`);
      if (notStarted) parts.push(`${notStarted} đơn vị chưa thực hiện`);
      if (notApplicable) parts.push(`${notApplicable} đơn vị không phát sinh`);
      if (notReported) parts.push(`${notReported} đơn vị chưa báo cáo`);
      expect(under(id)[0], id).toBe(`${parts.join('; ')}.`);
      checked++;
    });
    expect(checked).toBeGreaterThan(10);
    expect(under('II.1')[0]).toBe(
      '15/31 đơn vị hoàn thành; 10 đơn vị đang thực hiện; 3 đơn vị không phát sinh; 3 đơn vị chưa báo cáo.',
    );

    // Every unit's every result, under its task, in the order of units.yaml.
    let results = 0;
    for (const r of reports)
      for (const t of r.tasks) {
        const status = STATUS[t.status] ? ` (${STATUS[t.status]})` : '';
        expect(under(t.task), `${r.unit} ${t.task}`).toContain(`- ${nameOf(r.unit)}${status}: ${t.result}`);
        results++;
      }
    expect(results).toBeGreaterThan(100);
    expect(under('II.1')).toContain('- VHXH: Kết quả giả định của vhxh cho nhiệm vụ II.1.');
    const bullets = under('II.1').filter((p) => p.startsWith('- '));
    const order = bullets.map((b) =>
      units.findIndex((u) => /^- (.+?)(?: \(|: )/.exec(b)?.[1] === (u.short ?? u.name)),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // MTTQ leads IV.5 but owes no report: the clerk fills it in.
    expect(under('IV.5')).toEqual([
      '[Bổ sung kết quả: không đơn vị nào phải báo cáo nhiệm vụ này trong kỳ (chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam phường).]',
    ]);
  });

  it('attributes difficulties and proposals, in the order of units, leaving out the empty ones', async () => {
    const { paragraphs } = await unzipped(file);
    const section = (from: string, to: string) =>
      paragraphs.slice(paragraphs.indexOf(from) + 1, paragraphs.indexOf(to));
    const difficulties = reports
      .filter((r) => r.difficulties?.trim())
      .map((r) => `- ${nameOf(r.unit)}: ${r.difficulties!.trim()}`);
    const proposals = reports
      .filter((r) => r.proposals?.trim())
      .map((r) => `- ${nameOf(r.unit)}: ${r.proposals!.trim()}`);
    expect(difficulties.length).toBeGreaterThan(2);
    expect(proposals.length).toBeGreaterThan(2);
    expect(section('II. KHÓ KHĂN, VƯỚNG MẮC', 'III. ĐỀ XUẤT, KIẾN NGHỊ')).toEqual(difficulties);
    expect(difficulties[0]).toBe('- VHXH: Kinh phí còn hạn chế.');
    const after = paragraphs.slice(paragraphs.indexOf('III. ĐỀ XUẤT, KIẾN NGHỊ') + 1);
    expect(after.slice(0, proposals.length)).toEqual(proposals);
  });

  it('says who sent on time, late, or not at all; ends with the recipients and the signer', async () => {
    const { paragraphs } = await unzipped(file);
    const sent = paragraphs[paragraphs.indexOf('1. Tình hình gửi báo cáo của các đơn vị') + 1]!;
    expect(sent).toMatch(
      /^Đến ngày 08\/06\/2026, 28\/31 đơn vị đã gửi báo cáo, trong đó 21 đơn vị gửi đúng hạn\. /,
    );
    expect(sent).toContain('Gửi chậm (7 đơn vị): Văn phòng HĐND và UBND phường (1 ngày); ');
    expect(sent).toContain(
      'Chưa gửi (3 đơn vị): Trường Tiểu học Hư Cấu; Tổ dân phố số 10; Tổ dân phố số 21.',
    );
    const at = paragraphs.indexOf('Nơi nhận:');
    expect(paragraphs[at - 1]).toBe(
      'Trên đây là báo cáo kết quả 6 tháng năm 2026 thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Hư Cấu (kèm theo Biểu tổng hợp kết quả thực hiện)./.',
    );
    // No recipients for reports in the plan: the receiver, and where the ward files its copy.
    expect(paragraphs.slice(at, at + 6)).toEqual([
      'Nơi nhận:',
      '- Phòng Văn hóa - Xã hội;',
      '- Lưu: VT, VHXH.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Trần Văn Giả',
    ]);
  });

  it.skipIf(!HAS_PYTHON_DOCX)(
    'reads the same in python-docx: A4, margins, fonts, page numbers from page 2',
    () => {
      const doc = python(file);
      expect(doc.section).toMatchObject({
        width: 210,
        height: 297,
        left: 30,
        right: 15,
        top: 20,
        bottom: 20,
      });
      expect(doc.section.firstPage).toBe(true);
      expect(doc.section.header).toMatch(/PAGE/);
      expect(doc.section.firstHeader).not.toMatch(/PAGE/);
      expect(doc.core).toMatchObject({ created: '2026-06-08T00:00:00', modified: '2026-06-08T00:00:00' });
      expect(doc.core.title).toBe(
        'BÁO CÁO Kết quả 6 tháng năm 2026 thực hiện Kế hoạch số 12/KH-UBND ngày 20/12/2024',
      );
      // The header table, the signature table, and the indicators' table.
      expect(doc.tables[0]).toEqual([
        [
          'ỦY BAN NHÂN DÂN\nPHƯỜNG HƯ CẤU\n',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n',
        ],
        ['Số:       /BC-UBND', 'Hư Cấu, ngày 08 tháng 6 năm 2026'],
      ]);
      const indicators = doc.tables[1]!;
      expect(indicators[0]).toEqual([
        'TT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Kế hoạch',
        'Thực hiện',
        'Tỷ lệ so với kế hoạch (%)',
      ]);
      expect(indicators.slice(1).map((r) => r[1])).toEqual([
        'Tổ dân phố có hương ước, quy ước được công nhận',
        'Hội nghị tổ dân phố được tổ chức',
        'Cuộc đối thoại với Nhân dân',
        'Tỷ lệ cha mẹ học sinh dự đối thoại',
      ]);
      expect(indicators[3]).toEqual(['3', 'Cuộc đối thoại với Nhân dân', 'cuộc', '4', '4', '100']);
      expect(doc.tables[2]![0]![0]).toBe('Nơi nhận:\n- Phòng Văn hóa - Xã hội;\n- Lưu: VT, VHXH.');
      expect(doc.tables[2]![0]![1]).toMatch(/^TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Giả$/);
      const text = doc.paragraphs.map((p) => p.text);
      expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
      expect(doc.paragraphs.find((p) => p.text === 'II. KHÓ KHĂN, VƯỚNG MẮC')?.bold).toBe(true);
      // What the clerk must write is highlighted; the units' own words are not.
      const fill = doc.paragraphs.filter((p) => p.highlight).map((p) => p.text);
      expect(fill).toHaveLength(4);
      expect(fill.every((t) => t.startsWith('[Bổ sung'))).toBe(true);
      expect(doc.paragraphs.find((p) => p.text.startsWith('- VHXH: '))?.highlight).toBe(false);
    },
  );

  it('sets Times New Roman 14 pt, Vietnamese, and fixed dates on every zip entry', async () => {
    const { zip, part } = await unzipped(file);
    const styles = await part('word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    expect(styles).toContain('w:val="vi-VN"');
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString().slice(0, 10)));
    expect([...dates]).toEqual(['2026-06-08']);
    expect(await part('docProps/core.xml')).toContain('>2026-06-08T00:00:00Z</dcterms:created>');
  });
});

describe('dcs draft: options, safety and bytes', () => {
  it('is byte-identical across runs and clocks; --date, --number and SOURCE_DATE_EPOCH set its date and number', async () => {
    const a = join(tempDir(), 'a.docx');
    const b = join(tempDir(), 'b.docx');
    expect((await dcs(['draft', '--period', '2026-6t', '-o', a], { cwd: dir, now: NOW })).code).toBe(0);
    const later = new Date('2027-01-03T20:00:00Z');
    expect((await dcs(['draft', '--period', '2026-6t', '-o', b], { cwd: dir, now: later })).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).equals(readFileSync(file))).toBe(true);

    const c = join(tempDir(), 'c.docx');
    const args = ['draft', '--period', '2026-6t', '-o', c, '--date', '10/06/2026', '--number', '25/BC-UBND'];
    expect((await dcs(args, { cwd: dir, now: NOW })).code).toBe(0);
    const { paragraphs, part } = await unzipped(c);
    expect(paragraphs.slice(6, 8)).toEqual(['Số: 25/BC-UBND', 'Hư Cấu, ngày 10 tháng 6 năm 2026']);
    expect(await part('docProps/core.xml')).toContain('>2026-06-10T00:00:00Z</dcterms:modified>');

    const d = join(tempDir(), 'd.docx');
    const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 12) / 1000) };
    expect((await dcs(['draft', '--period', '2026-6t', '-o', d], { cwd: dir, now: NOW, env })).code).toBe(0);
    expect((await unzipped(d)).paragraphs[7]).toBe('Hư Cấu, ngày 12 tháng 6 năm 2026');
  });

  it('refuses to overwrite without --force (exit 2, file untouched); a folder as -o is exit 2', async () => {
    const out = join(tempDir(), 'bc.docx');
    writeFileSync(out, 'mine');
    const r = await dcs(['draft', '--period', '2026-6t', '-o', out], { cwd: dir, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(
      (await dcs(['draft', '--period', '2026-6t', '-o', out, '--force'], { cwd: dir, now: NOW })).code,
    ).toBe(0);
    expect(readFileSync(out).equals(readFileSync(file))).toBe(true);
    expect((await dcs(['draft', '--period', '2026-6t', '-o', tempDir()], { cwd: dir, now: NOW })).code).toBe(
      2,
    );
    const none = await dcs(['draft'], { cwd: dir, now: NOW });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--period');
    expect((await dcs(['draft', '--period', '2026-6t', '--date', '31/02/2026'], { cwd: dir })).code).toBe(2);
  });

  it('writes nothing for a plan with errors (exit 1); a broken report in the period is exit 1, still written', async () => {
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8').replace('lead: "ktht"', 'lead: "kt-ht"');
    const broken = planCopy(dir, { 'plan.yaml': plan });
    const r = await dcs(['draft', '--period', '2026-6t', '-o', join(broken, 'x.docx')], {
      cwd: broken,
      now: NOW,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dcs check');
    expect(existsSync(join(broken, 'x.docx'))).toBe(false);

    const bad = planCopy(dir, {
      'reports/2026-6t/tdp-10.yaml': 'unit: tdp-10\nperiod: 2026-6t\nsubmitted: nope\n',
    });
    const r2 = await dcs(['draft', '--period', '2026-6t', '-o', join(bad, 'y.docx')], { cwd: bad, now: NOW });
    expect(r2.code).toBe(1);
    const sent = (await unzipped(join(bad, 'y.docx'))).paragraphs.find((p) => p.startsWith('Đến ngày'))!;
    expect(sent).toContain('Đã gửi nhưng báo cáo chưa dùng được, phải sửa (1 đơn vị): Tổ dân phố số 10.');
  });

  it('takes "Nơi nhận" from reporting.recipients when the plan gives them; --lang en changes the messages only', async () => {
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8').replace(
      '  receiver: vhxh\n',
      '  receiver: vhxh\n  recipients:\n    - UBND thành phố\n    - Sở Nội vụ;\n',
    );
    const own = planCopy(dir, { 'plan.yaml': plan });
    const r = await dcs(['draft', '--period', '2026-6t', '-o', 'bc.docx', '--lang', 'en'], {
      cwd: own,
      now: NOW,
    });
    // The schema takes the field: a plan error would stop the draft with exit 1.
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Wrote bc.docx: 21 tasks, 28 reports used, 3 units not sent; 4 tasks without a result (highlighted, to fill in).\n',
    );
    const { paragraphs } = await unzipped(join(own, 'bc.docx'));
    const at = paragraphs.indexOf('Nơi nhận:');
    expect(paragraphs.slice(at, at + 4)).toEqual([
      'Nơi nhận:',
      '- UBND thành phố;',
      '- Sở Nội vụ;',
      '- Lưu: VT, VHXH.',
    ]);
    expect(paragraphs).toContain('I. KẾT QUẢ THỰC HIỆN');
  });
});

describe('dcs draft on the shipped plan', () => {
  it('with no report yet: every task is left for the clerk, the sections of the plan as headings', async () => {
    const dir = planCopy(HONG_AN);
    const r = await dcs(['draft', '--period', '2026-6t'], { cwd: dir, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '17 nhiệm vụ, 0 báo cáo được dùng, 3 đơn vị chưa gửi; 17 nhiệm vụ chưa có kết quả',
    );
    const { paragraphs } = await unzipped(join(dir, 'tong-hop/bao-cao-2026-6t.docx'));
    expect(paragraphs.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HỒNG AN']);
    // A draft plan has no number or date yet: blanks to fill.
    expect(paragraphs[9]).toBe('Kết quả 6 tháng năm 2026 thực hiện Kế hoạch số … ngày …');
    // A section of several tasks gets a heading; "I.2" alone is named by its task's own number.
    expect(paragraphs).toContain('Mục IV.1');
    expect(paragraphs).toContain('Đoạn kết');
    expect(paragraphs).not.toContain('Mục I.2');
    expect(paragraphs.filter((p) => p.startsWith('[Bổ sung kết quả'))).toHaveLength(17);
    expect(paragraphs).toContain('- Lưu: VT, VHXH.');
    expect(paragraphs).toContain('Nguyễn Hữu Thanh');
  });

  it('only dcs draft loads docx', () => {
    const loads = (args: string[]) => {
      const trace = join(tempDir(), 'trace.txt');
      const out = dcsBin(args, {
        env: { DCS_TRACE: trace, NODE_OPTIONS: `--import ${join(ROOT, 'test/helpers/trace-loads.mjs')}` },
      });
      expect(out.code, args.join(' ')).toBe(0);
      return readFileSync(trace, 'utf8')
        .split('\n')
        .some((l) => /node_modules\/docx\//.test(l));
    };
    expect(loads(['check'])).toBe(false);
    expect(loads(['due', '--as-of', '2026-05-22'])).toBe(false);
    expect(loads(['draft', '--period', '2026-6t', '-o', join(tempDir(), 'bc.docx')])).toBe(true);
  });
});
