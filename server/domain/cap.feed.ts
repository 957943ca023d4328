// ATOM and RSS 2.0 feeds of CAP alerts, read into entries: each entry's id (what "taken once" is counted by)
// and where its alert is: a link to the CAP document, or the <alert> itself inside the entry. A feed comes
// from outside like a CAP document does, so the same precautions apply before parsing: its size is bounded
// and any DOCTYPE or other declaration is refused. Pure: no network; the caller fetched the bytes.
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { clip } from './cap.fields.ts';
import { CAP_NAMESPACE } from './cap.element.ts';
import { safeXmlParser } from './cap.xml.ts';
import { ValidationError } from './errors.ts';

/** The largest feed read, in bytes. */
export const MAX_FEED_BYTES = 1024 * 1024;
/** The most entries read from one feed (feeds list the newest first; the rest wait for a later poll). */
export const MAX_FEED_ENTRIES = 500;
/** An entry id longer than this is kept as its sha256 (alert_feed_entries.entry_id holds 2000). */
export const MAX_ENTRY_ID = 1000;

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const CAP_TYPE = 'application/cap+xml';

/** One entry of a feed: its id, and its CAP alert as a link to fetch or as the alert's own XML. */
export interface FeedEntry {
  id: string;
  /** The CAP document's address, resolved against the feed's. */
  capUrl?: string;
  /** The <alert> element as it stands in the feed, character for character. */
  inlineCap?: string;
  /** The entry's <updated> (ATOM) or <pubDate> (RSS), as written. */
  updated?: string;
  /** Why the entry cannot give an alert (no CAP named, an unusable link): taken once, with this as its error. */
  problem?: string;
}

export interface Feed {
  format: 'atom' | 'rss';
  entries: FeedEntry[];
  /** Entries past MAX_FEED_ENTRIES, or without any id, that were not read. */
  skipped: number;
}

type XmlNode = Record<string, unknown>;

// The parser keys each element's metadata (start and end in the text) by this symbol.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

// Where each element starts and ends in the text: an inline <alert> is cut out of the feed as written.
const parser = safeXmlParser({ maxNestedTags: 64, captureMetaData: true });

const invalid = (message: string) => new ValidationError(message, '/', 'feed_invalid');

/** The feed's text: UTF-8 (as declared, or without a declaration), at most MAX_FEED_BYTES. */
function feedText(document: Uint8Array | string): string {
  const bytes = typeof document === 'string' ? Buffer.byteLength(document, 'utf8') : document.byteLength;
  if (bytes > MAX_FEED_BYTES)
    throw invalid(
      `the feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB; a feed lists alerts, it need not hold more`,
    );
  let text: string;
  try {
    text =
      typeof document === 'string' ? document : new TextDecoder('utf-8', { fatal: true }).decode(document);
  } catch {
    throw invalid('the feed is not valid UTF-8 text');
  }
  if (text.trim() === '') throw invalid('the feed is empty');
  const declared = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(text.slice(0, 300))?.[1];
  if (declared && !/^(utf-?8|us-ascii)$/i.test(declared))
    throw invalid(`the feed declares encoding "${clip(declared, 30)}"; Gatecast reads feeds in UTF-8`);
  return text;
}

/** Refuses a DOCTYPE or any other declaration outside comments and CDATA sections (one indexOf pass). */
function refuseDeclarations(xml: string): void {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<!', i);
    if (lt < 0) return;
    const closer = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : undefined;
    if (!closer) {
      const what = xml
        .slice(lt + 2, lt + 9)
        .toUpperCase()
        .startsWith('DOCTYPE')
        ? 'a DOCTYPE'
        : 'a declaration';
      throw invalid(
        `the feed contains ${what} ("${clip(xml.slice(lt, lt + 12), 12)}"), which a feed needs not and Gatecast refuses`,
      );
    }
    const end = xml.indexOf(closer, lt + 4);
    if (end < 0) return; // unterminated: the well-formedness check names it
    i = end + closer.length;
  }
}

const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The elements of this name under a node (each a node, or a string for a text-only element). */
const children = (node: XmlNode, name: string): unknown[] => {
  const value = node[name];
  return Array.isArray(value) ? value : [];
};

/** An element's text (trimmed), or undefined when it has none. */
function textOf(value: unknown): string | undefined {
  const own: unknown = isNode(value) ? value['#text'] : value;
  const text: unknown = Array.isArray(own) ? own[0] : own;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

function attr(value: unknown, name: string): string | undefined {
  if (!isNode(value)) return undefined;
  const found = value[`@_${name}`];
  const text: unknown = Array.isArray(found) ? found[0] : found;
  return typeof text === 'string' ? text.trim() : undefined;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
const prefixOf = (qualified: string) =>
  qualified.includes(':') ? qualified.slice(0, qualified.indexOf(':')) : '';

/** A media type without parameters, lower case. */
const mediaType = (type: string | undefined) => type?.split(';')[0]?.trim().toLowerCase();
const isXmlType = (type: string | undefined) => {
  const t = mediaType(type);
  return t !== undefined && (t.endsWith('/xml') || t.endsWith('+xml'));
};

/** An entry's link, resolved against the feed's address: an absolute http(s) URL, or why not. */
function resolve(href: string, base: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { problem: `the link "${clip(href, 80)}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `the link "${clip(href, 80)}" is not an http or https address` };
  if (url.href.length > 2000)
    return { problem: `the link "${clip(href, 80)}" is longer than 2000 characters` };
  url.hash = '';
  return { url: url.href };
}

/** Whether a URL's path names an XML or CAP file. */
const looksLikeCap = (href: string) => /\.(xml|cap)$/i.test(href.split(/[?#]/)[0] ?? '');

/** An entry id as stored: trimmed, and a very long one as its hash. */
function entryId(raw: string): string {
  const id = raw.trim();
  return id.length > MAX_ENTRY_ID ? `sha256:${createHash('sha256').update(id).digest('hex')}` : id;
}

interface Reader {
  xml: string;
  base: string;
}

/**
 * The <alert> element inside an ATOM <content>: cut out of the feed's text as written, so the stored alert is
 * the authority's own XML. It must stand alone: its namespace declared on <alert> itself.
 */
function inlineAlert(
  content: XmlNode,
  { xml }: Reader,
): { inlineCap: string } | { problem: string } | undefined {
  const key = Object.keys(content).find(
    (k) => !k.startsWith('@_') && k !== '#text' && localName(k) === 'alert',
  );
  if (key === undefined) {
    // XML sent as escaped text (&lt;alert …): the decoded text is the document.
    const text = textOf(content);
    return text?.startsWith('<') && /<([\w.-]+:)?alert[\s>/]/.test(text) ? { inlineCap: text } : undefined;
  }
  const alert = children(content, key)[0];
  const meta = isNode(alert)
    ? ((alert as Record<symbol, unknown>)[META] as { startIndex?: number; endIndex?: number } | undefined)
    : undefined;
  if (!isNode(alert) || meta?.startIndex === undefined || meta.endIndex === undefined)
    return { problem: `the <${key}> inside <content> is empty` };
  const raw = xml.slice(meta.startIndex, meta.endIndex);
  if (!raw.startsWith(`<${key}`) || !raw.endsWith('>'))
    return { problem: `the <${key}> inside <content> could not be cut out of the feed` };
  const prefix = prefixOf(key);
  if (attr(alert, prefix ? `xmlns:${prefix}` : 'xmlns') === undefined)
    return {
      problem: `the <${key}> inside <content> takes its namespace from an enclosing element; declare ${
        prefix ? `xmlns:${prefix}` : 'xmlns'
      }="${CAP_NAMESPACE}" on <${key}> itself, so the alert stands alone`,
    };
  return { inlineCap: raw };
}

/** Where an ATOM entry's alert is: inline content, out-of-line content, a link typed CAP, else an .xml/.cap link. */
function atomEntry(entry: XmlNode, p: string, reader: Reader): Omit<FeedEntry, 'id'> & { link?: string } {
  const updated = textOf(children(entry, `${p}updated`)[0]) ?? textOf(children(entry, `${p}published`)[0]);
  const base = { ...(updated ? { updated } : {}) };
  const candidates: { href: string; rank: number }[] = [];
  for (const content of children(entry, `${p}content`)) {
    if (!isNode(content)) continue;
    const type = attr(content, 'type');
    const src = attr(content, 'src');
    if (src) {
      if (mediaType(type) === CAP_TYPE || isXmlType(type) || looksLikeCap(src))
        candidates.push({ href: src, rank: 0 });
      continue;
    }
    if (!isXmlType(type)) continue;
    const inline = inlineAlert(content, reader);
    if (inline) return { ...base, ...inline };
  }
  for (const link of children(entry, `${p}link`)) {
    const href = attr(link, 'href');
    if (!href) continue;
    const rel = attr(link, 'rel') ?? 'alternate';
    const usual = rel === 'alternate' || rel === 'enclosure';
    if (mediaType(attr(link, 'type')) === CAP_TYPE) candidates.push({ href, rank: usual ? 1 : 2 });
    else if (looksLikeCap(href) && rel !== 'self') candidates.push({ href, rank: 3 });
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best)
    return {
      ...base,
      problem:
        'the entry names no CAP document: no <link type="application/cap+xml">, no .xml or .cap link, no <alert> in its <content>',
    };
  const resolved = resolve(best.href, reader.base);
  return 'url' in resolved ? { ...base, capUrl: resolved.url, link: resolved.url } : { ...base, ...resolved };
}

/** Where an RSS item's alert is: an enclosure typed CAP (or an .xml/.cap one), else its <link>. */
function rssItem(item: XmlNode, reader: Reader): Omit<FeedEntry, 'id'> & { link?: string } {
  const updated = textOf(children(item, 'pubDate')[0]);
  const base = { ...(updated ? { updated } : {}) };
  const enclosures = children(item, 'enclosure').filter((e) => attr(e, 'url'));
  const typed = enclosures.find((e) => mediaType(attr(e, 'type')) === CAP_TYPE);
  const named = enclosures.find((e) => looksLikeCap(attr(e, 'url') ?? ''));
  const href = attr(typed ?? named, 'url') ?? textOf(children(item, 'link')[0]);
  if (!href)
    return {
      ...base,
      problem: 'the item names no CAP document: no <enclosure type="application/cap+xml"> and no <link>',
    };
  const resolved = resolve(href, reader.base);
  return 'url' in resolved ? { ...base, capUrl: resolved.url, link: resolved.url } : { ...base, ...resolved };
}

/** The root element's name and node; refuses anything but one root element. */
function rootOf(xml: string): { name: string; node: XmlNode } {
  // fast-xml-parser 5 marks its validator deprecated (see cap.xml.ts); it still ships and is tested.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true)
    throw invalid(
      `the feed is not well-formed XML (line ${verdict.err.line}, column ${verdict.err.col}): ${clip(verdict.err.msg, 200)}`,
    );
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (err) {
    throw invalid(
      `the feed could not be read: ${err instanceof Error ? clip(err.message, 200) : 'unknown error'}`,
    );
  }
  const roots = isNode(tree) ? Object.entries(tree).filter(([key]) => !key.startsWith('?')) : [];
  const [root] = roots;
  const node: unknown = Array.isArray(root?.[1]) ? root[1][0] : undefined;
  if (roots.length !== 1 || !root) throw invalid('the feed has no single root element');
  return { name: root[0], node: isNode(node) ? node : {} };
}

/**
 * Reads an ATOM or RSS 2.0 feed of CAP alerts: its entries (at most MAX_FEED_ENTRIES, ids unique, links
 * resolved against `feedUrl`). Throws ValidationError `feed_invalid`, naming the element, for anything else.
 */
export function parseFeed(document: Uint8Array | string, feedUrl: string): Feed {
  const xml = feedText(document);
  refuseDeclarations(xml);
  const root = rootOf(xml);
  const reader: Reader = { xml, base: feedUrl };
  const local = localName(root.name);
  const prefix = root.name.slice(0, root.name.length - local.length);
  let format: Feed['format'];
  let raw: { id: string | undefined; entry: Omit<FeedEntry, 'id'> & { link?: string } }[];
  if (local === 'feed') {
    const ns = attr(root.node, prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns');
    if (ns !== undefined && ns !== ATOM_NAMESPACE)
      throw invalid(`<${root.name}> is in namespace "${clip(ns, 80)}", not ATOM's (${ATOM_NAMESPACE})`);
    format = 'atom';
    raw = children(root.node, `${prefix}entry`)
      .filter(isNode)
      .map((entry) => ({
        id: textOf(children(entry, `${prefix}id`)[0]),
        entry: atomEntry(entry, prefix, reader),
      }));
  } else if (root.name === 'rss') {
    const channel = children(root.node, 'channel')[0];
    if (!isNode(channel))
      throw invalid('<rss> has no <channel>: an RSS 2.0 feed lists its <item>s in one <channel>');
    format = 'rss';
    raw = children(channel, 'item')
      .filter(isNode)
      .map((item) => ({
        id: textOf(children(item, 'guid')[0]) ?? textOf(children(item, 'link')[0]),
        entry: rssItem(item, reader),
      }));
  } else if (local === 'RDF') {
    throw invalid(`<${root.name}> is RSS 1.0 (RDF), which Gatecast does not read: publish ATOM or RSS 2.0`);
  } else {
    throw invalid(`<${root.name}> is not a feed: Gatecast reads ATOM (<feed>) and RSS 2.0 (<rss>)`);
  }
  const entries: FeedEntry[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const { id: rawId, entry } of raw) {
    const { link, ...rest } = entry;
    const source = rawId ?? link;
    if (source === undefined || entries.length >= MAX_FEED_ENTRIES) {
      skipped++;
      continue;
    }
    const id = entryId(source);
    if (ids.has(id)) continue;
    ids.add(id);
    entries.push({ id, ...rest });
  }
  return { format, entries, skipped };
}
