// The schemas, the TypeScript types and the YAML files that use them cannot drift apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generateTypes } from '../../scripts/gen-types.mjs';
// @ts-expect-error: a plain .mjs build script without types
import { readSchemas } from '../../scripts/schemas.mjs';
import { ROOT } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

describe('schemas', () => {
  it('src/model/schema-types.ts is what scripts/gen-types.mjs makes of the schemas (run it after editing a schema)', () => {
    expect(readFileSync(join(ROOT, 'src/model/schema-types.ts'), 'utf8')).toBe(
      (generateTypes as () => string)(),
    );
  });

  it('every property has a Vietnamese title and description, and every object forbids unknown fields', () => {
    const missing: string[] = [];
    const walk = (s: Record<string, unknown>, path: string) => {
      if (s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object'))) {
        if (s.properties && s.additionalProperties !== false) missing.push(`${path}: additionalProperties`);
        for (const [k, v] of Object.entries(
          (s.properties ?? {}) as Record<string, Record<string, unknown>>,
        )) {
          if (!v.$ref && (!v.title || !v.description)) missing.push(`${path}/${k}: title/description`);
          walk(v, `${path}/${k}`);
        }
      }
      if (s.items) walk(s.items as Record<string, unknown>, `${path}[]`);
      if (typeof s.additionalProperties === 'object')
        walk(s.additionalProperties as Record<string, unknown>, `${path}{}`);
      for (const [k, v] of Object.entries((s.$defs ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!v.title || !v.description) missing.push(`${path}$defs/${k}: title/description`);
        walk(v, `${path}$defs/${k}`);
      }
    };
    for (const schema of readSchemas() as Record<string, unknown>[]) walk(schema, String(schema.$id));
    expect(missing).toEqual([]);
  });

  it('every YAML file of a plan starts with a $schema line that resolves to the right schema', () => {
    // The shipped plans' own files; the reports a ward adds under plans/*/reports/ are its business.
    const files = [
      ...yamlFiles(join(ROOT, 'plans')).filter((f) => !f.includes('/reports/')),
      ...yamlFiles(join(ROOT, 'test/fixtures')).filter((f) => !f.includes('/bad/')),
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) {
      const first = readFileSync(f, 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, relative(ROOT, f)).not.toBeNull();
      const target = resolve(dirname(f), m![1]!);
      expect(existsSync(target), `${relative(ROOT, f)} → ${m![1]}`).toBe(true);
      const name = f.includes('/reports/')
        ? 'report'
        : /phu-luc/.test(f)
          ? 'appendix'
          : f.endsWith('units.yaml')
            ? 'units'
            : 'plan';
      expect(target, relative(ROOT, f)).toBe(join(ROOT, 'schemas', `${name}.schema.json`));
    }
  });
});
