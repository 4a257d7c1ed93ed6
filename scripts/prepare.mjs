// npm's "prepare": builds dist/. After `npm install` or `npm ci` in a clone the dependencies are there
// and this only builds. `npm install -g .` from a fresh clone links the folder without installing its
// dependencies (the build then failed with "Cannot find package 'ajv'"): install them first, exactly
// as the lock file says, then build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Run npm as the npm that runs us (npm.cmd on Windows cannot be spawned without a shell).
const npm = (args, env = process.env) => {
  const [cmd, pre] = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const r = spawnSync(cmd, [...pre, ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: !process.env.npm_execpath && process.platform === 'win32',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(`${root}/node_modules/typescript/package.json`)) {
  // A global install's settings must not reach the install into the clone itself.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_config_(global|location|prefix)$/i.test(k)),
  );
  npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], env);
}
npm(['run', 'build']);
