// Installed like any npm tool: the packed tarball holds the built bundle (dist/bundle/) and installs with no build
// step into a fresh prefix; the command then runs from a folder outside the repository.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.js';

const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 240000, shell: process.platform === 'win32' });

describe('npm pack, then npm install -g of the tarball', () => {
  it('installs the dcs command, which checks a plan from outside the repository', () => {
    const dir = tempDir();
    // npm test has just built dist/; --ignore-scripts packs it as it is.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info!.filename).toMatch(/^dan-chu-co-so-\d+\.\d+\.\d+\.tgz$/);
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('dist/bundle/main.js');
    expect(files).toContain('dist/validators.cjs');
    expect(files).toContain('bin/dcs.js');
    // The bundle only: neither sources, tests and plans, nor tsc's module tree (dist/cli/, dist/check/…).
    expect(
      files.filter(
        (f) =>
          /^(test|src|plans)\//.test(f) ||
          (f.startsWith('dist/') && !/^dist\/(bundle\/|validators\.cjs$)/.test(f)),
      ),
    ).toEqual([]);

    // Dependencies from npm's cache when it has them (it does after `npm ci`), else the registry.
    const prefix = join(dir, 'prefix');
    const install = npm(
      [
        'install',
        '-g',
        '--prefix',
        prefix,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(dir, info!.filename),
      ],
      dir,
    );
    expect(install.status, install.stderr).toBe(0);
    const bin = process.platform === 'win32' ? join(prefix, 'dcs.cmd') : join(prefix, 'bin', 'dcs');
    expect(existsSync(bin)).toBe(true);
    // Nothing was built on install: the installed package has no sources and no TypeScript.
    const installed = join(prefix, 'lib', 'node_modules', 'dan-chu-co-so');
    expect(readdirSync(installed).sort()).toEqual(
      expect.arrayContaining(['bin', 'dist', 'package.json', 'schemas', 'templates']),
    );
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false);

    const outside = tempDir();
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: outside, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const version = run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const plan = join(outside, 'phuong-hu-cau');
    cpSync(join(FIXTURES, 'phuong-hu-cau'), plan, { recursive: true });
    const check = run(['check', '--plan', plan]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/0 lỗi/);
  }, 300000);
});
