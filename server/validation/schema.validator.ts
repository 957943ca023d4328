import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Cron } from 'croner';
import { ValidationError, type Cause, type ErrorReason } from '../domain/errors.ts';
import { storedSchemas } from './stored.schemas.ts';

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Every schema document in schemas/, by file name (its $id). */
export const schemaDocuments: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(schemaDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(schemaDir + f, 'utf8')) as Record<string, unknown>]),
);

/** Schemas derived from those of schemas/ (each stored entity's), by $id: `gate.stored.json`, … */
export const derivedDocuments = storedSchemas(schemaDocuments);

/** The schema object at a ref such as `common.json#/$defs/pageQuery` (not compiled). */
export function schemaAt(ref: string): Record<string, unknown> {
  const [file = '', pointer = ''] = ref.split('#');
  let node: unknown = schemaDocuments[file] ?? derivedDocuments[file];
  for (const key of pointer.split('/').filter(Boolean))
    node = (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')];
  if (!node || typeof node !== 'object') throw new Error(`unknown schema ${ref}`);
  return node as Record<string, unknown>;
}

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

/** The annotation keyword naming field-specific reasons: `{ "<ajv keyword>": "<reason>" }`. */
export const REASONS_KEYWORD = 'x-reasons';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An ajv with every schema of schemas/ and the derived ones, and the formats they use. */
export function schemaAjv(options: ConstructorParameters<typeof Ajv2020>[0]): Ajv2020 {
  const ajv = new Ajv2020(options);
  addFormats(ajv);
  ajv.addFormat('iana-time-zone', { type: 'string', validate: isTimeZone });
  ajv.addFormat('cron', { type: 'string', validate: isCron });
  // An annotation naming a field-specific reason for a keyword that fails there, e.g. on a list of weekdays
  // `"x-reasons": { "minItems": "no_weekdays" }`: the error reply then carries that reason (see causeOf).
  ajv.addKeyword({
    keyword: REASONS_KEYWORD,
    schemaType: 'object',
    metaSchema: { type: 'object', additionalProperties: { type: 'string' } },
  });
  for (const doc of [...Object.values(schemaDocuments), ...Object.values(derivedDocuments)])
    ajv.addSchema(doc);
  return ajv;
}

const ajv = schemaAjv({
  allErrors: false,
  strict: true,
  // Discriminated unions name the tag in `required` at the union level, which strictRequired rejects.
  strictRequired: false,
  discriminator: true,
  useDefaults: true,
  verbose: true,
});

const compiled = new Map<string, ValidateFunction>();
const inline = new WeakMap<object, ValidateFunction>();

/**
 * Returns the compiled validator for a schema reference such as `gate.json` or `playlist.json#/$defs/item`,
 * or for a schema written inline (its `$ref`s such references).
 */
export function validatorFor(schema: string | object): ValidateFunction {
  if (typeof schema === 'object') {
    let fn = inline.get(schema);
    if (!fn) inline.set(schema, (fn = ajv.compile(schema)));
    return fn;
  }
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.getSchema(schema);
    if (!fn) throw new Error(`unknown schema ${schema}`);
    compiled.set(schema, fn);
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

// The reason each ajv keyword stands for, when the schema names none of its own (common.json#/$defs/errorReason).
const keywordReasons: Record<string, ErrorReason> = {
  required: 'required',
  additionalProperties: 'unknown_field',
  unevaluatedProperties: 'unknown_field',
  minLength: 'too_short',
  maxLength: 'too_long',
  minItems: 'too_few',
  minProperties: 'too_few',
  maxItems: 'too_many',
  maxProperties: 'too_many',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_large',
  exclusiveMaximum: 'too_large',
  type: 'wrong_type',
  format: 'bad_format',
  pattern: 'bad_format',
  enum: 'not_a_choice',
  const: 'not_a_choice',
  oneOf: 'not_a_choice',
  anyOf: 'not_a_choice',
  discriminator: 'not_a_choice',
  uniqueItems: 'duplicate',
};

/** The reason and params of an ajv error: the schema's own `x-reasons` for the keyword, else the keyword's. */
export function causeOf(error: ErrorObject): Cause {
  const params = error.params as Record<string, unknown>;
  const parent = error.parentSchema;
  const named = (parent?.[REASONS_KEYWORD] as Record<string, ErrorReason> | undefined)?.[error.keyword];
  const reason = named ?? keywordReasons[error.keyword] ?? 'invalid';
  switch (error.keyword) {
    case 'required':
      return { reason, params: { field: String(params.missingProperty) } };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return {
        reason,
        params: { field: String(params.additionalProperty ?? params.unevaluatedProperty) },
      };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return named ? { reason } : { reason, params: { limit: Number(params.limit) } };
    case 'type':
      return {
        reason,
        params: { type: Array.isArray(params.type) ? params.type.join(' or ') : String(params.type) },
      };
    case 'format':
      return { reason, params: { format: String(params.format) } };
    case 'pattern':
      return typeof parent?.title === 'string' ? { reason, params: { format: parent.title } } : { reason };
    default:
      return { reason };
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
 * While a request runs inside `validations.run(set, …)` (only when the REST contract is checked, in tests),
 * every schema a request's data is validated with is added to the set: proof that a route's service
 * validates with the schema its contract declares.
 */
export const validations = new AsyncLocalStorage<Set<string>>();

/**
 * Validates `data` against a schema and returns it typed, with defaults applied.
 * Throws a ValidationError naming the field (JSON pointer) on the first problem.
 */
export function validate<T>(schema: string | object, data: unknown): T {
  if (typeof schema === 'string') validations.getStore()?.add(schema);
  const fn = validatorFor(schema);
  if (fn(data)) return data as T;
  const error = fn.errors?.[0];
  if (!error)
    throw new ValidationError('invalid input', undefined, 'validation_failed', { reason: 'invalid' });
  const path = pointerOf(error);
  throw new ValidationError(`${path}: ${describe(error)}`, path, 'validation_failed', causeOf(error));
}
