// What a route declares where it is registered: its request (body, query, path parameters) and every
// response, by schema ref into schemas/. The OpenAPI document (openapi.ts) is generated from these
// declarations alone, and in tests every response is checked against them (contract.check.ts).
import { storedRef } from '../validation/stored.schemas.ts';

/** A schema of schemas/ by ref, as ajv knows it: `gate.json`, `common.json#/$defs/id`, `gate.stored.json`. */
export type SchemaRef = string;
/** A JSON Schema written inline, whose `$ref`s are SchemaRefs. */
export type InlineSchema = { readonly [keyword: string]: unknown };
export type Schema = SchemaRef | InlineSchema;

/** One response: what it means, and its body by media type (none: no body). */
export interface Reply {
  readonly description: string;
  readonly content?: Readonly<Record<string, Schema>>;
}

export type SuccessStatus = 200 | 201 | 204 | 206 | 302 | 304;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 416 | 422 | 429;
export type Responses = { readonly [S in SuccessStatus | ErrorStatus]?: Reply };

/** Every route answers at least one success. */
type Succeeds =
  { readonly 200: Reply } | { readonly 201: Reply } | { readonly 204: Reply } | { readonly 302: Reply };

/** The contract of one route. */
export interface Contract {
  readonly summary: string;
  /** A JSON body, validated by the service with this schema; or raw bytes of these media types. */
  readonly body?: SchemaRef | { readonly raw: readonly string[] };
  /** The body may be left out. */
  readonly bodyOptional?: true;
  /**
   * The query, validated by the router before the handler (read it with `queryOf`): each parameter belongs
   * to the object schema that names it; a parameter none of them names is refused.
   */
  readonly query?: readonly Schema[];
  /** A query the handler or service validates itself (after the access check), with this object schema. */
  readonly serviceQuery?: Schema;
  /** Path parameters not of the usual kind (`:id`, `:tokenId`: common.json#/$defs/id; `:sha256`). */
  readonly params?: Readonly<Record<string, SchemaRef>>;
  readonly responses: Succeeds & Responses;
}

const ERROR = 'common.json#/$defs/errorReply';

/** A JSON body. */
export const json = (schema: Schema, description = 'OK'): Reply => ({
  description,
  content: { 'application/json': schema },
});
export const created = (schema: Schema): Reply => json(schema, 'Created');
/** No body (204, 304, 302). */
export const empty = (description = 'Done'): Reply => ({ description });
/** A text body of this media type (CSV, Prometheus). */
export const text = (type: string, description: string): Reply => ({
  description,
  content: { [type]: { type: 'string' } },
});
/** Bytes of any media type. */
export const bytes = (description: string): Reply => ({
  description,
  content: { '*/*': { type: 'string', contentMediaType: 'application/octet-stream' } },
});
/** An error body (`{ error: { code, message, path? } }`). */
export const error = (description: string): Reply => json(ERROR, description);

/** The schema of a stored entity (`Stored<GateInput>`…): its input plus common.json#/$defs/meta. */
export const stored = (noun: string): SchemaRef => storedRef(noun);
export const orNull = (ref: SchemaRef): InlineSchema => ({ anyOf: [{ $ref: ref }, { type: 'null' }] });

/** A list reply: common.json#/$defs/page with its items of this schema (and any further `properties`). */
export function page(item: SchemaRef, more?: { properties: object; required: string[] }): InlineSchema {
  return {
    type: 'object',
    $ref: 'common.json#/$defs/page',
    ...(more ? { required: more.required } : {}),
    properties: { items: { type: 'array', items: { $ref: item } }, ...more?.properties },
    unevaluatedProperties: false,
  };
}

const why: Record<Exclude<ErrorStatus, 401>, string> = {
  400: 'Invalid input (the message and path name the field)',
  403: 'Not allowed for this role or scope',
  404: 'No such entity (or not in the caller’s scope)',
  409: 'Conflicts with the current state (in use, already exists, already done)',
  413: 'The body is too large',
  415: 'The body’s type, charset or encoding is not supported',
  416: 'The requested byte range lies outside the file',
  422: 'The image is larger than the decoded-pixel limit',
  429: 'Too many attempts: wait and try again',
};

/** The error replies of these statuses, each with its usual meaning. */
export function errors(...statuses: Exclude<ErrorStatus, 401>[]): Responses {
  return Object.fromEntries(statuses.map((s) => [s, error(why[s])]));
}

/** What the services answer on a read of a collection: roles are checked. */
export const reads = errors(403);
/** … on a read of one entity by id: roles and scope (out of scope reads as not found). */
export const readsOne = errors(403, 404);
/** … on a change: bad input, roles and scope, an unknown reference, a conflict with the current state. */
export const changes = errors(400, 403, 404, 409);
/** … on a change that takes no input (delete, approve, clear). */
export const acts = errors(403, 404, 409);
