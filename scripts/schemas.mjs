// The schemas of schemas/, read once for the build scripts and the drift test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const SCHEMA_FILES = ['common', 'plan', 'units', 'appendix', 'report'];
/** The validators dcs uses, by name, and the schema each one checks. */
export const VALIDATORS = {
  plan: 'plan.schema.json',
  units: 'units.schema.json',
  appendix: 'appendix.schema.json',
  report: 'report.schema.json',
};

export function readSchemas() {
  return SCHEMA_FILES.map((name) => JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')));
}
