#!/usr/bin/env node
// Groups the failures recorded by a survey run of the fuzz test:
//   DCS_FUZZ_RUNS=300 DCS_FUZZ_COLLECT=/tmp/fuzz.jsonl npx vitest run test/fuzz/mutate.test.ts
//   node test/fuzz/group-failures.mjs /tmp/fuzz.jsonl
// A class is the broken invariant plus its message with paths, numbers and quoted values blanked,
// plus the top stack frame in dcs's own code; each class shows how often it was seen and the
// smallest mutation that showed it.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: group-failures.mjs FILE.jsonl');
  process.exit(2);
}
const classes = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const { family, mutation, problems } = JSON.parse(line);
  const seen = new Set();
  for (const p of problems) {
    // The first frame in dcs's own src/, else the first in a dependency.
    const frameIn = (dir) =>
      new RegExp(`\\(?(/[^()\\s]*/${dir}/[^):]+:\\d+)`)
        .exec(p.detail)?.[1]
        ?.replace(/^.*?\/(src|node_modules)\//, '$1/');
    const frame = frameIn('src') ?? frameIn('node_modules') ?? '';
    const message = p.detail
      .replace(/ at .*$/, '')
      .replace(/\/tmp\/[^\s'",]*/g, '<path>')
      .replace(/'[^']*'/g, "'…'")
      .replace(/\d+(\.\d+)?/g, 'N')
      .slice(0, 160);
    const key = `${p.kind} | ${message} | ${frame}`;
    const c = classes.get(key) ?? {
      count: 0,
      commands: new Set(),
      families: new Set(),
      example: null,
      size: Infinity,
    };
    c.commands.add(p.command);
    classes.set(key, c);
    if (seen.has(key)) continue;
    seen.add(key);
    c.count++;
    c.families.add(family);
    const size = JSON.stringify(mutation).length;
    if (size < c.size) {
      c.size = size;
      c.example = mutation;
    }
    classes.set(key, c);
  }
}
for (const [key, c] of [...classes].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`${c.count}× [${[...c.families].join(',')}] [${[...c.commands].join(',')}] ${key}`);
  console.log(`   e.g. ${JSON.stringify(c.example)}`);
}
