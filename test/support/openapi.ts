// Reading the served OpenAPI document as an integrator's generated client would: its operations, and each
// response checked against what the document lists for it (status, media type, JSON schema).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}
export interface MediaType {
  schema?: object;
}
export interface OperationObject {
  operationId?: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { description?: string; content?: Record<string, MediaType> }>;
}
export interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown> };
}
export interface Operation {
  method: string;
  path: string;
  op: OperationObject;
}

/** Every operation of the document. */
export function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'delete'].includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
}

const excerpt = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/**
 * A checker of responses against the document alone (its own ajv, not the server's validators): the
 * problems of one response, none when the document lists its status, its media type and a schema its
 * body matches.
 */
export function responseChecker(doc: OpenApi) {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  const ajv = addFormats(new Ajv2020({ strict: false, discriminator: true, allErrors: true }));
  ajv.addFormat('iana-time-zone', {
    type: 'string',
    validate: (tz: string) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
  });
  ajv.addFormat('cron', true);
  ajv.addSchema(doc, 'openapi.json');
  const rebase = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(rebase)
      : node && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node).map(([k, v]) => [
              k,
              k === '$ref' && typeof v === 'string' ? `openapi.json${v}` : rebase(v),
            ]),
          )
        : node;
  const validators = new Map<object, ValidateFunction>();
  const validatorOf = (schema: object) => {
    let fn = validators.get(schema);
    if (!fn) validators.set(schema, (fn = ajv.compile(rebase(schema) as object)));
    return fn;
  };

  return (op: OperationObject, status: number, type: string, text: string): string[] => {
    const said = `${status} ${type} ${excerpt(text)}`;
    if (status >= 500) return [`server error: ${said}`];
    const documented =
      op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
    if (!documented)
      return [`status ${status} is not documented (lists ${Object.keys(op.responses).join(', ')}): ${said}`];
    if (!documented.content || text === '') return [];
    const entry = Object.entries(documented.content).find(([name]) => {
      const [a = '', b = ''] = name.split('/');
      const [x = '', y = ''] = (type.split(';')[0] ?? '').trim().split('/');
      return (a === '*' || a === x) && (b === '*' || b === y);
    });
    if (!entry) return [`content type "${type}" is not documented for ${status}: ${said}`];
    const [, { schema }] = entry;
    if (!schema || !/json/.test(type)) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [`body is not the JSON its type says: ${said}`];
    }
    const validate = validatorOf(schema);
    if (validate(parsed)) return [];
    return [`body does not match the documented schema (${ajv.errorsText(validate.errors)}): ${said}`];
  };
}
