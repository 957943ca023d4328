type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/**
 * The entities the server stores from an input schema, and what a stored one has besides that input:
 * `extra` properties (a schema ref, or properties the server sets) and `omit`ted write-only fields.
 */
const storedEntities: Record<string, { extra?: string | JsonObject; omit?: string[] }> = {
  gate: {},
  screen: {},
  message: {},
  playlist: {},
  schedule: {
    extra: {
      owner: {
        description:
          'The scope of whoever created it (absent: national); its group targets reach only screens there.',
        $ref: 'user.json#/$defs/scope',
      },
    },
  },
  asset: { extra: 'asset.json#/$defs/file' },
  user: { omit: ['password'], extra: 'user.json#/$defs/userState' },
};

/** The $id of the schema of a stored entity, e.g. `gate.stored.json` (what `Stored<GateInput>` is). */
export const storedRef = (noun: string): string => `${noun}.stored.json`;

// A local "#/…" ref inside `file` names the same place from any other document.
function absolute(node: Json, file: string): Json {
  if (Array.isArray(node)) return node.map((n) => absolute(n, file));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${file}${value}`
        : absolute(value, file),
    ]),
  );
}

function at(documents: Record<string, Record<string, unknown>>, ref: string): JsonObject {
  const [file = '', pointer = ''] = ref.split('#');
  let node = documents[file] as Json;
  for (const key of pointer.split('/').filter(Boolean)) node = (node as JsonObject)[key] ?? null;
  if (!node || typeof node !== 'object') throw new Error(`no schema at ${ref}`);
  return absolute(node, file) as JsonObject;
}

/**
 * The schema of each stored entity, derived from its input schema and common.json#/$defs/meta (the fields
 * the server sets on every stored entity): the input's properties plus meta's, `id` now required. Input
 * schemas refuse unknown fields, so a stored one cannot be an allOf of them; it is derived here, once.
 */
export function storedSchemas(
  documents: Record<string, Record<string, unknown>>,
): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [noun, { extra, omit = [] }] of Object.entries(storedEntities)) {
    const input = at(documents, `${noun}.json`);
    const parts = [input, at(documents, 'common.json#/$defs/meta')];
    if (typeof extra === 'string') parts.push(at(documents, extra));
    else if (extra) parts.push({ properties: extra });
    const properties: JsonObject = {};
    const required = new Set<string>();
    for (const part of parts) {
      Object.assign(properties, part.properties as JsonObject);
      for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
    }
    for (const name of omit) required.delete(name);
    const { title, description } = input as { title?: string; description?: string };
    out[storedRef(noun)] = {
      $id: storedRef(noun),
      title: `${title ?? noun} (stored)`,
      ...(description ? { description } : {}),
      type: 'object',
      additionalProperties: false,
      required: [...required],
      properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !omit.includes(name))),
    };
  }
  return out;
}
