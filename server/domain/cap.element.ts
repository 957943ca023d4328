// How cap.ts walks the parsed document: one element at a time, with its path (/alert/info/1/area/0), so
// that every refusal names the element at fault. Elements are read in the CAP namespace's prefix.
import { ValidationError } from './errors.ts';
import { type XmlNode, isNode } from './cap.xml.ts';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
/** At most this many polygons, circles or geocodes in one <area>, and parameters, codes… in one list. */
export const MAX_CAP_LIST = 100;

/** A refusal of the element at `path`, with a cap_* code. */
export const refuse = (path: string, message: string, code = 'cap_invalid') =>
  new ValidationError(message, path, code);

/** An element of the document with its path, read in the CAP namespace's prefix (if the root used one). */
export class CapElement {
  readonly node: XmlNode;
  readonly path: string;
  readonly prefix: string;

  constructor(node: XmlNode, path: string, prefix: string) {
    this.node = node;
    this.path = path;
    this.prefix = prefix;
  }

  /** Refuses text between child elements and children CAP does not define here; `foreign` skips other namespaces. */
  only(names: readonly string[], foreign = false): void {
    for (const [key, value] of Object.entries(this.node)) {
      if (key.startsWith('@_')) continue;
      if (key === '#text') {
        if (String(value).trim() !== '')
          throw refuse(this.path, `<${this.name}> holds text outside its elements`);
        continue;
      }
      const local = this.local(key);
      if (local !== undefined && names.includes(local) && !this.isForeign(value)) continue;
      if (foreign && ((local === undefined && key.includes(':')) || this.isForeign(value))) continue;
      throw refuse(
        `${this.path}/${local ?? key}`,
        `<${key}> is not a CAP 1.2 element of <${this.name}>`,
        'cap_unknown_element',
      );
    }
  }

  get name(): string {
    return (
      this.path
        .split('/')
        .filter((p) => !/^\d+$/.test(p))
        .pop() ?? 'alert'
    );
  }

  /** The local name of a key in the CAP namespace, undefined for a key in another prefix. */
  private local(key: string): string | undefined {
    if (this.prefix) return key.startsWith(`${this.prefix}:`) ? key.slice(this.prefix.length + 1) : undefined;
    return key.includes(':') ? undefined : key;
  }

  /** Whether an element redeclares the default namespace to another one (an XML signature, say). */
  private isForeign(value: unknown): boolean {
    if (!Array.isArray(value)) return false;
    return value.some(
      (v) => isNode(v) && v['@_xmlns'] !== undefined && first(v['@_xmlns']) !== CAP_NAMESPACE,
    );
  }

  /** All occurrences of a child element, at most `max`. */
  all(name: string, max = MAX_CAP_LIST): unknown[] {
    const found = this.node[this.prefix ? `${this.prefix}:${name}` : name];
    const list = Array.isArray(found) ? (found as unknown[]) : [];
    if (list.length > max)
      throw refuse(
        `${this.path}/${name}/${max}`,
        `<${this.name}> has ${list.length} <${name}> elements; at most ${max} are accepted`,
        'cap_too_many',
      );
    return list;
  }

  /** The text of every occurrence of a text child. */
  texts(name: string): string[] {
    return this.all(name).map((v, i) => textOf(v, `${this.path}/${name}/${i}`, name));
  }

  /** The text of a child that CAP allows once; undefined when absent, refused when repeated or empty. */
  opt(name: string): string | undefined {
    const list = this.all(name);
    if (list.length > 1)
      throw refuse(
        `${this.path}/${name}/1`,
        `<${name}> appears ${list.length} times in <${this.name}>; CAP allows one`,
      );
    if (list.length === 0) return undefined;
    const text = textOf(list[0], `${this.path}/${name}`, name);
    if (text === '') throw refuse(`${this.path}/${name}`, `<${name}> is empty`, 'cap_missing_element');
    return text;
  }

  /** The text of a required child. */
  req(name: string): string {
    const text = this.opt(name);
    if (text === undefined)
      throw refuse(
        `${this.path}/${name}`,
        `<${this.name}> lacks <${name}>, which CAP 1.2 requires`,
        'cap_missing_element',
      );
    return text;
  }

  /** The child elements `name`, each as a CapElement with its indexed path. */
  children(name: string, max?: number): CapElement[] {
    return this.all(name, max).map((v, i) => {
      const path = `${this.path}/${name}/${i}`;
      if (v === '' || isNode(v)) return new CapElement(isNode(v) ? v : {}, path, this.prefix);
      throw refuse(path, `<${name}> must hold elements, not text`);
    });
  }
}

export function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

function textOf(value: unknown, path: string, name: string): string {
  if (typeof value === 'string') return value;
  if (isNode(value)) {
    if (Object.keys(value).some((k) => k !== '#text' && !k.startsWith('@_')))
      throw refuse(path, `<${name}> must hold text, not elements`);
    const text = value['#text'];
    return typeof text === 'string' ? text.trim() : '';
  }
  return '';
}
