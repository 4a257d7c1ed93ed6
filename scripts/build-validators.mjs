// Precompiles the JSON Schemas into one CommonJS module of standalone ajv validators, so that
// `dcs check` never compiles a schema at run time (docs/design.md §7). ajv's standalone output is CommonJS
// even when asked for ESM, hence `.cjs`.
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { readSchemas, VALIDATORS } from './schemas.mjs';

export function buildValidatorSource() {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: false },
  });
  addFormats.default(ajv, ['date']);
  for (const schema of readSchemas()) ajv.addSchema(schema);
  return standaloneCode.default(ajv, VALIDATORS);
}

const out = fileURLToPath(new URL('../dist/validators.cjs', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
writeFileSync(`${out}.tmp`, buildValidatorSource());
renameSync(`${out}.tmp`, out);
