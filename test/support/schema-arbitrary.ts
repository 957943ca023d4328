import fc from 'fast-check';

/** Values to draw, mostly, for properties of these names (ids of entities that exist, say). */
export type Named = Record<string, fc.Arbitrary<unknown>>;

/** Resolves a local JSON pointer (`#/components/schemas/…`) in `root`. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local $ref are supported: ${ref}`);
  return ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, key) => {
      const name = decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~');
      const next = (node as Record<string, unknown> | undefined)?.[name];
      if (next === undefined) throw new Error(`dangling $ref ${ref}`);
      return next;
    }, root);
}

// Values for the formats our schemas use; uri stays on the loopback, so nothing ever leaves the machine.
const formats: Record<string, fc.Arbitrary<string>> = {
  date: fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  uri: fc.constantFrom('https://127.0.0.1/hook', 'http://localhost:9/alerts', 'https://[::1]:8443/x?y=1'),
  'iana-time-zone': fc.constantFrom('Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'UTC', 'Europe/Paris'),
  cron: fc.constantFrom('0 8 * * *', '*/15 * * * *', '0 0 1 * *', '30 6 * * 1-5'),
};

function merged(parts: Record<string, unknown>[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  for (const part of parts) {
    Object.assign(properties, part.properties as object | undefined);
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  return { type: 'object', properties, required: [...required] };
}

/**
 * An arbitrary of values that validate against `schema` (the subset of JSON Schema 2020-12 used in
 * schemas/: $ref into `root`, type, const, enum, anyOf/oneOf/allOf, string length, pattern and format,
 * number bounds, arrays with unique items, objects with required, optional and pattern-named
 * properties). Cross-field rules (`not`, a reference to an entity that must exist) are not modelled:
 * such values are "valid-looking" and the server may still refuse them.
 */
export function arbitraryOf(
  input: unknown,
  root: unknown,
  named: Named = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  if (input === true) return fc.jsonValue({ maxDepth: 2 });
  if (typeof input !== 'object' || input === null) return fc.constant(null);
  if (depth > 8) return fc.constant(null);
  const next = (s: unknown) => arbitraryOf(s, root, named, depth + 1);
  const schema = input as Record<string, unknown>;
  if (typeof schema.$ref === 'string') return next(resolvePointer(root, schema.$ref));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (union) {
    // A discriminated union's branches carry the tag; the union itself only names it.
    return fc.oneof(...union.map(next));
  }
  if (Array.isArray(schema.allOf)) {
    const parts = [...(schema.allOf as unknown[]), { ...schema, allOf: undefined }].map((part) => {
      let node = part as Record<string, unknown>;
      while (typeof node.$ref === 'string') node = resolvePointer(root, node.$ref) as Record<string, unknown>;
      return node;
    });
    return next(merged(parts));
  }
  const type: unknown = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t: unknown) => next({ ...schema, type: t })));
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const exclusive = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
      const min = (schema.minimum as number | undefined) ?? exclusive ?? -1_000;
      const max = (schema.maximum as number | undefined) ?? Math.max(min, 0) + 100_000;
      return fc.integer({ min, max });
    }
    case 'number': {
      const min =
        (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined) ?? -1e6;
      const max = (schema.maximum as number | undefined) ?? Math.max(min, 0) + 1e6;
      return fc.double({
        min,
        max,
        minExcluded: schema.exclusiveMinimum !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    }
    case 'string':
      return stringOf(schema);
    case 'array': {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.min((schema.maxItems as number | undefined) ?? minLength + 3, minLength + 3);
      const items = next(schema.items ?? true);
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
    case undefined:
      if (type === undefined && !schema.properties && !schema.additionalProperties)
        return fc.jsonValue({ maxDepth: 2 });
      return objectOf(schema, next, named);
    default:
      throw new Error(`unsupported type ${JSON.stringify(type)}`);
  }
}

function stringOf(schema: Record<string, unknown>): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? Infinity;
  // Lengths count code points, as JSON Schema does.
  const length = (s: string) => s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
  const fits = (s: string) => length(s) >= minLength && length(s) <= maxLength;
  if (typeof schema.format === 'string') {
    const format = formats[schema.format];
    if (!format) throw new Error(`unsupported format ${schema.format}`);
    return format;
  }
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  // Text in the scripts the gates show (Vietnamese, Khmer, Lao, Chinese) as well as plain ASCII.
  return fc
    .oneof(
      fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 30) }),
      fc
        .array(fc.constantFrom('Cửa khẩu', ' ', 'ច្រក', 'ດ່ານ', '口岸', 'ꪼꪕ', 'đ', '–', 'x'), {
          minLength: Math.max(1, minLength),
          maxLength: Math.max(1, minLength) + 6,
        })
        .map((parts) => parts.join('')),
    )
    .filter(fits);
}

function objectOf(
  schema: Record<string, unknown>,
  next: (s: unknown) => fc.Arbitrary<unknown>,
  named: Named,
): fc.Arbitrary<unknown> {
  const properties = (schema.properties as Record<string, unknown> | undefined) ?? {};
  const required = ((schema.required as string[] | undefined) ?? []).filter((k) => k in properties);
  const model = Object.fromEntries(
    Object.entries(properties).map(([k, v]): [string, fc.Arbitrary<unknown>] => {
      const known = named[k];
      return [
        k,
        known ? fc.oneof({ arbitrary: known, weight: 3 }, { arbitrary: next(v), weight: 1 }) : next(v),
      ];
    }),
  );
  const fixed = fc.record(model, { requiredKeys: required });
  const extra = schema.additionalProperties;
  const minKeys = (schema.minProperties as number | undefined) ?? 0;
  if (!extra || extra === true) return fixed.filter((o) => Object.keys(o).length >= minKeys);
  // A map (message variants per language): keys from propertyNames, values from additionalProperties.
  const keys = schema.propertyNames
    ? (next(schema.propertyNames) as fc.Arbitrary<string>)
    : fc.string({ minLength: 1, maxLength: 8 });
  const maxKeys = Math.min((schema.maxProperties as number | undefined) ?? minKeys + 3, minKeys + 3);
  return fc
    .tuple(fixed, fc.dictionary(keys, next(extra), { minKeys, maxKeys }))
    .map(([a, b]) => ({ ...b, ...(a as object) }));
}
