// Every YAML file of a plan folder is checked against the schema of its role — plan, units, appendix,
// report — whether it is read afresh or found in the cache. (units.yaml once went unchecked when the
// validation moved to reading: a false all-clear.)
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcs, FIXTURES, planCopy, tempDir } from '../helpers/cli.js';

const MAU = join(FIXTURES, 'phuong-mau');
const NOW = new Date('2026-06-10T03:00:00Z');
const FILES = ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'reports/2026-6t/tdp-1.yaml'];

describe('each file against the schema of its role', () => {
  it.each(FILES)('%s: an unknown top-level field is an error at its line, cached or not', async (name) => {
    const dir = planCopy(MAU);
    const lines = readFileSync(join(dir, name), 'utf8').split('\n').length;
    appendFileSync(join(dir, name), 'truong_la: 1\n');
    const cache = join(tempDir(), 'cache');
    const runs = [
      await dcs(['check', '--plan', dir, '--format', 'json'], { now: NOW, env: { DCS_NO_CACHE: '1' } }),
      await dcs(['check', '--plan', dir, '--format', 'json'], { now: NOW, env: { DCS_CACHE_DIR: cache } }),
      await dcs(['check', '--plan', dir, '--format', 'json'], { now: NOW, env: { DCS_CACHE_DIR: cache } }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(1);
      const found = (JSON.parse(r.stdout) as { file: string; code: string; line: number }[]).filter(
        (d) => d.code === 'schema-unknown-property',
      );
      expect(found.map((d) => [d.file.endsWith(name), d.line])).toEqual([[true, lines]]);
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});

describe('a damaged position index in the cache', () => {
  it('is read afresh once per copy, even when one file is read in two roles', async () => {
    // units.yaml listed as an appendix too: the same name, two reads, two schemas.
    const plan = readFileSync(join(MAU, 'plan.yaml'), 'utf8').replace(
      'appendices:\n',
      'appendices:\n  - id: PL3\n    file: units.yaml\n    title: Lẫn tệp\n',
    );
    const dir = planCopy(MAU, { 'plan.yaml': plan });
    const cache = join(tempDir(), 'cache');
    const argv = ['check', '--plan', dir, '--format', 'json'];
    const fresh = await dcs(argv, { now: NOW, env: { DCS_NO_CACHE: '1' } });
    expect(fresh.code).toBe(1);
    await dcs(argv, { now: NOW, env: { DCS_CACHE_DIR: cache } });
    // Every entry's second line (its index) damaged.
    const entries = readdirSync(join(cache, 'yaml'), { recursive: true })
      .map((f) => join(cache, 'yaml', String(f)))
      .filter((f) => f.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(4);
    for (const f of entries) {
      const [head] = readFileSync(f, 'utf8').split('\n');
      writeFileSync(f, `${head}\n{"lineStarts":[],"nodes":"x"}`);
    }
    expect(await dcs(argv, { now: NOW, env: { DCS_CACHE_DIR: cache } })).toEqual(fresh);
    expect(await dcs(argv, { now: NOW, env: { DCS_CACHE_DIR: cache } })).toEqual(fresh);
  }, 20000);
});
