// Writes test/fixtures/phuong-hu-cau/: an INVENTED ward ("phường Hư Cấu") for the due and compile
// tests — 40 units in groups, appendices using every kind of time phrase, and two years of reports
// (on time, late, missing; some tasks closed, some not). Deterministic: run it again and the files
// are the same. `node scripts/make-fixture-ward.mjs`
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/fixtures/phuong-hu-cau/', import.meta.url));
const INVENTED =
  '# BỊA RA ĐỂ KIỂM THỬ (INVENTED for tests): phường Hư Cấu không có thật; mọi tên, số liệu đều giả.\n';
const schema = (name, depth) =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${name}.schema.json\n`;
const q = (s) => JSON.stringify(s);

const units = [
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
  ['mn-hoa-sen', 'Trường Mầm non Hoa Sen', 'truong-hoc'],
  ['th-hu-cau', 'Trường Tiểu học Hư Cấu', 'truong-hoc'],
  ['thcs-hu-cau', 'Trường THCS Hư Cấu', 'truong-hoc'],
  ...Array.from({ length: 24 }, (_, i) => [`tdp-${i + 1}`, `Tổ dân phố số ${i + 1}`, 'to-dan-pho']),
];

const planTasks = [
  ['II.1', 'Tổ chức quán triệt, tuyên truyền Kế hoạch.', '@tat-ca', [], 'Thường xuyên'],
  [
    'IV.2.a',
    'Theo dõi, kiểm tra; tổng hợp kết quả định kỳ hằng năm và đột xuất.',
    'vhxh',
    ['@co-quan-don-vi'],
    'Định kỳ hằng năm và theo yêu cầu đột xuất',
  ],
  ['IV.2.b', 'Tổng hợp tình hình tiếp công dân hằng quý.', 'vp', [], 'Hằng quý'],
  ['IV.3', 'Báo cáo tiến độ giải ngân kinh phí.', 'ktht', [], 'Trước ngày 25 hằng tháng'],
  ['IV.4', 'Rà soát thủ tục hành chính liên quan đến công khai.', 'ttphvhc', [], 'Định kỳ 6 tháng, hằng năm'],
  ['IV.5', 'Giám sát việc thực hiện dân chủ ở cơ sở.', 'mttq', ['@doan-the'], null, 'requested'],
];
const objectives = [
  [
    'MT1',
    'Các tổ dân phố có hương ước, quy ước được công nhận.',
    [
      ['PL1.1.1', 'Rà soát, sửa đổi hương ước, quy ước.', '@to-dan-pho', ['vhxh'], 'Quý II/2026'],
      ['PL1.1.2', 'Thẩm định hương ước của các tổ dân phố.', 'vhxh', [], 'Trước ngày 30/6/2026'],
      ['PL1.1.3', 'Tổ chức hội nghị tổ dân phố cuối năm.', '@to-dan-pho', ['mttq'], 'Tháng 12 hằng năm'],
    ],
  ],
  [
    'MT2',
    'Phát huy vai trò giám sát của Nhân dân.',
    [
      ['PL1.2.1', 'Kiện toàn Ban Thanh tra nhân dân.', 'mttq', [], 'Giai đoạn 2025-2030'],
      [
        'PL1.2.2',
        'Tuyên truyền trong hội viên, đoàn viên.',
        '@doan-the',
        [],
        'Năm 2025 và các năm tiếp theo',
      ],
    ],
  ],
];
const measures = [
  [
    'BP1',
    'Tập huấn, bồi dưỡng.',
    [
      [
        'PL2.1.1',
        'Tập huấn cho cán bộ, công chức và hòa giải viên.',
        'vp',
        ['vhxh'],
        'Chậm nhất ngày 15/3/2026',
      ],
      ['PL2.1.2', 'Biên soạn tài liệu tập huấn.', 'vp', [], 'Tháng 9/2025'],
    ],
  ],
  [
    'BP2',
    'Công khai, minh bạch.',
    [
      [
        'PL2.2.1',
        'Công khai dự toán, quyết toán ngân sách phường.',
        'vhxh',
        ['ktht'],
        '6 tháng đầu năm 2026',
      ],
      ['PL2.2.2', 'Công khai quy hoạch sử dụng đất.', 'ktht', [], '6 tháng cuối năm 2025'],
      ['PL2.2.3', 'Tổ chức đối thoại với cha mẹ học sinh.', '@truong-hoc', ['vhxh'], 'Quý II, III/2026'],
    ],
  ],
  [
    'BP3',
    'Bảo đảm an ninh, trật tự.',
    [
      ['PL2.3.1', 'Xây dựng kế hoạch bảo đảm an ninh trật tự ở cơ sở.', '@llvt', [], 'Năm 2026'],
      [
        'PL2.3.2',
        'Tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc.',
        'cong-an',
        ['@to-dan-pho'],
        'Ngày 19/8/2026',
      ],
      [
        'PL2.3.3',
        'Xây dựng chương trình thực hiện dân chủ của đơn vị.',
        '@co-quan-don-vi',
        [],
        'Hằng năm, trước ngày 10/11',
      ],
      ['PL2.3.4', 'Phối hợp xử lý vụ việc phức tạp.', 'cong-an', ['vp'], 'Theo yêu cầu'],
      ['PL2.3.5', 'Đề xuất khen thưởng tập thể, cá nhân tiêu biểu.', 'vhxh', [], null],
    ],
  ],
];
const indicators = [
  ['tdp-co-huong-uoc', 'Tổ dân phố có hương ước, quy ước được công nhận', '%', 100, '@to-dan-pho', 'ratio'],
  ['hoi-nghi-tdp', 'Hội nghị tổ dân phố được tổ chức', 'hội nghị', 24, '@to-dan-pho', 'sum'],
  ['cuoc-doi-thoai', 'Cuộc đối thoại với Nhân dân', 'cuộc', 4, 'vhxh', 'sum'],
  ['ty-le-hs-tham-gia', 'Tỷ lệ cha mẹ học sinh dự đối thoại', '%', 80, '@truong-hoc', 'ratio'],
];

const task = ([id, content, lead, support, time, mode], indent) => {
  const p = ' '.repeat(indent);
  return (
    `${p}- id: ${id}\n${p}  content: ${content}\n${p}  lead: ${q(lead)}\n` +
    (support.length ? `${p}  support: [${support.map(q).join(', ')}]\n` : '') +
    (time ? `${p}  time: ${time}\n` : '') +
    (mode ? `${p}  mode: ${mode}\n` : '')
  );
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(
  `${dir}plan.yaml`,
  `${schema('plan', 3)}${INVENTED}id: hu-cau-dcs-2025
title: Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn phường Hư Cấu giai đoạn 2025-2030
issuer:
  name: Ủy ban nhân dân phường Hư Cấu
  short: UBND phường Hư Cấu
place: Hư Cấu
number: 12/KH-UBND
date: "2024-12-20"
status: issued
start: "2025-01-01"
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
${planTasks.map((t) => task(t, 2)).join('')}appendices:
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
);
writeFileSync(
  `${dir}units.yaml`,
  `${schema('units', 3)}${INVENTED}units:
${units.map(([id, name, kind]) => `  - id: ${id}\n    name: ${name}\n    kind: ${kind}\n${kind === 'to-dan-pho' ? `    contact: "0225 3${id.slice(4).padStart(6, '0')}"\n` : ''}`).join('')}groups:
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
`,
);
writeFileSync(
  `${dir}phu-luc-1.yaml`,
  `${schema('appendix', 3)}${INVENTED}id: PL1\ntitle: Nhiệm vụ thực hiện các mục tiêu\nobjectives:\n${objectives.map(([id, content, tasks], k) => `  - id: ${id}\n    content: ${content}\n${k === 0 ? `    indicators:\n${indicators.map(([iid, name, unit, target, by, agg]) => `      - id: ${iid}\n        name: ${name}\n        unit: ${q(unit)}\n        target: ${target}\n        reported_by: ${q(by)}\n        aggregate: ${agg}\n`).join('')}` : ''}    tasks:\n${tasks.map((t) => task(t, 6)).join('')}`).join('')}`,
);
writeFileSync(
  `${dir}phu-luc-2.yaml`,
  `${schema('appendix', 3)}${INVENTED}id: PL2\ntitle: Nhiệm vụ thực hiện các biện pháp\nmeasures:\n${measures.map(([id, content, tasks]) => `  - id: ${id}\n    content: ${content}\n    tasks:\n${tasks.map((t) => task(t, 6)).join('')}`).join('')}`,
);

// Reports. Which units report: the offices, the public-service centre, schools and TDPs (31).
const reporters = units.filter(([, , kind]) =>
  ['phong', 'don-vi-su-nghiep', 'truong-hoc', 'to-dan-pho'].includes(kind),
);
const allTasks = [...planTasks, ...objectives.flatMap((o) => o[2]), ...measures.flatMap((m) => m[2])];
const kindOf = Object.fromEntries(units.map(([id, , kind]) => [id, kind]));
const members = (ref) =>
  ref === '@tat-ca'
    ? units.filter(([id]) => id !== 'ubnd').map(([id]) => id)
    : ref === '@co-quan-don-vi'
      ? units.filter(([, , k]) => ['phong', 'don-vi-su-nghiep', 'truong-hoc'].includes(k)).map(([id]) => id)
      : ref.startsWith('@')
        ? units
            .filter(
              ([, , k]) =>
                k ===
                {
                  '@to-dan-pho': 'to-dan-pho',
                  '@doan-the': 'doan-the',
                  '@truong-hoc': 'truong-hoc',
                  '@llvt': 'llvt',
                }[ref],
            )
            .map(([id]) => id)
        : [ref];
const instances = [
  ['2025-6t', '2025-06-04'],
  ['2025-9t', '2025-09-09'],
  ['2025-nam', '2025-11-09'],
  ['2026-6t', '2026-06-04'],
  ['2026-9t', '2026-09-09'],
];
const addDays = (iso, n) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

// Hand-pinned cases the tests assert to the day; everything else follows a fixed pattern.
const PINNED = {
  'tdp-3 2025-nam': 'missing', // overdue since 09/11/2025, across the year end
  'tdp-5 2026-6t': { submitted: '2026-06-07' }, // 3 days late
  'th-hu-cau 2026-9t': 'missing',
  'ktht 2025-6t': { submitted: '2025-06-04' }, // on the last allowed day: on time
  'vp 2026-6t': { submitted: '2026-06-05' }, // 1 day late
};
let written = 0;
instances.forEach(([instance, deadline], k) => {
  mkdirSync(`${dir}reports/${instance}`, { recursive: true });
  reporters.forEach(([unit], i) => {
    const pin = PINNED[`${unit} ${instance}`];
    if (pin === 'missing' || (!pin && (i * 7 + k * 3) % 11 === 0)) return;
    const late = !pin && (i + k) % 5 === 0;
    const submitted =
      pin?.submitted ?? (late ? addDays(deadline, (i % 4) + 1) : addDays(deadline, -((i + k) % 6)));
    const mine = allTasks.filter(
      ([, , lead, support]) => members(lead).includes(unit) || support.some((s) => members(s).includes(unit)),
    );
    const never = new Set(unit === 'vp' ? ['PL2.1.1'] : []);
    const status = (id, j) =>
      never.has(id)
        ? 'dang-thuc-hien'
        : (i + j + k) % 3 === 0
          ? 'dang-thuc-hien'
          : (i + j) % 7 === 0
            ? 'khong-phat-sinh'
            : 'hoan-thanh';
    const inds = [];
    if (kindOf[unit] === 'to-dan-pho')
      inds.push(
        `  tdp-co-huong-uoc: {value: ${(i + k) % 4 === 0 ? 0 : 1}, of: 1}`,
        `  hoi-nghi-tdp: ${k % 3 === 2 ? 1 : 0}`,
      );
    if (unit === 'vhxh') inds.push(`  cuoc-doi-thoai: ${k + 1}`);
    if (kindOf[unit] === 'truong-hoc')
      inds.push(`  ty-le-hs-tham-gia: {value: ${200 + i * 10}, of: ${300 + i * 5}}`);
    const depth = 5;
    writeFileSync(
      `${dir}reports/${instance}/${unit}.yaml`,
      `${schema('report', depth)}${INVENTED}unit: ${unit}
period: ${instance}
submitted: "${submitted}"
number: ${q(`${10 + k}/BC-${unit.toUpperCase()}`)}
tasks:
${mine.map(([id], j) => `  - task: ${id}\n    status: ${status(id, j)}\n    result: Kết quả giả định của ${unit} cho nhiệm vụ ${id}.\n`).join('')}${inds.length ? `indicators:\n${inds.join('\n')}\n` : ''}difficulties: ${(i + k) % 4 === 0 ? 'Kinh phí còn hạn chế.' : q('')}
proposals: ${(i + k) % 5 === 1 ? 'Đề nghị bổ sung tài liệu tuyên truyền.' : q('')}
`,
    );
    written++;
  });
});
writeFileSync(
  `${dir}reports/2026-6t/tdp-5-ban-ky.pdf`,
  '%PDF-1.4\n% BỊA RA ĐỂ KIỂM THỬ: bản ký giả của báo cáo tdp-5\n',
);
console.log(`wrote ${units.length} units, ${allTasks.length} tasks, ${written} reports into ${dir}`);
