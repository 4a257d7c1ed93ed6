// Benchmark (issue 14; docs/design.md §6–7). Generates invented plans and seasons from a seeded PRNG (the
// same seed gives the same files) at three sizes — a ward (60 units, 150 tasks, three years of reports, a
// third of them Excel forms), a large ward (300 units, 400 tasks, the same), a city-scale season (5,000
// reports) — and times each command as a child process side by side with its floor, interleaved in one
// loop, medians of N runs:
//   due / check / tasks            against `node -e 0`,
//   due / check with three years   against the same command on the same plan with no reports,
//   compile                        against the raw work (scripts/bench-floor.mjs: parse the same files
//                                  with yaml and exceljs, write as many cells with exceljs's streaming writer),
// with each side's peak memory, and the growth from the ward to the large ward (and, for compile, from the
// ward's season to the city's). Writes bench/latest.md and bench/latest.json.
//   npm run bench [-- --runs N] [--sizes ward,large,city] [--out DIR] [--seed N] [--quick] [--clean]
// Generated seasons are kept under $TMPDIR/dcs-bench-seasons/ (keyed by seed, size and the code that makes
// the forms) so a re-run does not make them again; --clean removes them at the end. Compare numbers within
// one run only: these machines vary ±20 % from day to day.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { quoteInReadme } from './bench-readme.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string' },
    sizes: { type: 'string', default: 'ward,large,city' },
    out: { type: 'string', default: join(root, 'bench') },
    seed: { type: 'string', default: '14' },
    quick: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
  },
});
const RUNS = Number(opt.runs ?? (opt.quick ? 3 : 7));
const SEED = Number(opt.seed);
/** A probe whose first run takes longer than this runs at most SLOW_RUNS times (the table says so). */
const SLOW_MS = 8000;
const SLOW_RUNS = 3;
const node = process.execPath;
const DCS = join(root, 'bin/dcs.js');
const FLOOR = join(root, 'scripts/bench-floor.mjs');
/** Bump when the generator below changes what it writes. */
const GENERATOR = 1;

// Sizes. `years` of three periods each (6t, 9t, nam), from 2024; `season` is the period compiled.
const SIZES = opt.quick
  ? {
      ward: { units: 24, tasks: 40, years: 1, xlsx: 1 / 3 },
      large: { units: 60, tasks: 80, years: 1, xlsx: 1 / 3 },
      city: { reports: 300, tasks: 40, xlsx: 1 / 10 },
    }
  : {
      ward: { units: 60, tasks: 150, years: 3, xlsx: 1 / 3 },
      large: { units: 300, tasks: 400, years: 3, xlsx: 1 / 3 },
      city: { reports: 5000, tasks: 150, xlsx: 1 / 10 },
    };
const sizes = opt.sizes.split(',').filter((s) => s in SIZES);
const AS_OF = '2026-12-15';
const SEASON = '2026-6t';

// ---------------------------------------------------------------------------------------------------
// The generator.

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const q = (s) => JSON.stringify(s);
const INVENTED =
  '# BỊA RA ĐỂ ĐO (INVENTED for the benchmark): phường Hư Cấu không có thật; mọi tên, số liệu đều giả.\n';
const OFFICES = [
  ['ubnd', 'Ủy ban nhân dân phường Hư Cấu', 'ubnd'],
  ['vp', 'Văn phòng HĐND và UBND phường', 'phong'],
  ['vhxh', 'Phòng Văn hóa - Xã hội', 'phong'],
  ['ktht', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'phong'],
  ['ttphvhc', 'Trung tâm Phục vụ hành chính công', 'don-vi-su-nghiep'],
  ['mttq', 'Ban Thường trực Ủy ban MTTQ Việt Nam phường', 'mat-tran'],
  ['hoi-phu-nu', 'Hội Liên hiệp Phụ nữ phường', 'doan-the'],
  ['doan-tn', 'Đoàn Thanh niên phường', 'doan-the'],
  ['hoi-ccb', 'Hội Cựu chiến binh phường', 'doan-the'],
  ['hoi-nong-dan', 'Hội Nông dân phường', 'doan-the'],
  ['ban-xdd', 'Ban Xây dựng Đảng Đảng ủy phường', 'dang'],
  ['cong-an', 'Công an phường', 'llvt'],
  ['quan-su', 'Ban Chỉ huy Quân sự phường', 'llvt'],
];
const GROUPS = `groups:
  - id: co-quan-don-vi
    name: Các cơ quan, đơn vị thuộc phường
    kinds: [phong, don-vi-su-nghiep, truong-hoc]
  - id: to-dan-pho
    name: Các tổ dân phố
    kinds: [to-dan-pho]
  - id: doan-the
    name: Các đoàn thể phường
    kinds: [doan-the]
  - id: truong-hoc
    name: Các trường học
    kinds: [truong-hoc]
  - id: llvt
    name: Lực lượng vũ trang phường
    kinds: [llvt]
  - id: tat-ca
    name: Tất cả cơ quan, đơn vị
    all: true
    except: [ubnd]
`;
const MEMBERS_OF = {
  '@to-dan-pho': ['to-dan-pho'],
  '@doan-the': ['doan-the'],
  '@truong-hoc': ['truong-hoc'],
  '@llvt': ['llvt'],
  '@co-quan-don-vi': ['phong', 'don-vi-su-nghiep', 'truong-hoc'],
};
// Time phrases of every kind dcs reads (as in the fixture ward), within the plan's years.
const TIMES = [
  'Thường xuyên',
  'Định kỳ hằng năm và theo yêu cầu đột xuất',
  'Hằng quý',
  'Trước ngày 25 hằng tháng',
  'Định kỳ 6 tháng, hằng năm',
  'Quý II/2026',
  'Trước ngày 30/6/2025',
  'Tháng 12 hằng năm',
  'Giai đoạn 2024-2030',
  'Năm 2025 và các năm tiếp theo',
  'Chậm nhất ngày 15/3/2026',
  'Tháng 9/2024',
  '6 tháng đầu năm 2026',
  '6 tháng cuối năm 2025',
  'Quý II, III/2025',
  'Năm 2026',
  'Ngày 19/8/2026',
  'Hằng năm, trước ngày 10/11',
  'Theo yêu cầu',
  null,
];
const VERBS = ['Tổ chức', 'Rà soát', 'Tuyên truyền', 'Kiểm tra', 'Công khai', 'Tập huấn', 'Lấy ý kiến về'];
const THINGS = [
  'việc thực hiện dân chủ ở cơ sở',
  'hương ước, quy ước của tổ dân phố',
  'dự toán, quyết toán ngân sách',
  'quy hoạch sử dụng đất',
  'thủ tục hành chính',
  'hoạt động của Ban Thanh tra nhân dân',
  'đối thoại với Nhân dân',
];
const STATUS = ['hoan-thanh', 'dang-thuc-hien', 'chua-thuc-hien', 'khong-phat-sinh'];
const STATUS_LABEL = {
  'hoan-thanh': 'Hoàn thành',
  'dang-thuc-hien': 'Đang thực hiện',
  'chua-thuc-hien': 'Chưa thực hiện',
  'khong-phat-sinh': 'Không phát sinh',
};
const PERIODS = [
  ['6t', '06-04'],
  ['9t', '09-09'],
  ['nam', '11-09'],
];
const addDays = (iso, n) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** A plan (files only) of `units` units and `tasks` tasks; `tdp` overrides the number of tổ dân phố. */
function planFiles(rand, { units: nUnits, tasks: nTasks, tdp }) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const schools = tdp === undefined ? Math.max(2, Math.round(nUnits * 0.08)) : 40;
  const nTdp = tdp ?? nUnits - OFFICES.length - schools;
  const units = [
    ...OFFICES,
    ...Array.from({ length: schools }, (_, i) => [`truong-${i + 1}`, `Trường số ${i + 1}`, 'truong-hoc']),
    ...Array.from({ length: nTdp }, (_, i) => [`tdp-${i + 1}`, `Tổ dân phố số ${i + 1}`, 'to-dan-pho']),
  ];
  const ofKinds = (kinds) => units.filter(([, , k]) => kinds.includes(k)).map(([id]) => id);
  const memo = new Map();
  const members = (ref) => {
    if (!memo.has(ref))
      memo.set(
        ref,
        new Set(
          ref === '@tat-ca'
            ? units.filter(([id]) => id !== 'ubnd').map(([id]) => id)
            : ref.startsWith('@')
              ? ofKinds(MEMBERS_OF[ref])
              : [ref],
        ),
      );
    return memo.get(ref);
  };
  const single = ['vp', 'vhxh', 'ktht', 'ttphvhc', 'mttq', 'cong-an', 'truong-1', 'tdp-1', 'tdp-2'];
  const lead = () => {
    const r = rand();
    if (r < 0.08) return '@to-dan-pho';
    if (r < 0.11) return '@tat-ca';
    if (r < 0.16) return '@co-quan-don-vi';
    if (r < 0.19) return '@truong-hoc';
    if (r < 0.22) return '@doan-the';
    if (r < 0.24) return '@llvt';
    return pick(single);
  };
  const tasks = Array.from({ length: nTasks }, (_, i) => {
    const l = lead();
    const support = [];
    for (let k = Math.floor(rand() * 3); k > 0; k--) {
      const s = rand() < 0.1 ? '@to-dan-pho' : pick(['vp', 'vhxh', 'ktht', 'mttq', '@doan-the']);
      if (s !== l && !support.includes(s)) support.push(s);
    }
    const time = pick(TIMES);
    return {
      n: i,
      lead: l,
      support,
      time,
      mode: time === 'Theo yêu cầu' ? 'requested' : null,
      content: `${pick(VERBS)} ${pick(THINGS)} (nhiệm vụ ${i + 1}).`,
    };
  });
  // A tenth in the plan itself, the rest in two appendices, five tasks to an objective or measure.
  const inPlan = Math.max(1, Math.round(nTasks / 10));
  const half = inPlan + Math.round((nTasks - inPlan) / 2);
  tasks.forEach((t, i) => {
    if (i < inPlan) t.id = `II.${i + 1}`;
    else if (i < half) t.id = `PL1.${Math.floor((i - inPlan) / 5) + 1}.${((i - inPlan) % 5) + 1}`;
    else t.id = `PL2.${Math.floor((i - half) / 5) + 1}.${((i - half) % 5) + 1}`;
  });
  const taskYaml = (t, indent) => {
    const p = ' '.repeat(indent);
    return (
      `${p}- id: ${t.id}\n${p}  content: ${t.content}\n${p}  lead: ${q(t.lead)}\n` +
      (t.support.length ? `${p}  support: [${t.support.map(q).join(', ')}]\n` : '') +
      (t.time ? `${p}  time: ${t.time}\n` : '') +
      (t.mode ? `${p}  mode: ${t.mode}\n` : '')
    );
  };
  const blocks = (list, prefix, word, extra) => {
    const out = [];
    for (let k = 0; k * 5 < list.length; k++)
      out.push(
        `  - id: ${prefix}${k + 1}\n    content: ${word} số ${k + 1}.\n${k === 0 ? extra : ''}    tasks:\n` +
          list
            .slice(k * 5, k * 5 + 5)
            .map((t) => taskYaml(t, 6))
            .join(''),
      );
    return out.join('');
  };
  const indicators = `    indicators:
      - id: tdp-co-huong-uoc
        name: Tổ dân phố có hương ước, quy ước được công nhận
        unit: "%"
        target: 100
        reported_by: "@to-dan-pho"
        aggregate: ratio
      - id: hoi-nghi-tdp
        name: Hội nghị tổ dân phố được tổ chức
        unit: hội nghị
        target: ${nTdp}
        reported_by: "@to-dan-pho"
        aggregate: sum
      - id: ty-le-hs-tham-gia
        name: Tỷ lệ cha mẹ học sinh dự đối thoại
        unit: "%"
        target: 80
        reported_by: "@truong-hoc"
        aggregate: ratio
`;
  const files = {
    'plan.yaml': `${INVENTED}id: hu-cau-bench
title: Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn phường Hư Cấu giai đoạn 2024-2030
issuer:
  name: Ủy ban nhân dân phường Hư Cấu
  short: UBND phường Hư Cấu
place: Hư Cấu
number: 12/KH-UBND
date: "2023-12-20"
status: issued
start: "2024-01-01"
settings:
  within_days: 14
bases:
  - id: luat-10-2022
    kind: Luật
    number: 10/2022/QH15
    date: "2022-11-10"
    issuer: Quốc hội
    title: Luật Thực hiện dân chủ ở cơ sở
funding: Ngân sách nhà nước theo phân cấp.
tasks:
${tasks
  .slice(0, inPlan)
  .map((t) => taskYaml(t, 2))
  .join('')}appendices:
  - id: PL1
    file: phu-luc-1.yaml
    title: Nhiệm vụ thực hiện các mục tiêu
  - id: PL2
    file: phu-luc-2.yaml
    title: Nhiệm vụ thực hiện các biện pháp
reporting:
  receiver: vhxh
  units: ["@co-quan-don-vi", "@to-dan-pho"]
  periods:
    - id: 6t
      name: Báo cáo 6 tháng
      deadline: Trước ngày 05/6 hằng năm
    - id: 9t
      name: Báo cáo 9 tháng
      deadline: Trước ngày 10/9 hằng năm
    - id: nam
      name: Báo cáo năm
      deadline: Trước ngày 10/11 hằng năm
signer:
  on_behalf: TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Trần Văn Giả
recipients:
  - "Lưu: VT, VHXH"
`,
    'units.yaml': `${INVENTED}units:\n${units
      .map(
        ([id, name, kind]) =>
          `  - id: ${id}\n    name: ${name}\n    kind: ${kind}\n` +
          (kind === 'to-dan-pho' ? `    contact: "0225 3${id.slice(4).padStart(6, '0')}"\n` : ''),
      )
      .join('')}${GROUPS}`,
    'phu-luc-1.yaml': `${INVENTED}id: PL1\ntitle: Nhiệm vụ thực hiện các mục tiêu\nobjectives:\n${blocks(
      tasks.slice(inPlan, half),
      'MT',
      'Mục tiêu',
      indicators,
    )}`,
    'phu-luc-2.yaml': `${INVENTED}id: PL2\ntitle: Nhiệm vụ thực hiện các biện pháp\nmeasures:\n${blocks(
      tasks.slice(half),
      'BP',
      'Biện pháp',
      '',
    )}`,
  };
  const reporters = ofKinds(MEMBERS_OF['@co-quan-don-vi']).concat(ofKinds(['to-dan-pho']));
  const kindOf = Object.fromEntries(units.map(([id, , k]) => [id, k]));
  const tasksOf = (unit) =>
    tasks.filter((t) => members(t.lead).has(unit) || t.support.some((s) => members(s).has(unit)));
  return { files, units: units.length, reporters, kindOf, tasksOf };
}

/** A YAML report, or (xlsx) what to fill in a form: statuses by task id, the date it was sent. */
function reportOf(rand, unit, instance, deadline, plan) {
  const late = rand() < 0.1;
  const submitted = late
    ? addDays(deadline, 1 + Math.floor(rand() * 5))
    : addDays(deadline, -Math.floor(rand() * 6));
  const statuses = plan.tasksOf(unit).map((t) => [t.id, STATUS[Math.floor(rand() * rand() * 4)]]);
  const inds = [];
  if (plan.kindOf[unit] === 'to-dan-pho')
    inds.push(
      `  tdp-co-huong-uoc: {value: ${rand() < 0.8 ? 1 : 0}, of: 1}`,
      `  hoi-nghi-tdp: ${Math.floor(rand() * 3)}`,
    );
  if (plan.kindOf[unit] === 'truong-hoc')
    inds.push(`  ty-le-hs-tham-gia: {value: ${200 + Math.floor(rand() * 100)}, of: 320}`);
  const yaml = `${INVENTED}unit: ${unit}
period: ${instance}
submitted: "${submitted}"
number: ${q(`${Math.floor(rand() * 90) + 10}/BC-${unit.toUpperCase()}`)}
tasks:
${statuses.map(([id, s]) => `  - task: ${id}\n    status: ${s}\n    result: Kết quả giả định của ${unit} cho nhiệm vụ ${id}.\n`).join('')}${inds.length ? `indicators:\n${inds.join('\n')}\n` : ''}difficulties: ${rand() < 0.25 ? 'Kinh phí còn hạn chế.' : q('')}
proposals: ${rand() < 0.2 ? 'Đề nghị bổ sung tài liệu tuyên truyền.' : q('')}
`;
  return { yaml, submitted, statuses: new Map(statuses) };
}

/** Fills a copy of a blank form as a clerk would (test/helpers/forms.ts): by task ids in column A. */
async function fillForm(src, out, report) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet('Báo cáo');
  const tasks = new Set(String(wb.getWorksheet('dcs').getCell('B7').value).split('\n'));
  ws.eachRow((row) => {
    const a = String(row.getCell(1).value ?? '');
    if (a.startsWith('Ngày gửi báo cáo')) row.getCell(3).value = new Date(`${report.submitted}T00:00:00Z`);
    if (tasks.has(a) && report.statuses.has(a)) {
      row.getCell(4).value = STATUS_LABEL[report.statuses.get(a)];
      row.getCell(5).value = `Kết quả ${a}`;
    }
  });
  const area = ws.pageSetup.printArea;
  if (area) ws.pageSetup.printArea = area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
  await wb.xlsx.writeFile(out);
}

function dcsSync(args, what) {
  const r = spawnSync(node, [DCS, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${what}: dcs ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
}

/**
 * Makes (or finds, from an earlier run) one size: `<dir>/plan` with its reports and `<dir>/empty`, the same
 * plan with no reports. Returns the paths and counts.
 */
async function season(name) {
  const spec = SIZES[name];
  const key = createHash('sha256')
    .update(JSON.stringify({ GENERATOR, SEED, name, spec }))
    .update(readFileSync(join(root, 'package.json')))
    .update(readFileSync(join(root, 'dist/excel/write-form.js')))
    .update(readFileSync(join(root, 'dist/forms/content.js')))
    .digest('hex')
    .slice(0, 12);
  const dir = join(tmpdir(), 'dcs-bench-seasons', `${name}-${SEED}-${key}`);
  const info = join(dir, 'info.json');
  if (existsSync(info)) return JSON.parse(readFileSync(info, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const rand = mulberry32(SEED * 1000 + Object.keys(SIZES).indexOf(name));
  const plan =
    name === 'city'
      ? planFiles(rand, { units: 0, tasks: spec.tasks, tdp: spec.reports - 44 })
      : planFiles(rand, spec);
  const planDir = join(dir, 'plan');
  const empty = join(dir, 'empty');
  for (const d of [planDir, empty]) {
    mkdirSync(d, { recursive: true });
    for (const [f, text] of Object.entries(plan.files)) writeFileSync(join(d, f), text);
  }
  const instances =
    name === 'city'
      ? [[SEASON, '2026-06-04']]
      : Array.from({ length: spec.years }, (_, y) =>
          PERIODS.map(([p, md]) => [
            `${2026 - spec.years + 1 + y}-${p}`,
            `${2026 - spec.years + 1 + y}-${md}`,
          ]),
        ).flat();
  let yaml = 0;
  let xlsx = 0;
  for (const [instance, deadline] of instances) {
    const folder = join(planDir, 'reports', instance);
    mkdirSync(folder, { recursive: true });
    const forms = [];
    for (const unit of plan.reporters) {
      if (name !== 'city' && rand() < 0.08) continue; // not sent
      const r = reportOf(rand, unit, instance, deadline, plan);
      if (rand() < spec.xlsx) forms.push([unit, r]);
      else {
        writeFileSync(join(folder, `${unit}.yaml`), r.yaml);
        yaml++;
      }
    }
    if (forms.length === 0) continue;
    const blank = join(dir, 'blank', instance);
    dcsSync(['template', '--plan', empty, '--period', instance, '-o', blank], 'template');
    for (const [unit, r] of forms) {
      await fillForm(join(blank, `${unit}.xlsx`), join(folder, `${unit}.xlsx`), r);
      xlsx++;
    }
    rmSync(blank, { recursive: true, force: true });
    process.stderr.write(`  ${name}: ${instance} written (${yaml} YAML, ${xlsx} forms so far)\n`);
  }
  rmSync(join(dir, 'blank'), { recursive: true, force: true });
  const seasonFiles = readdirSync(join(planDir, 'reports', SEASON)).length;
  const planBytes = Object.values(plan.files).reduce((n, t) => n + Buffer.byteLength(t), 0);
  const result = {
    name,
    dir,
    plan: planDir,
    empty,
    units: plan.units,
    tasks: spec.tasks,
    reporters: plan.reporters.length,
    instances: instances.length,
    yaml,
    xlsx,
    files: yaml + xlsx,
    seasonFiles,
    planBytes,
    generatedInSeconds: Math.round((Date.now() - t0) / 1000),
  };
  writeFileSync(info, JSON.stringify(result, null, 2));
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Measuring.

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const work = mkdtempSync(join(tmpdir(), 'dcs-bench-'));
// Without /usr/bin/time: each process reports its own peak (process.resourceUsage().maxRSS) on exit.
const RSS_HOOK = join(work, 'rss-hook.cjs');
writeFileSync(
  RSS_HOOK,
  "process.on('exit', () => process.stderr.write(`\\ndcs-bench-maxrss ${process.resourceUsage().maxRSS}\\n`));\n",
);

/** One timed child process: wall ms (from the parent, spawn to exit) and peak resident set in MiB. */
function spawnTimed(args, env) {
  const full = TIME ? ['-v', node, ...args] : ['-r', RSS_HOOK, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME ?? node, full, {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const err = String(r.stderr);
  const kb = Number(
    (TIME ? /Maximum resident set size \(kbytes\): (\d+)/ : /dcs-bench-maxrss (\d+)/).exec(err)?.[1] ?? NaN,
  );
  const status = TIME ? Number(/Exit status: (\d+)/.exec(err)?.[1] ?? r.status) : r.status;
  return { ms, mib: kb / 1024, status, err };
}

let fresh = 0;
/** A probe: a command to time. `before` runs untimed before each timed run (a fresh cache, say). */
function probe(label, args, o = {}) {
  return { label, args, env: o.env ?? {}, before: o.before, ok: o.ok ?? [0, 1], ms: [], mib: [] };
}
const bare = () => probe('node -e 0', ['-e', '0']);
function dcsProbe(label, plan, argv, cache) {
  const warmDir = join(work, `warm-${++fresh}`);
  const coldDir = join(work, `cold-${fresh}`);
  return probe(label, [DCS, '--plan', plan, ...argv], {
    env: cache === 'warm' ? { DCS_CACHE_DIR: warmDir } : cache === 'cold' ? { DCS_CACHE_DIR: coldDir } : {},
    before: cache === 'cold' ? () => rmSync(coldDir, { recursive: true, force: true }) : undefined,
  });
}

/** Runs each probe once untimed, then `RUNS` times interleaved (slow probes fewer: see SLOW_MS). */
function measure(probes, title) {
  const limit = new Map();
  for (const p of probes) {
    p.before?.();
    const r = spawnTimed(p.args, p.env);
    if (!p.ok.includes(r.status)) throw new Error(`${p.label}: exit ${r.status}\n${r.err.slice(0, 2000)}`);
    limit.set(p, r.ms > SLOW_MS ? Math.min(RUNS, SLOW_RUNS) : RUNS);
  }
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`  ${title}: run ${i + 1}/${RUNS}\n`);
    for (const p of probes) {
      if (p.ms.length >= limit.get(p)) continue;
      p.before?.();
      const r = spawnTimed(p.args, p.env);
      if (!p.ok.includes(r.status)) throw new Error(`${p.label}: exit ${r.status}\n${r.err.slice(0, 2000)}`);
      p.ms.push(r.ms);
      p.mib.push(r.mib);
    }
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (p) => ({ ms: median(p.ms), mib: Math.max(...p.mib), runs: p.ms.length });

/** The shape of dcs's output, for the floor to write as many cells: rows, cells, text length, distinct. */
async function shapeOf(xlsx) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  return wb.worksheets.map((ws) => {
    let cells = 0;
    let chars = 0;
    const distinct = new Set();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const t =
          c.value instanceof Date ? c.value.toISOString() : String(c.value?.richText ? c.text : c.value);
        cells++;
        chars += t.length;
        distinct.add(t);
      }),
    );
    return {
      name: ws.name,
      rows: ws.rowCount,
      cells,
      chars: cells ? chars / cells : 0,
      distinct: distinct.size,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// The run.

const rows = [];
const growth = [];
const seasons = {};
const row = (size, command, p, floor, floorLabel = floor.label) => {
  const a = stat(p);
  const b = stat(floor);
  rows.push({
    size,
    command,
    ms: a.ms,
    floor: floorLabel,
    floorMs: b.ms,
    ratio: a.ms / b.ms,
    peakMiB: a.mib,
    floorPeakMiB: b.mib,
    runs: a.runs,
  });
  return a;
};

// 1. The shipped plan, against bare node.
{
  const plan = join(root, 'plans/hong-an');
  const floor = bare();
  const cmds = [
    ['dcs due', dcsProbe('due', plan, ['due', '--as-of', '2026-05-22'], 'warm')],
    ['dcs check', dcsProbe('check', plan, ['check'], 'warm')],
    ['dcs tasks', dcsProbe('tasks', plan, ['tasks'], 'warm')],
  ];
  measure([floor, ...cmds.map(([, p]) => p)], 'hong-an');
  for (const [label, p] of cmds) row('hong-an', label, p, floor);
}

// 2. The ward and the large ward: start-up, reports warm and cold, compile.
const perSize = {};
for (const name of sizes.filter((s) => s !== 'city')) {
  process.stderr.write(`${name}: generating (or reusing)…\n`);
  const s = await season(name);
  seasons[name] = s;
  const floor = bare();
  const due = ['due', '--as-of', AS_OF];
  const p = {
    dueEmpty: dcsProbe('due', s.empty, due, 'none'),
    checkEmpty: dcsProbe('check', s.empty, ['check'], 'none'),
    tasks: dcsProbe('tasks', s.plan, ['tasks'], 'warm'),
    dueWarm: dcsProbe('due', s.plan, due, 'warm'),
    checkWarm: dcsProbe('check', s.plan, ['check'], 'warm'),
    dueCold: dcsProbe('due', s.plan, due, 'cold'),
    checkCold: dcsProbe('check', s.plan, ['check'], 'cold'),
  };
  const compile = await compileProbes(s, name);
  measure([floor, ...Object.values(p), ...compile.probes], name);
  const r = {
    dueEmpty: row(name, 'dcs due, no reports', p.dueEmpty, floor),
    checkEmpty: row(name, 'dcs check, no reports', p.checkEmpty, floor),
    tasks: row(name, 'dcs tasks', p.tasks, floor),
    dueWarm: row(
      name,
      `dcs due, ${s.files} reports, warm cache`,
      p.dueWarm,
      p.dueEmpty,
      'dcs due, no reports',
    ),
    checkWarm: row(
      name,
      `dcs check, ${s.files} reports, warm cache`,
      p.checkWarm,
      p.checkEmpty,
      'dcs check, no reports',
    ),
    dueCold: row(
      name,
      `dcs due, ${s.files} reports, cold cache`,
      p.dueCold,
      p.dueEmpty,
      'dcs due, no reports',
    ),
    checkCold: row(
      name,
      `dcs check, ${s.files} reports, cold cache`,
      p.checkCold,
      p.checkEmpty,
      'dcs check, no reports',
    ),
    ...compile.rows(),
  };
  perSize[name] = r;
}

/** dcs compile of the season, cold and warm, beside the raw floor (scripts/bench-floor.mjs). */
async function compileProbes(s, name) {
  const out = join(work, `${name}-tong-hop.xlsx`);
  const floorOut = join(work, `${name}-floor.xlsx`);
  const shape = join(work, `${name}-shape.json`);
  const args = ['compile', '--period', SEASON, '-o', out, '--force'];
  const cold = dcsProbe('compile', s.plan, args, 'cold');
  const warm = dcsProbe('compile', s.plan, args, 'warm');
  // One run for the shape of what dcs writes (the floor writes as many cells).
  const r = spawnTimed(warm.args, warm.env);
  if (![0, 1].includes(r.status)) throw new Error(`compile: exit ${r.status}\n${r.err}`);
  writeFileSync(shape, JSON.stringify(await shapeOf(out)));
  const floor = probe('raw floor', [FLOOR, s.plan, SEASON, floorOut, shape], { ok: [0] });
  const cells = JSON.parse(readFileSync(shape, 'utf8')).reduce((n, x) => n + x.cells, 0);
  return {
    probes: [floor, cold, warm],
    rows: () => ({
      compileCold: row(
        name,
        `dcs compile ${SEASON} (${s.seasonFiles} files, ${cells} cells), cold cache`,
        cold,
        floor,
      ),
      compileWarm: row(name, `dcs compile ${SEASON}, warm cache`, warm, floor),
    }),
  };
}

// 3. The city-scale season: compile, and check.
if (sizes.includes('city')) {
  process.stderr.write('city: generating (or reusing)…\n');
  const s = await season('city');
  seasons.city = s;
  const floor = bare();
  const checkWarm = dcsProbe('check', s.plan, ['check'], 'warm');
  const checkEmpty = dcsProbe('check', s.empty, ['check'], 'none');
  const compile = await compileProbes(s, 'city');
  measure([floor, checkEmpty, checkWarm, ...compile.probes], 'city');
  perSize.city = {
    checkEmpty: row('city', 'dcs check, no reports', checkEmpty, floor),
    checkWarm: row(
      'city',
      `dcs check, ${s.files} reports, warm cache`,
      checkWarm,
      checkEmpty,
      'dcs check, no reports',
    ),
    ...compile.rows(),
  };
}

// Growth: time at the larger size over time at the smaller, beside the ratio of their sizes.
const grow = (from, to, key, command, basis, a, b) => {
  const x = perSize[from]?.[key];
  const y = perSize[to]?.[key];
  if (!x || !y) return;
  growth.push({
    from,
    to,
    command,
    basis,
    fromMs: x.ms,
    toMs: y.ms,
    timeRatio: y.ms / x.ms,
    sizeRatio: b / a,
  });
};
if (seasons.ward && seasons.large) {
  const [w, l] = [seasons.ward, seasons.large];
  for (const [key, command] of [
    ['dueEmpty', 'dcs due, no reports'],
    ['checkEmpty', 'dcs check, no reports'],
    ['tasks', 'dcs tasks'],
  ])
    grow('ward', 'large', key, command, 'plan bytes', w.planBytes, l.planBytes);
  for (const [key, command] of [
    ['dueWarm', 'dcs due, warm cache'],
    ['checkWarm', 'dcs check, warm cache'],
    ['dueCold', 'dcs due, cold cache'],
    ['checkCold', 'dcs check, cold cache'],
  ])
    grow('ward', 'large', key, command, 'report files', w.files, l.files);
  grow('ward', 'large', 'compileCold', `dcs compile ${SEASON}, cold cache`, 'report files', w.files, l.files);
}
if (seasons.ward && seasons.city)
  for (const [key, command] of [
    ['compileCold', `dcs compile ${SEASON}, cold cache`],
    ['compileWarm', `dcs compile ${SEASON}, warm cache`],
  ]) {
    grow(
      'ward',
      'city',
      key,
      command,
      `files in ${SEASON}`,
      seasons.ward.seasonFiles,
      seasons.city.seasonFiles,
    );
    // compile reads the whole folder: the ward's every period, the city's one.
    grow('ward', 'city', key, command, 'report files read', seasons.ward.files, seasons.city.files);
  }

// ---------------------------------------------------------------------------------------------------
// The report.

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model.trim() ?? 'unknown',
  cores: cpu.length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  commit:
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() ||
    null,
};
const memoryBy = TIME
  ? '/usr/bin/time -v (maximum resident set size)'
  : 'process.resourceUsage().maxRSS of each process';
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const sizeLine = (s) =>
  `${s.name}: ${s.units} units, ${s.tasks} tasks, ${s.reporters} reporting units, ${s.instances} period(s), ` +
  `${s.files} reports (${s.yaml} YAML, ${s.xlsx} Excel forms), ${s.seasonFiles} in ${SEASON}`;
const md = [
  `Machine: ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · ${machine.date}${machine.commit ? ` · dcs ${machine.commit}` : ''}`,
  '',
  `Median of ${RUNS} runs (runs column: fewer for commands slower than ${SLOW_MS / 1000} s), each command a child process interleaved with its floor in the same loop; peak memory: ${memoryBy}, the largest over the runs. Seed ${SEED}${opt.quick ? ', --quick sizes' : ''}. Cold: a new DCS_CACHE_DIR each run; warm: one filled by an untimed run. due, check and tasks run on the plan with its reports unless the row says no reports. dcs compile reads the whole plan folder (every period's reports); the raw floor reads the plan and the compiled period's files only.`,
  '',
  ...Object.values(seasons).map((s) => `- ${sizeLine(s)}`),
  '- hong-an: plans/hong-an as shipped',
  '',
  '| size | command | median ms | floor | floor ms | ratio | peak MiB | floor peak MiB | runs |',
  '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.command} | ${f0(r.ms)} | ${r.floor} | ${f0(r.floorMs)} | ${f2(r.ratio)} | ${f0(r.peakMiB)} | ${f0(r.floorPeakMiB)} | ${r.runs} |`,
  ),
  '',
  ...(growth.length
    ? [
        'Growth: time at the larger size over time at the smaller, beside the ratio of their sizes.',
        '',
        '| from → to | command | ms | ms | time ratio | size ratio | size measure |',
        '| --- | --- | ---: | ---: | ---: | ---: | --- |',
        ...growth.map(
          (g) =>
            `| ${g.from} → ${g.to} | ${g.command} | ${f0(g.fromMs)} | ${f0(g.toMs)} | ${f2(g.timeRatio)} | ${f2(g.sizeRatio)} | ${g.basis} |`,
        ),
        '',
      ]
    : []),
].join('\n');
mkdirSync(opt.out, { recursive: true });
writeFileSync(join(opt.out, 'latest.md'), md);
writeFileSync(
  join(opt.out, 'latest.json'),
  `${JSON.stringify(
    {
      machine,
      runs: RUNS,
      seed: SEED,
      quick: opt.quick,
      memory: memoryBy,
      sizes: Object.fromEntries(
        Object.values(seasons).map(({ dir, plan, empty, ...s }) => [s.name, s]), // no temp paths
      ),
      rows,
      growth,
    },
    null,
    2,
  )}\n`,
);
console.log(md);
console.log(`written: ${relative(process.cwd(), join(opt.out, 'latest.md'))}, latest.json`);
// The README quotes the latest full run (scripts/bench-readme.mjs).
if (!opt.quick && opt.out === join(root, 'bench') && sizes.length === Object.keys(SIZES).length)
  console.log(quoteInReadme(join(opt.out, 'latest.md')) ? 'README.md updated' : 'README.md unchanged');
rmSync(work, { recursive: true, force: true });
if (opt.clean) for (const s of Object.values(seasons)) rmSync(s.dir, { recursive: true, force: true });
