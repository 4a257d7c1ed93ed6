// Start-up benchmark (docs/design.md §7): each command run side by side, interleaved, N times; medians in ms.
// Compare within one run only: these machines vary ±20 % from day to day.
//   npm run bench [-- N]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2] ?? 15);
const node = process.execPath;
const cases = {
  'node -e 0 (bare start-up)': [node, ['-e', '0']],
  'yaml alone: parse the Hồng An plan': [
    node,
    [
      '--input-type=module',
      '-e',
      "import {parseDocument,LineCounter} from 'yaml'; import {readFileSync} from 'node:fs'; for (const f of ['plan','units','phu-luc-1','phu-luc-2']) parseDocument(readFileSync(`plans/hong-an/${f}.yaml`,'utf8'),{lineCounter:new LineCounter()}).toJS()",
    ],
  ],
  'dcs --version': [node, ['bin/dcs.js', '--version']],
  'dcs check': [node, ['bin/dcs.js', 'check']],
  'dcs tasks': [node, ['bin/dcs.js', 'tasks']],
  'dcs due': [node, ['bin/dcs.js', 'due', '--as-of', '2026-05-22']],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const skipped = new Set();
for (let i = 0; i < n; i++) {
  for (const [name, [cmd, args]] of Object.entries(cases)) {
    if (skipped.has(name)) continue;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: 'pipe' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status === 2 && /Không có lệnh/.test(String(r.stderr))) {
      skipped.add(name);
      continue;
    }
    times[name].push(ms);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const base = median(times['node -e 0 (bare start-up)']);
console.log(`median of ${n} runs, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
for (const [name, xs] of Object.entries(times)) {
  if (xs.length === 0) {
    console.log(`${name.padEnd(40)} (not available)`);
    continue;
  }
  const m = median(xs);
  console.log(
    `${name.padEnd(40)} ${m.toFixed(0).padStart(5)} ms  (+${(m - base).toFixed(0)} ms over bare node)`,
  );
}
