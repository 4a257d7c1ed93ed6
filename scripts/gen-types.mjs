// Derives the TypeScript types of the YAML files from the JSON Schemas, so the two cannot drift:
// `node scripts/gen-types.mjs` rewrites src/model/schema-types.ts, and a test fails when the
// committed file differs from what the schemas give.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSchemas } from './schemas.mjs';

const ROOTS = {
  'plan.schema.json': 'PlanFile',
  'units.schema.json': 'UnitsFile',
  'appendix.schema.json': 'AppendixFile',
  'report.schema.json': 'ReportFile',
};
const pascal = (s) => s.replace(/(^|[-_])([a-z])/g, (_, __, c) => c.toUpperCase());

export function generateTypes(schemas = readSchemas()) {
  const common = schemas.find((s) => s.$id === 'common.schema.json');
  const out = ['// Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit by hand.', ''];
  const typeOf = (s, indent) => {
    if (s.$ref) return pascal(s.$ref.replace(/^.*\/\$defs\//, ''));
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
    const types = Array.isArray(s.type) ? s.type : [s.type];
    return types
      .map((t) => {
        switch (t) {
          case 'string':
            return 'string';
          case 'number':
          case 'integer':
            return 'number';
          case 'boolean':
            return 'boolean';
          case 'null':
            return 'null';
          case 'array': {
            const item = typeOf(s.items, indent);
            return /[ |]/.test(item) && !item.startsWith('{') ? `Array<${item}>` : `${item}[]`;
          }
          case 'object':
            return objectType(s, indent);
          default:
            throw new Error(`unsupported schema type ${t}`);
        }
      })
      .join(' | ');
  };
  const objectType = (s, indent) => {
    if (!s.properties && !s.additionalProperties) return 'Record<string, unknown>';
    if (!s.properties && typeof s.additionalProperties === 'object')
      return `Record<string, ${typeOf(s.additionalProperties, indent)}>`;
    const pad = '  '.repeat(indent + 1);
    const req = new Set(s.required ?? []);
    const lines = Object.entries(s.properties ?? {}).map(([k, v]) => {
      const doc = v.title ? `${pad}/** ${v.title}${v.description ? ` — ${v.description}` : ''} */\n` : '';
      return `${doc}${pad}${k}${req.has(k) ? '' : '?'}: ${typeOf(v, indent + 1)};`;
    });
    return `{\n${lines.join('\n')}\n${'  '.repeat(indent)}}`;
  };
  for (const [name, def] of Object.entries(common.$defs)) {
    out.push(`/** ${def.title} — ${def.description} */`);
    out.push(
      def.type === 'object'
        ? `export interface ${pascal(name)} ${objectType(def, 0)}`
        : `export type ${pascal(name)} = ${typeOf(def, 0)};`,
      '',
    );
  }
  for (const s of schemas) {
    const name = ROOTS[s.$id];
    if (!name) continue;
    out.push(`/** ${s.title} — ${s.description} */`, `export interface ${name} ${objectType(s, 0)}`, '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(fileURLToPath(new URL('../src/model/schema-types.ts', import.meta.url)), generateTypes());
}
