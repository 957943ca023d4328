import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Cron } from 'croner';
import { ValidationError } from '../domain/errors.ts';

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Every schema document in schemas/, by file name (its $id). */
export const schemaDocuments: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(schemaDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(schemaDir + f, 'utf8')) as Record<string, unknown>]),
);

/** True when `tz` is an IANA zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

/** True when `expr` is a cron expression in node-cron syntax (5 fields, or 6 with seconds). */
export function isCron(expr: string): boolean {
  const fields = expr.trim().split(/\s+/).length;
  if (fields < 5 || fields > 6) return false;
  try {
    new Cron(expr, { paused: true });
    return true;
  } catch {
    return false;
  }
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({
  allErrors: false,
  strict: true,
  // Discriminated unions name the tag in `required` at the union level, which strictRequired rejects.
  strictRequired: false,
  discriminator: true,
  useDefaults: true,
  verbose: true,
});
addFormats(ajv);
ajv.addFormat('iana-time-zone', { type: 'string', validate: isTimeZone });
ajv.addFormat('cron', { type: 'string', validate: isCron });
for (const doc of Object.values(schemaDocuments)) ajv.addSchema(doc);

const compiled = new Map<string, ValidateFunction>();

/** Returns the compiled validator for a schema reference such as `gate.json` or `playlist.json#/$defs/item`. */
export function validatorFor(ref: string): ValidateFunction {
  let fn = compiled.get(ref);
  if (!fn) {
    fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`unknown schema ${ref}`);
    compiled.set(ref, fn);
  }
  return fn;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(params.additionalProperty)}"`;
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    case 'not': {
      const schema = error.schema as { description?: string } | undefined;
      return schema?.description ?? 'is not allowed';
    }
    case 'pattern': {
      const parent = error.parentSchema as { title?: string; description?: string } | undefined;
      const what = parent?.description ?? parent?.title;
      const subject = error.propertyName === undefined ? '' : `key "${error.propertyName}" `;
      return what ? `${subject}must be ${what}` : `${subject}${error.message ?? 'is invalid'}`;
    }
    case 'format':
      return `must be a valid ${String(params.format)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const extra =
    error.keyword === 'required'
      ? String(params.missingProperty)
      : error.keyword === 'additionalProperties'
        ? String(params.additionalProperty)
        : undefined;
  const base =
    error.propertyName === undefined
      ? error.instancePath
      : `${error.instancePath}/${error.propertyName.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return extra === undefined ? base || '/' : `${base}/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/**
 * Validates `data` against a schema and returns it typed, with defaults applied.
 * Throws a ValidationError naming the field (JSON pointer) on the first problem.
 */
export function validate<T>(ref: string, data: unknown): T {
  const fn = validatorFor(ref);
  if (fn(data)) return data as T;
  const error = fn.errors?.[0];
  if (!error) throw new ValidationError('invalid input');
  const path = pointerOf(error);
  throw new ValidationError(`${path}: ${describe(error)}`, path);
}
