// Preloaded with `node --import`: records every module the process loads (ES modules through a
// resolve hook, CommonJS through the require cache) into $DCS_TRACE, so a test can assert that
// `dcs check` never loads exceljs, the date-fns barrel or ajv's compiler.
import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';

register('./trace-hooks.mjs', import.meta.url);
process.on('exit', () => {
  appendFileSync(
    process.env.DCS_TRACE,
    Object.keys(createRequire(import.meta.url).cache)
      .map((k) => `cjs ${k}\n`)
      .join(''),
  );
});
