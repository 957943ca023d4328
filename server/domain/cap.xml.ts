// The XML front of CAP ingestion: what reaches the parser, and the element tree it gives back.
// A CAP document comes from outside (an authority's push, a feed), so before any parsing: its size is
// bounded, a DOCTYPE or entity declaration is refused outright (CAP needs none, and they carry the
// billion-laughs and external-entity attacks), and every entity reference must be one XML predefines or a
// character reference. Only then does fast-xml-parser check well-formedness and build the tree.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ValidationError } from './errors.ts';
import { clip } from './cap.fields.ts';

/** The largest CAP document accepted, in UTF-8 bytes. Real alerts with long polygons stay under 64 KB. */
export const MAX_CAP_BYTES = 256 * 1024;

/** A parsed element: child elements by name (each a list, in document order), `#text`, `@_` attributes. */
export type XmlNode = Record<string, unknown>;

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(whole: string, name: string): string {
  const code = name.startsWith('#x')
    ? parseInt(name.slice(2), 16)
    : name.startsWith('#')
      ? Number(name.slice(1))
      : undefined;
  if (code === undefined) return NAMED[name] ?? whole;
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** How screenMarkup's refusals name the document and the reader, and the error code they carry. */
export interface MarkupWords {
  code: string;
  /** "a CAP document", "an exchange-rate list" */
  document: string;
  /** Who accepts only the predefined entities: "CAP", "Gatecast". */
  reader: string;
  /** Why a DTD is refused, after "a DOCTYPE is not accepted in <document>: ". */
  doctype: string;
}

const CAP_WORDS: MarkupWords = {
  code: 'cap_forbidden_markup',
  document: 'a CAP document',
  reader: 'CAP',
  doctype: 'CAP 1.2 needs no DTD, and entities are refused',
};

/**
 * Refuses declarations and unknown entity references, skipping comments and CDATA sections (where `&` and
 * `<!` are plain text). One linear pass with indexOf: no regular expression can be made to backtrack.
 * Any reader of XML from outside calls it before parsing, with its own words.
 */
export function screenMarkup(xml: string, words: MarkupWords = CAP_WORDS): void {
  const forbidden = (message: string) => new ValidationError(message, '/', words.code);
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<!', i);
    const amp = xml.indexOf('&', i);
    if (lt < 0 && amp < 0) return;
    if (amp >= 0 && (lt < 0 || amp < lt)) {
      const semi = xml.indexOf(';', amp);
      const name = semi < 0 || semi - amp > 12 ? '' : xml.slice(amp + 1, semi);
      const code = /^#[0-9]{1,7}$/.test(name)
        ? Number(name.slice(1))
        : /^#x[0-9a-fA-F]{1,6}$/.test(name)
          ? parseInt(name.slice(2), 16)
          : undefined;
      if (code !== undefined ? !isXmlChar(code) : !PREDEFINED.has(name))
        throw forbidden(
          `"${clip(xml.slice(amp, amp + 14), 14)}" is not an entity ${words.reader} accepts: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233;`,
        );
      i = amp + 1;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return; // unterminated: the well-formedness check names it
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return;
      i = end + 3;
    } else {
      const word = xml.slice(lt + 2, lt + 9).toUpperCase();
      if (word.startsWith('DOCTYPE'))
        throw forbidden(`a DOCTYPE is not accepted in ${words.document}: ${words.doctype}`);
      throw forbidden(
        `"${clip(xml.slice(lt, lt + 12), 12)}" is a declaration, which ${words.document} may not contain`,
      );
    }
  }
}

/**
 * A parser for XML from outside (CAP documents, feeds of them): every element as a list, values kept as text,
 * and only the five predefined entities and character references decoded, in one pass. The caller refuses
 * any declaration before parsing (screenMarkup for CAP), so no document can define an entity.
 */
export function safeXmlParser(options: { maxNestedTags: number; captureMetaData?: boolean }): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Every element as a list, so a repeated singleton (two <sent>) is seen and refused, not silently merged.
    isArray: () => true,
    // Values stay text: "0010" as an identifier or "10.61,104.95" must not become numbers here.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // This decoder knows only the predefined entities and character references, in one pass (so
    // "&amp;#233;" stays the text "&#233;").
    processEntities: true,
    entityDecoder: {
      decode: (text: string) => text.replace(ENTITY, decodeEntity),
      setExternalEntities: () => undefined,
      addInputEntities: () => undefined,
      reset: () => undefined,
      setXmlVersion: () => undefined,
    },
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: options.maxNestedTags,
    ...(options.captureMetaData ? { captureMetaData: true } : {}),
  });
}

// CAP nests four deep (alert/info/area/polygon); anything far deeper is not CAP.
const parser = safeXmlParser({ maxNestedTags: 16 });

/** The document's root element: its qualified name and node. Throws ValidationError on anything unsafe. */
export function parseXmlRoot(xml: string): { name: string; node: XmlNode } {
  if (typeof xml !== 'string' || xml.trim() === '')
    throw new ValidationError('the CAP document is empty', '/', 'cap_malformed_xml');
  // A character is at least one byte: compare lengths before counting bytes.
  if (xml.length > MAX_CAP_BYTES || Buffer.byteLength(xml, 'utf8') > MAX_CAP_BYTES)
    throw new ValidationError(
      `the CAP document is larger than ${MAX_CAP_BYTES / 1024} KB; no alert needs more`,
      '/',
      'cap_too_large',
    );
  screenMarkup(xml);
  // fast-xml-parser 5 marks its validator deprecated in favour of the separate fast-xml-validator package
  // (same authors, two more dependencies); this one still ships and is tested with the parser.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true)
    throw new ValidationError(
      `the CAP document is not well-formed XML (line ${verdict.err.line}, column ${verdict.err.col}): ${verdict.err.msg}`,
      '/',
      'cap_malformed_xml',
    );
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (err) {
    // The parser refuses element names such as "constructor" (prototype pollution) and deep nesting.
    throw new ValidationError(
      `the CAP document could not be read: ${err instanceof Error ? clip(err.message, 200) : 'unknown error'}`,
      '/',
      'cap_malformed_xml',
    );
  }
  const roots = isNode(tree) ? Object.entries(tree).filter(([key]) => !key.startsWith('?')) : [];
  const [root] = roots;
  const nodes = root?.[1];
  if (roots.length !== 1 || !root || !Array.isArray(nodes) || nodes.length !== 1)
    throw new ValidationError('a CAP document has exactly one root element, <alert>', '/', 'cap_not_cap');
  const node: unknown = nodes[0];
  return { name: root[0], node: isNode(node) ? node : {} };
}

/** Whether a parsed value is an element node (an object), as opposed to an element's text. */
export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
