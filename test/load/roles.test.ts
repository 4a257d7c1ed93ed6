// Every YAML file of a plan folder is checked against the schema of its role — plan, units, appendix,
// report — whether it is read afresh or found in the cache. (units.yaml once went unchecked when the
// validation moved to reading: a false all-clear.)
import { appendFileSync, readFileSync } from 'node:fs';
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
