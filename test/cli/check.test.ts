import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, dcs, FIXTURES, HONG_AN, planCopy, ROOT, tempDir } from '../helpers/cli.js';

const hongAn = (name: string) => readFileSync(join(HONG_AN, name), 'utf8');

describe('dcs check on the shipped Hồng An plan', () => {
  it('exits 0 with only the expected warnings: two empty appendices, four empty groups', async () => {
    const { code, diagnostics } = await checkJson(HONG_AN);
    expect(code).toBe(0);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual([
      'appendix-empty phu-luc-1.yaml',
      'appendix-empty phu-luc-2.yaml',
      'group-empty units.yaml',
      'group-empty units.yaml',
      'group-empty units.yaml',
      'group-empty units.yaml',
    ]);
  });

  it('fails under --strict because of those warnings', async () => {
    expect((await dcs(['check', '--strict'])).code).toBe(1);
  });

  it('finds the plan by itself from the repository root and from inside the plan folder', async () => {
    const fromRoot = await dcs(['check', '--format', 'json']);
    expect(JSON.parse(fromRoot.stdout)[0].file).toBe('plans/hong-an/phu-luc-1.yaml');
    const fromInside = await dcs(['check', '--format', 'json'], { cwd: join(HONG_AN, 'reports') });
    expect(JSON.parse(fromInside.stdout)[0].file).toBe('../phu-luc-1.yaml');
  });
});

describe('dcs check as a new user would break the plan', () => {
  it('a lead that does not exist: one error at its line and column, with the closest unit', async () => {
    const dir = planCopy(HONG_AN, {
      'plan.yaml': hongAn('plan.yaml').replace('    lead: ktht\n', '    lead: kt-ht\n'),
    });
    const r = await dcs(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = hongAn('plan.yaml').split('\n').indexOf('    lead: ktht') + 1;
    expect(r.stdout).toContain(
      `plan.yaml:${line}:11  lỗi  unknown-unit  Không có đơn vị mã "kt-ht" trong units.yaml. Có phải ý bạn là "ktht"?`,
    );
    expect(r.stdout).toMatch(/\| {5}lead: kt-ht\n.*\| {11}\^{5}\n/);
    expect(r.stdout).toContain('1 lỗi, 6 cảnh báo');
  });

  it('a duplicated key: an error at the second one', async () => {
    const dir = planCopy(HONG_AN, {
      'plan.yaml': hongAn('plan.yaml').replace('place: Hồng An\n', 'place: Hồng An\nplace: Hồng Bàng\n'),
    });
    const { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(1);
    expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      { file: 'plan.yaml', line: 14, col: 1, code: 'duplicate-key' },
    ]);
  });

  it('--format github prints annotations; --lang en prints them in English', async () => {
    const dir = planCopy(HONG_AN, {
      'plan.yaml': hongAn('plan.yaml').replace('    lead: ktht\n', '    lead: kt-ht\n'),
    });
    const vi = await dcs(['check', '--format', 'github'], { cwd: dir });
    expect(vi.stdout).toMatch(
      /^::error file=plan\.yaml,line=\d+,col=11::\[unknown-unit\] Không có đơn vị mã "kt-ht"/m,
    );
    expect(vi.stdout).toMatch(/^::warning file=phu-luc-1\.yaml,line=5,col=5::/m);
    const en = await dcs(['check', '--format', 'github', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toMatch(
      /^::error file=plan\.yaml,line=\d+,col=11::\[unknown-unit\] There is no unit "kt-ht" in units\.yaml\. Did you mean "ktht"\?/m,
    );
  });

  it('--format json has the fields of spec §4, with paths relative to the current folder', async () => {
    const dir = planCopy(FIXTURES + '/phuong-mau');
    const r = await dcs(['check', '--format', 'json', '--plan', dir], { cwd: join(dir, '..') });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'plan/units.yaml',
        line: 36,
        col: 9,
        sheet: null,
        cell: null,
        severity: 'warning',
        code: 'group-empty',
        message: 'Nhóm "Lực lượng vũ trang phường" chưa có đơn vị nào.',
        hint: expect.any(String),
      },
    ]);
  });

  it('with FILES, reports only on those files', async () => {
    const dir = planCopy(HONG_AN);
    const r = await dcs(['check', '--format', 'json', 'units.yaml'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((d: { file: string }) => d.file)).toEqual([
      'units.yaml',
      'units.yaml',
      'units.yaml',
      'units.yaml',
    ]);
    expect((await dcs(['check', 'nope.yaml'], { cwd: dir })).stderr).toContain('"nope.yaml" không tồn tại');
  });

  it('checks the YAML reports with the report schema', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml':
        'unit: vhxh\nperiod: 2026-6t\nsubmitted: "2026-06-03"\ntasks:\n  - task: IV.2.a\n    status: xong\n',
    });
    const { diagnostics } = await checkJson(dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      { file: 'reports/2026-6t/vhxh.yaml', line: 6, col: 13, code: 'schema-enum' },
    ]);
  });
});

describe('what check prints for people', () => {
  it('errors in full, warnings a line each (--verbose: in full), then what it read', async () => {
    const dir = planCopy(join(FIXTURES, 'phuong-hu-cau'));
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('lead: "vhxh"', 'lead: "vhxx"'));
    const r = await dcs(['check', '--plan', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const error = lines.findIndex((l) => l.includes('lỗi  unknown-unit'));
    expect(lines[error + 1]).toMatch(/^ *\d+ \| /);
    const warning = lines.findIndex((l) => l.includes('cảnh báo  deadline-on-weekend'));
    expect(lines[warning + 1]).not.toMatch(/\|/);
    expect(r.stdout).toContain('--verbose để xem đoạn nguồn và gợi ý');
    expect(r.stdout).toMatch(
      /Đã đọc: kế hoạch \+ danh sách đơn vị \+ 2 phụ lục\nreports\/2025-6t: 28 YAML\n[^]*reports\/2026-6t: 28 YAML, 1 đính kèm\n/,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ lỗi, 1 cảnh báo trong \d+ tệp đã kiểm tra\.$/,
    );

    const verbose = (await dcs(['check', '--plan', dir, '--verbose'])).stdout.split('\n');
    const w = verbose.findIndex((l) => l.includes('cảnh báo  deadline-on-weekend'));
    expect(verbose[w + 1]).toMatch(/^ *\d+ \| /);
    expect(verbose.join('\n')).not.toContain('--verbose để xem');

    const en = (await dcs(['check', '--plan', dir, '--lang', 'en'])).stdout;
    expect(en).toContain('Read: the plan + units + 2 appendices');
    expect(en).toContain('reports/2026-6t: 28 YAML, 1 attachment');
  });

  it('--format gitlab writes a Code Quality report GitLab shows in merge requests', async () => {
    const dir = planCopy(join(FIXTURES, 'phuong-hu-cau'));
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(plan, 'utf8');
    writeFileSync(plan, text.replace('lead: "vhxh"', 'lead: "vhxx"'));
    const line = text.split('\n').findIndex((l) => l.includes('lead: "vhxh"')) + 1;
    const r = await dcs(['check', '--plan', dir, '--format', 'gitlab'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      description: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const bad = report.find((x) => x.check_name === 'unknown-unit')!;
    expect(bad).toMatchObject({ severity: 'major', location: { path: 'plan.yaml', lines: { begin: line } } });
    expect(bad.description).toContain('vhxx');
    expect(report.find((x) => x.check_name === 'deadline-on-weekend')!.severity).toBe('minor');
    expect(new Set(report.map((x) => x.fingerprint)).size).toBe(report.length);
    expect((await dcs(['check', '--plan', dir, '--format', 'gitlab'], { cwd: dir })).stdout).toBe(r.stdout);
  });
});

describe('finding the plan folder', () => {
  it('uses $DCS_PLAN, and says so when it holds no plan', async () => {
    const r = await dcs(['check'], { cwd: tempDir(), env: { DCS_PLAN: HONG_AN } });
    expect(r.code).toBe(0);
    const bad = await dcs(['check'], { cwd: tempDir(), env: { DCS_PLAN: '/nonexistent' } });
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('Không tìm thấy kế hoạch: thư mục "/nonexistent" không có plan.yaml.');
  });

  it('lists the plans when ./plans/ holds several, and exits 2', async () => {
    const dir = tempDir();
    for (const n of ['a', 'b']) {
      mkdirSync(join(dir, 'plans', n), { recursive: true });
      writeFileSync(join(dir, 'plans', n, 'plan.yaml'), 'id: x\n');
    }
    const r = await dcs(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/a, plans/b');
  });

  it('says how to point at a plan when there is none', async () => {
    const r = await dcs(['check', '--lang', 'en'], { cwd: tempDir() });
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toContain('Use --plan DIR');
  });
});

/** Every command dcs has, as its own help lists them (so a new one cannot be left out here). */
async function commands(): Promise<string[]> {
  const help = (await dcs(['--help', '--lang', 'en'])).stdout;
  const list = help.slice(help.indexOf('Commands:'));
  return [...list.matchAll(/^ {2}([a-z][a-z-]*)(?:\|[a-z-]+)? \[/gm)]
    .map((m) => m[1]!)
    .filter((c) => c !== 'help');
}

describe('the CLI shell', () => {
  it('answers an unknown command or option with the nearest one, exit 2', async () => {
    const cmd = await dcs(['chek']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Không có lệnh "chek".\nCó phải ý bạn là "check"?');
    const opt = await dcs(['check', '--strcit', '--lang', 'en']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('There is no option "--strcit".\nDid you mean "--strict"?');
  });

  it('rejects a bad --format or --lang with exit 2', async () => {
    expect(await dcs(['check', '--format', 'xml'])).toMatchObject({ code: 2, stdout: '' });
    expect((await dcs(['check', '--lang', 'fr'])).code).toBe(2);
  });

  it('prints help in Vietnamese, or English with --lang en, and the version', async () => {
    const vi = await dcs(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: dcs');
    expect(vi.stdout).toContain('kiểm tra kế hoạch');
    expect((await dcs(['check', '--help', '--lang', 'en'])).stdout).toContain('treat warnings as errors');
    // Wholly one language: commander's own words too.
    for (const argv of [['--help'], ...(await commands()).map((c) => [c, '--help'])]) {
      const help = (await dcs(argv)).stdout;
      expect(help, argv.join(' ')).not.toMatch(
        /Usage|Options|Commands|Arguments|\[options\]|\[command\]|<dir>|<file>|<format>/,
      );
      expect((await dcs([...argv, '--lang', 'en'])).stdout, argv.join(' ')).not.toMatch(
        /Cách dùng|Tùy chọn|tùy chọn|thư-mục/,
      );
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v', '-V'])
      expect((await dcs([flag])).stdout.trim(), flag).toBe(pkg.version);
  });

  it("every command's help ends with real examples, in the help's language", async () => {
    const all = await commands();
    expect(all).toContain('receive');
    for (const c of all) {
      const vi = (await dcs([c, '--help'])).stdout;
      expect(vi, c).toMatch(new RegExp(`\\nVí dụ:\\n(  dcs ${c}.*\\n){2,3}\\n*$`));
      const en = (await dcs([c, '--help', '--lang', 'en'])).stdout;
      expect(en, c).toMatch(new RegExp(`\\nExamples:\\n(  dcs ${c}.*\\n){2,3}\\n*$`));
    }
    // The examples run: those that only read, on the Hồng An plan.
    for (const argv of [
      ['check'],
      ['tasks', '--unit', 'vhxh'],
      ['due', '--as-of', '01/06/2026', '--within', '7'],
      ['due', '--unit', 'ktht', '--all'],
      ['remind', '--period', '6t', '--as-of', '10/06/2026'],
      ['history', '--year', '2026', '--unit', 'ktht'],
    ])
      expect((await dcs(argv)).code, argv.join(' ')).toBe(0);
  });

  it('colours only on a terminal', async () => {
    const dir = planCopy(HONG_AN);
    const r = await dcs(['check'], { cwd: dir });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});
