// Any JSON or XML document read through a source's own field mapping (adapters `json` and `xml`): each field
// is the value at a selector (`lanes[id=passengers]/waitMinutes`, `ExrateList/Exrate[@CurrencyCode=USD]/@Sell`),
// typed as the mapping says. Pure, like the ready adapters: a document in which a field is missing or not of
// its type is refused whole, naming the field, so a half-read document never reaches a board.
import { XMLValidator } from 'fast-xml-parser';
import type { DataFieldMapping, DataObservedSelect, DataValue } from '../../schemas/types.ts';
import { clip } from './cap.fields.ts';
import { isNode, safeXmlParser, screenMarkup } from './cap.xml.ts';
import { MAX_DATA_DOCUMENT_BYTES } from './data.adapters.ts';
import { ValidationError } from './errors.ts';
import { jsonTextTooDeep } from './json.depth.ts';

const malformed = (message: string, path = '/') => new ValidationError(message, path, 'data_malformed');

/** One step of a selector: a name (or @attribute, or index), optionally with a [key=value] filter. */
interface Step {
  name: string;
  filter?: { key: string; value: string };
}

const STEP = /^([^[\]=]+?)(?:\[([^[\]=]+)=([^[\]]*)\])?$/;

/** A selector's steps; a selector that cannot be read is refused with the mapping's place. */
export function parseSelect(select: string, where: string): Step[] {
  const parts = select.replace(/^\//, '').split('/');
  return parts.map((part) => {
    const m = STEP.exec(part.trim());
    if (!m?.[1])
      throw new ValidationError(
        `${where}: "${clip(part, 60)}" is not a step of a selector (a name, @attribute, index, or name[key=value])`,
        where,
        'data_bad_select',
      );
    return {
      name: m[1].trim(),
      ...(m[2] === undefined ? {} : { filter: { key: m[2].trim(), value: (m[3] ?? '').trim() } }),
    };
  });
}

/** How a document is walked: JSON as parsed; XML as the safe parser's tree (every element a list). */
interface Walker {
  /** The child (or children) named by a step's name. */
  child(node: unknown, name: string): unknown;
  /** A node's own text (an XML element's text, a JSON scalar). */
  text(node: unknown): string | number | undefined;
}

const jsonWalker: Walker = {
  child(node, name) {
    if (Array.isArray(node)) return /^\d+$/.test(name) ? (node as unknown[])[Number(name)] : undefined;
    return isNode(node) && Object.hasOwn(node, name) ? node[name] : undefined;
  },
  text(node) {
    return typeof node === 'string' || typeof node === 'number' ? node : undefined;
  },
};

const xmlWalker: Walker = {
  child(node, name) {
    if (Array.isArray(node)) {
      const list = node as unknown[];
      if (/^\d+$/.test(name)) return list[Number(name)];
      node = list[0]; // a name after an element list: that element's child
    }
    if (!isNode(node)) return undefined;
    const key = name.startsWith('@') ? `@_${name.slice(1)}` : name;
    return Object.hasOwn(node, key) ? node[key] : undefined;
  },
  text(node) {
    const own: unknown = Array.isArray(node) ? node[0] : node;
    const text: unknown = isNode(own) ? own['#text'] : own;
    if (typeof text === 'string') return text.trim();
    // An element with attributes but no text has no #text: it is empty.
    return isNode(own) ? '' : undefined;
  },
};

/** The node a selector reaches, or undefined. */
function walk(walker: Walker, root: unknown, steps: readonly Step[]): unknown {
  let node = root;
  for (const step of steps) {
    node = walker.child(node, step.name);
    if (node === undefined) return undefined;
    if (step.filter) {
      const { key, value } = step.filter;
      const items = Array.isArray(node) ? node : [node];
      node = items.find((item) => {
        const held = walker.text(walker.child(item, key));
        return held !== undefined && String(held).trim() === value;
      });
      if (node === undefined) return undefined;
    }
  }
  return node;
}

/**
 * A number written as text with `decimal` as its mark: "26,370.00", "26.370,5", "4 100", "-3.5". Thousands
 * are grouped by threes with the other mark or a space, or not at all; anything else (a "26.370,50" read with
 * "." as the mark) is not a number, rather than a wrong one.
 */
export function readNumber(text: string, decimal: '.' | ','): number | undefined {
  const group = decimal === '.' ? '[,\\s\\u00a0\\u202f]' : '[.\\s\\u00a0\\u202f]';
  const mark = decimal === '.' ? '\\.' : ',';
  const shape = new RegExp(`^[-+]?(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${mark}\\d+)?$`);
  const trimmed = text.trim();
  if (!shape.test(trimmed)) return undefined;
  const n = Number(trimmed.replace(new RegExp(group, 'g'), '').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** The document as a tree to walk: JSON parsed, or XML screened (no DOCTYPE, no entities) and parsed. */
function parse(text: string, kind: 'json' | 'xml'): { root: unknown; walker: Walker } {
  if (typeof text !== 'string' || text.trim() === '')
    throw malformed(`the ${kind.toUpperCase()} document is empty`);
  if (text.length > MAX_DATA_DOCUMENT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_DATA_DOCUMENT_BYTES)
    throw new ValidationError(
      `the document is larger than ${MAX_DATA_DOCUMENT_BYTES / 1024} KB`,
      '/',
      'data_too_large',
    );
  if (kind === 'json') {
    if (jsonTextTooDeep(text)) throw malformed('the JSON document nests more than 64 levels deep');
    try {
      return { root: JSON.parse(text) as unknown, walker: jsonWalker };
    } catch {
      throw malformed('the document is not JSON');
    }
  }
  screenMarkup(text, {
    code: 'data_forbidden_markup',
    document: 'a data document',
    reader: 'Gatecast',
    doctype: 'a data document needs no DTD, and entities are refused',
  });
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- as in cap.xml.ts: shipped and tested with the parser
  const verdict = XMLValidator.validate(text);
  if (verdict !== true)
    throw malformed(
      `the document is not well-formed XML (line ${verdict.err.line}, column ${verdict.err.col}): ${verdict.err.msg}`,
    );
  try {
    return { root: xmlParser.parse(text) as unknown, walker: xmlWalker };
  } catch (err) {
    throw malformed(
      `the XML document could not be read: ${err instanceof Error ? clip(err.message, 200) : 'unknown error'}`,
    );
  }
}

const xmlParser = safeXmlParser({ maxNestedTags: 32 });

/** When the document says its values were observed, from its own field. */
function observedFrom(walker: Walker, root: unknown, observed: DataObservedSelect): number {
  const where = '/pull/observedAt/select';
  const raw = walker.text(walk(walker, root, parseSelect(observed.select, where)));
  const format = observed.format ?? 'iso';
  let at: number | undefined;
  if (format === 'iso') {
    // With its offset: a time without one says nothing about the instant.
    if (
      typeof raw === 'string' &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(raw)
    )
      at = Date.parse(raw);
  } else {
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? readNumber(raw, '.') : undefined;
    if (n !== undefined) at = format === 'epoch-s' ? Math.round(n * 1000) : Math.round(n);
  }
  if (at === undefined || !Number.isFinite(at) || at < 0)
    throw malformed(
      `the observation time at "${clip(observed.select, 80)}" is ${raw === undefined ? 'missing' : `"${clip(String(raw), 40)}", not a time (${format})`}`,
      where,
    );
  return at;
}

/**
 * A JSON or XML document's values, by the source's field mapping; observed at the document's own time
 * (`observed`) or at `fetchedAt`. Every field must be there and of its type, or the document is refused.
 */
export function readMapped(
  text: string,
  kind: 'json' | 'xml',
  fields: readonly DataFieldMapping[],
  observed: DataObservedSelect | undefined,
  fetchedAt: number,
): DataValue[] {
  const { root, walker } = parse(text, kind);
  const observedAt = observed ? observedFrom(walker, root, observed) : fetchedAt;
  return fields.map((field, i) => {
    const where = `/pull/fields/${i}/select`;
    const node = walk(walker, root, parseSelect(field.select, where));
    const raw = node === undefined ? undefined : walker.text(node);
    const refuse = (what: string) =>
      malformed(`${field.path}: the value at "${clip(field.select, 80)}" ${what}`, where);
    if (raw === undefined || raw === '')
      throw refuse(node === undefined ? 'is not in the document' : 'is empty');
    const base = { path: field.path, observedAt };
    switch (field.type) {
      case 'text':
        return { ...base, type: 'text', value: clip(String(raw).normalize('NFC'), 500) };
      case 'time': {
        const at = typeof raw === 'number' ? raw : Date.parse(raw);
        if (!Number.isFinite(at) || (typeof raw === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/.test(raw)))
          throw refuse(`is "${clip(String(raw), 40)}", not an ISO 8601 time with its offset`);
        return { ...base, type: 'time', value: at };
      }
      case 'number':
      case 'money': {
        const n = typeof raw === 'number' ? raw : readNumber(raw, field.decimal ?? '.');
        if (n === undefined)
          throw refuse(
            `is "${clip(String(raw), 40)}", not a number written with "${field.decimal ?? '.'}" as its decimal mark`,
          );
        return field.type === 'money'
          ? { ...base, type: 'money', value: n, currency: field.currency ?? 'VND' }
          : { ...base, type: 'number', value: n, ...(field.unit ? { unit: field.unit } : {}) };
      }
    }
  });
}
