// Compile time and peak memory (docs/design.md §6): the invented fixture ward's 2026-6t season, and a
// generated season of N reports (default 2,000) from as many tổ dân phố. Each compile runs as its own
// process under /usr/bin/time -v, which reports the peak resident set.
//   node scripts/bench-compile.mjs [N]
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2] ?? 2000);

function measure(label, dir) {
  const out = join(mkdtempSync(join(tmpdir(), 'dcs-bench-')), 'th.xlsx');
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      join(root, 'bin/dcs.js'),
      'compile',
      '--period',
      '2026-6t',
      '--plan',
      dir,
      '-o',
      out,
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const wall = /Elapsed \(wall clock\) time.*: (.*)/.exec(r.stderr)?.[1];
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024;
  console.log(`${label.padEnd(44)} exit ${r.status}  wall ${wall}  peak RSS ${rss.toFixed(0)} MiB`);
  if (r.status !== 0 && r.status !== 1) console.log(r.stdout, r.stderr);
}

measure('fixture ward (31 units, 28 reports + 1 pdf)', join(root, 'test/fixtures/phuong-hu-cau'));

const dir = mkdtempSync(join(tmpdir(), 'dcs-season-'));
cpSync(join(root, 'test/fixtures/phuong-hu-cau'), dir, {
  recursive: true,
  filter: (p) => !p.includes('/reports/') || p.endsWith('/reports'),
});
const units = Array.from(
  { length: n },
  (_, i) => `  - id: tdp-${i + 1}\n    name: Tổ dân phố số ${i + 1}\n    kind: to-dan-pho\n`,
).join('');
writeFileSync(
  join(dir, 'units.yaml'),
  `units:\n${units}  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n    kind: phong\n  - id: vp\n    name: Văn phòng\n    kind: phong\n  - id: ktht\n    name: Phòng Kinh tế\n    kind: phong\n  - id: ttphvhc\n    name: Trung tâm\n    kind: don-vi-su-nghiep\n  - id: mttq\n    name: MTTQ\n    kind: mat-tran\n  - id: cong-an\n    name: Công an\n    kind: llvt\ngroups:\n  - id: co-quan-don-vi\n    name: Các cơ quan, đơn vị\n    kinds: [phong, don-vi-su-nghiep, truong-hoc]\n  - id: to-dan-pho\n    name: Các tổ dân phố\n    kinds: [to-dan-pho]\n  - id: doan-the\n    name: Các đoàn thể\n    kinds: [doan-the]\n  - id: truong-hoc\n    name: Các trường học\n    kinds: [truong-hoc]\n  - id: llvt\n    name: Lực lượng vũ trang\n    kinds: [llvt]\n  - id: tat-ca\n    name: Tất cả\n    all: true\n`,
);
mkdirSync(join(dir, 'reports/2026-6t'), { recursive: true });
for (let i = 1; i <= n; i++) {
  writeFileSync(
    join(dir, `reports/2026-6t/tdp-${i}.yaml`),
    `unit: tdp-${i}\nperiod: 2026-6t\nsubmitted: "2026-06-0${1 + (i % 6)}"\ntasks:\n  - task: II.1\n    status: ${i % 3 ? 'hoan-thanh' : 'dang-thuc-hien'}\n    result: Họp tổ dân phố phổ biến Kế hoạch, ${i % 97} hộ tham dự.\n  - task: PL1.1.1\n    status: dang-thuc-hien\n    result: Đã lấy ý kiến các hộ về dự thảo hương ước.\n  - task: PL1.1.3\n    status: chua-thuc-hien\n  - task: PL2.3.2\n    status: khong-phat-sinh\nindicators:\n  tdp-co-huong-uoc: {value: ${i % 2}, of: 1}\n  hoi-nghi-tdp: ${i % 3}\ndifficulties: Kinh phí còn hạn chế ở tổ ${i}.\nproposals: Đề nghị hỗ trợ tài liệu.\n`,
  );
}
measure(`generated season (${n} YAML reports)`, dir);
