// JSON Schema validation with the validators precompiled at build time (scripts/build-validators.mjs):
// nothing is compiled at run time. ajv's errors become diagnostics at the offending key or value.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../model/diagnostic.js';
import { diag } from '../model/diagnostic.js';
import { closest } from '../util/closest.js';
import { pointerOf } from '../util/pointer.js';

export type SchemaName = 'plan' | 'units' | 'appendix' | 'report';
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let validators: Record<SchemaName, Validator> | undefined;
function load(): Record<SchemaName, Validator> {
  // src/check and dist/check are both two levels below the package root.
  validators ??= createRequire(import.meta.url)('../../dist/validators.cjs') as Record<SchemaName, Validator>;
  return validators;
}

const SHAPES: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'id',
  '^@?[a-z0-9][a-z0-9-]*$': 'ref',
  '^[A-Za-z0-9][A-Za-z0-9.-]*$': 'task-id',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'date',
  '^[0-9]{4}-[a-z0-9][a-z0-9-]*$': 'period',
  '^[A-Za-z0-9._-]+\\.ya?ml$': 'file',
};

/** A value as a message can quote it: text as written, anything else as JSON, never "[object Object]". */
function quoted(v: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined and functions, whatever its declared type says.
    const json = JSON.stringify(v) as string | undefined;
    text = typeof v === 'string' ? v : (json ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** `source(pointer)` gives the value's text as written in the file, for "quote it" hints. */
export function validateSchema(
  name: SchemaName,
  data: unknown,
  file: string,
  source: (pointer: string) => string | undefined,
): Diagnostic[] {
  const validate = load()[name];
  if (validate(data)) return [];
  const out: Diagnostic[] = [];
  const errors = validate.errors ?? [];
  const patternAt = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  for (const e of errors) {
    const at = { pointer: e.instancePath };
    const schema = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
    switch (e.keyword) {
      case 'required': {
        const property = String(e.params.missingProperty);
        out.push(diag(file, 'error', 'schema-required', { property }, at));
        break;
      }
      case 'additionalProperties': {
        const property = String(e.params.additionalProperty);
        const allowed = Object.keys(schema?.properties ?? {});
        const suggestion = closest(property, allowed);
        out.push(
          diag(
            file,
            'error',
            'schema-unknown-property',
            { property, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
            { pointer: `${e.instancePath}${pointerOf(property)}`, at: 'key' },
          ),
        );
        break;
      }
      case 'type': {
        const expected = String(Array.isArray(e.params.type) ? e.params.type.join('|') : e.params.type);
        const actual = jsonType(e.data);
        const written = source(e.instancePath);
        const quote =
          expected.includes('string') && (actual === 'number' || actual === 'integer' || actual === 'boolean')
            ? (written ?? quoted(e.data))
            : undefined;
        out.push(diag(file, 'error', 'schema-type', { expected, actual, ...(quote ? { quote } : {}) }, at));
        break;
      }
      case 'enum': {
        // An empty value is allowed where it means "not reported"; it is no choice to offer.
        const allowed = (e.params.allowedValues as unknown[])
          .filter((v) => v !== '' && v !== null)
          .map(String);
        const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
        out.push(
          diag(
            file,
            'error',
            'schema-enum',
            { value: quoted(e.data), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
            at,
          ),
        );
        break;
      }
      case 'pattern': {
        if (e.data === '') {
          out.push(diag(file, 'error', 'schema-empty', {}, at));
          break;
        }
        const what = SHAPES[String(e.params.pattern)] ?? 'id';
        out.push(
          diag(
            file,
            'error',
            'schema-pattern',
            {
              value: quoted(e.data),
              what: what === 'id' && /unit|lead|receiver|reported_by/.test(e.instancePath) ? 'unit-id' : what,
            },
            at,
          ),
        );
        break;
      }
      case 'format':
        if (!patternAt.has(e.instancePath))
          out.push(diag(file, 'error', 'impossible-date', { value: quoted(e.data) }, at));
        break;
      case 'minLength':
      case 'minItems':
        out.push(diag(file, 'error', 'schema-empty', {}, at));
        break;
      case 'minimum':
      case 'maximum':
        out.push(
          diag(
            file,
            'error',
            'schema-range',
            {
              value: quoted(e.data),
              limit: `${e.keyword === 'minimum' ? '≥' : '≤'} ${String(e.params.limit)}`,
            },
            at,
          ),
        );
        break;
      case 'propertyNames':
        break; // ajv also reports the offending name under `pattern`
      default:
        out.push(diag(file, 'error', 'schema-invalid', { detail: `${e.keyword}: ${e.message ?? ''}` }, at));
    }
  }
  return out;
}
