// dcs template --period ID [--unit ID] [--format xlsx|yaml] -o DIR [--force]: one blank report form
// per reporting unit.
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formContent } from '../forms/content.js';
import { yamlForm } from '../forms/yaml-form.js';
import { t } from '../i18n/ui.js';
import { reportingUnits } from '../model/plan.js';
import { UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { loadPlan, periodOption, unitOption, warnIfInvalid } from './load-plan.js';
import { choice } from './options.js';
import { refuseOverwrite, shown, writeAtomic } from './write.js';

export interface TemplateOptions extends GlobalOptions {
  period?: string;
  unit?: string;
  format?: string;
  output?: string;
  force?: boolean;
}

export async function runTemplate(opts: TemplateOptions, io: Io): Promise<number> {
  const format = choice('--format', opts.format ?? 'xlsx', ['xlsx', 'yaml'] as const);
  if (!opts.output) throw new UsageError('usage.needOutput');
  const loaded = await loadPlan(opts, io);
  warnIfInvalid(loaded, opts, io);
  const instance = periodOption(loaded, opts.period);
  const unit = unitOption(loaded, opts.unit);
  const units = unit ? [unit] : reportingUnits(loaded.plan);
  const dir = resolve(io.cwd, opts.output);
  const targets = units.map((u) => join(dir, `${u}.${format}`));
  refuseOverwrite(targets, opts.force === true, io.cwd);
  const writeForm = format === 'xlsx' ? (await import('../excel/write-form.js')).formWorkbook : undefined;
  // Where the form will live (reports/<period>/), the schema a plan made by `dcs init` carries, else dcs's
  // own.
  const own = join(loaded.folder.dir, 'schemas');
  const schemas = existsSync(join(own, 'report.schema.json'))
    ? own
    : fileURLToPath(new URL('../../schemas', import.meta.url));
  const schema = relative(join(loaded.folder.dir, 'reports', instance), join(schemas, 'report.schema.json'))
    .split(sep)
    .join('/');
  for (const [k, u] of units.entries()) {
    const content = formContent(loaded.plan, u, instance);
    writeAtomic(targets[k]!, writeForm ? await writeForm(content) : yamlForm(content, schema));
  }
  io.stdout(
    `${t(opts.lang, 'template.done', { count: units.length, dir: shown(io.cwd, dir), period: instance })}\n`,
  );
  return 0;
}
