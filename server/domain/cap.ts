// CAP 1.2 alerts (OASIS Common Alerting Protocol 1.2, ITU-T X.1303) read into a plain, checked value.
// Pure, no I/O: parseCap(xml) returns a CapAlert or throws a ValidationError whose path names the element
// at fault (/alert/info/1/area/0/polygon/0), so an authority's integrator can fix the document. What is
// refused, and why, is listed in docs/ALERTS.md ("What Gatecast accepts"). Whether an alert is current
// (sent in the future, expired) needs the clock and is the service's decision, not this module's.
import { type XmlNode, parseXmlRoot } from './cap.xml.ts';
import { CAP_NAMESPACE, CapElement, first, refuse } from './cap.element.ts';
import {
  CAP_CATEGORY,
  CAP_CERTAINTY,
  CAP_DEFAULT_LANGUAGE,
  CAP_MSG_TYPE,
  CAP_RESPONSE_TYPE,
  CAP_SCOPE,
  CAP_SEVERITY,
  CAP_STATUS,
  CAP_URGENCY,
  type CapCategory,
  type CapCertainty,
  type CapMsgType,
  type CapPoint,
  type CapReference,
  type CapResponseType,
  type CapScope,
  type CapSeverity,
  type CapStatus,
  type CapTime,
  type CapUrgency,
  capCircle,
  capDecimal,
  capEnum,
  capLanguage,
  capPolygon,
  capReferences,
  capTime,
  capToken,
  pointCount,
} from './cap.fields.ts';

export * from './cap.fields.ts';
export { MAX_CAP_BYTES } from './cap.xml.ts';
export { CAP_NAMESPACE, MAX_CAP_LIST } from './cap.element.ts';

/** At most this many <info> blocks (one per language, a few events): real alerts carry 1 to 6. */
export const MAX_CAP_INFOS = 16;
/** At most this many <area> blocks in one <info>. */
export const MAX_CAP_AREAS = 32;
/** At most this many polygon points in the whole document (point-in-polygon cost is per point). */
export const MAX_CAP_POINTS = 10_000;

/** A name/value pair: parameter, eventCode, geocode. */
export interface CapValue {
  valueName: string;
  value: string;
}

export interface CapCircle {
  center: CapPoint;
  radiusKm: number;
}

export interface CapArea {
  areaDesc: string;
  polygons: CapPoint[][];
  circles: CapCircle[];
  geocodes: CapValue[];
  altitude?: number;
  ceiling?: number;
}

export interface CapResource {
  resourceDesc: string;
  mimeType: string;
  size?: number;
  uri?: string;
  digest?: string;
}

export interface CapInfo {
  /** The language code as the alert wrote it (en-US when it wrote none). */
  language: string;
  /** Our language tag for it (vi, km, lo, zh-Hans, en…), null for a code no gate can show. */
  lang: string | null;
  categories: CapCategory[];
  event: string;
  responseTypes: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  audience?: string;
  eventCodes: CapValue[];
  effective?: CapTime;
  onset?: CapTime;
  expires?: CapTime;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  web?: string;
  contact?: string;
  parameters: CapValue[];
  resources: CapResource[];
  areas: CapArea[];
}

export interface CapAlert {
  identifier: string;
  sender: string;
  sent: CapTime;
  status: CapStatus;
  msgType: CapMsgType;
  source?: string;
  scope: CapScope;
  restriction?: string;
  addresses?: string;
  codes: string[];
  note?: string;
  references: CapReference[];
  incidents?: string;
  infos: CapInfo[];
}

const ALERT_ELEMENTS = [
  'identifier',
  'sender',
  'sent',
  'status',
  'msgType',
  'source',
  'scope',
  'restriction',
  'addresses',
  'code',
  'note',
  'references',
  'incidents',
  'info',
];
const INFO_ELEMENTS = [
  'language',
  'category',
  'event',
  'responseType',
  'urgency',
  'severity',
  'certainty',
  'audience',
  'eventCode',
  'effective',
  'onset',
  'expires',
  'senderName',
  'headline',
  'description',
  'instruction',
  'web',
  'contact',
  'parameter',
  'resource',
  'area',
];
const AREA_ELEMENTS = ['areaDesc', 'polygon', 'circle', 'geocode', 'altitude', 'ceiling'];
const RESOURCE_ELEMENTS = ['resourceDesc', 'mimeType', 'size', 'uri', 'derefUri', 'digest'];
const VALUE_ELEMENTS = ['valueName', 'value'];

/** The CAP namespace prefix of the root element, after checking that it is CAP 1.2's <alert>. */
function alertPrefix(name: string, node: XmlNode): string {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  if (local !== 'alert')
    throw refuse('/', `the root element is <${name}>; a CAP document's root is <alert>`, 'cap_not_cap');
  const ns = first(node[prefix ? `@_xmlns:${prefix}` : '@_xmlns']);
  if (ns !== CAP_NAMESPACE) {
    const said = typeof ns === 'string' ? `"${ns}"` : 'no namespace';
    throw refuse(
      '/alert',
      `<alert> is in ${said}; Gatecast accepts CAP 1.2, namespace ${CAP_NAMESPACE}`,
      'cap_not_cap',
    );
  }
  return prefix;
}

/** Parses and checks a CAP 1.2 document. Throws ValidationError (with the element's path) on anything else. */
export function parseCap(xml: string): CapAlert {
  const root = parseXmlRoot(xml);
  const alert = new CapElement(root.node, '/alert', alertPrefix(root.name, root.node));
  // XML signature and encryption (other namespaces) may follow the CAP elements; they are not read here.
  alert.only(ALERT_ELEMENTS, true);
  const p = alert.path;
  const identifier = capToken(alert.req('identifier'), `${p}/identifier`, 'identifier');
  const sender = capToken(alert.req('sender'), `${p}/sender`, 'sender');
  const sent = capTime(alert.req('sent'), `${p}/sent`, 'sent');
  const status = capEnum(CAP_STATUS, alert.req('status'), `${p}/status`, 'status');
  const msgType = capEnum(CAP_MSG_TYPE, alert.req('msgType'), `${p}/msgType`, 'msgType');
  const scope = capEnum(CAP_SCOPE, alert.req('scope'), `${p}/scope`, 'scope');
  const restriction = alert.opt('restriction');
  const addresses = alert.opt('addresses');
  if (scope === 'Restricted' && restriction === undefined)
    throw refuse(`${p}/restriction`, '<scope> Restricted needs <restriction>', 'cap_missing_element');
  if (scope === 'Private' && addresses === undefined)
    throw refuse(`${p}/addresses`, '<scope> Private needs <addresses>', 'cap_missing_element');
  const referencesText = alert.opt('references');
  const references = referencesText === undefined ? [] : capReferences(referencesText, `${p}/references`);
  if ((msgType === 'Update' || msgType === 'Cancel') && references.length === 0)
    throw refuse(
      `${p}/references`,
      `<msgType> ${msgType} needs <references> naming the earlier alert (sender,identifier,sent)`,
      'cap_missing_element',
    );
  const budget = { points: 0 };
  const infos = alert.children('info', MAX_CAP_INFOS).map((info) => readInfo(info, budget));
  return {
    identifier,
    sender,
    sent,
    status,
    msgType,
    ...optional('source', alert.opt('source')),
    scope,
    ...optional('restriction', restriction),
    ...optional('addresses', addresses),
    codes: alert.texts('code'),
    ...optional('note', alert.opt('note')),
    references,
    ...optional('incidents', alert.opt('incidents')),
    infos,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readValues(parent: CapElement, name: string): CapValue[] {
  return parent.children(name).map((el) => {
    el.only(VALUE_ELEMENTS);
    return { valueName: el.req('valueName'), value: el.req('value') };
  });
}

function readInfo(info: CapElement, budget: { points: number }): CapInfo {
  info.only(INFO_ELEMENTS);
  const p = info.path;
  const language = info.opt('language') ?? CAP_DEFAULT_LANGUAGE;
  const categories = info
    .texts('category')
    .map((c, i) => capEnum(CAP_CATEGORY, c, `${p}/category/${i}`, 'category'));
  if (categories.length === 0)
    throw refuse(`${p}/category`, '<info> lacks <category>, which CAP 1.2 requires', 'cap_missing_element');
  const time = (name: 'effective' | 'onset' | 'expires') => {
    const text = info.opt(name);
    return optional(name, text === undefined ? undefined : capTime(text, `${p}/${name}`, name));
  };
  const text = (
    name: 'audience' | 'senderName' | 'headline' | 'description' | 'instruction' | 'web' | 'contact',
  ) => optional(name, info.opt(name));
  return {
    language,
    lang: capLanguage(language, `${p}/language`),
    categories,
    event: info.req('event'),
    responseTypes: info
      .texts('responseType')
      .map((r, i) => capEnum(CAP_RESPONSE_TYPE, r, `${p}/responseType/${i}`, 'responseType')),
    urgency: capEnum(CAP_URGENCY, info.req('urgency'), `${p}/urgency`, 'urgency'),
    severity: capEnum(CAP_SEVERITY, info.req('severity'), `${p}/severity`, 'severity'),
    certainty: capEnum(CAP_CERTAINTY, info.req('certainty'), `${p}/certainty`, 'certainty'),
    ...text('audience'),
    eventCodes: readValues(info, 'eventCode'),
    ...time('effective'),
    ...time('onset'),
    ...time('expires'),
    ...text('senderName'),
    ...text('headline'),
    ...text('description'),
    ...text('instruction'),
    ...text('web'),
    ...text('contact'),
    parameters: readValues(info, 'parameter'),
    resources: info.children('resource').map(readResource),
    areas: info.children('area', MAX_CAP_AREAS).map((area) => readArea(area, budget)),
  };
}

function readResource(el: CapElement): CapResource {
  el.only(RESOURCE_ELEMENTS);
  const size = el.opt('size');
  if (size !== undefined && !/^\d{1,15}$/.test(size))
    throw refuse(
      `${el.path}/size`,
      `<size> "${size.slice(0, 20)}" is not a whole number of bytes`,
      'cap_bad_value',
    );
  return {
    resourceDesc: el.req('resourceDesc'),
    mimeType: el.req('mimeType'),
    ...optional('size', size === undefined ? undefined : Number(size)),
    ...optional('uri', el.opt('uri')),
    ...optional('digest', el.opt('digest')),
  };
}

function readArea(area: CapElement, budget: { points: number }): CapArea {
  area.only(AREA_ELEMENTS);
  const p = area.path;
  const polygons = area.texts('polygon').map((text, i) => {
    budget.points += pointCount(text);
    if (budget.points > MAX_CAP_POINTS)
      throw refuse(
        `${p}/polygon/${i}`,
        `the polygons hold more than ${MAX_CAP_POINTS} points in all; simplify them`,
        'cap_too_many',
      );
    return capPolygon(text, `${p}/polygon/${i}`);
  });
  const circles = area.texts('circle').map((text, i) => capCircle(text, `${p}/circle/${i}`));
  const altitudeText = area.opt('altitude');
  const ceilingText = area.opt('ceiling');
  if (ceilingText !== undefined && altitudeText === undefined)
    throw refuse(`${p}/altitude`, '<ceiling> needs <altitude> in the same <area>', 'cap_missing_element');
  return {
    areaDesc: area.req('areaDesc'),
    polygons,
    circles,
    geocodes: readValues(area, 'geocode'),
    ...optional(
      'altitude',
      altitudeText === undefined ? undefined : capDecimal(altitudeText, `${p}/altitude`, 'altitude'),
    ),
    ...optional(
      'ceiling',
      ceilingText === undefined ? undefined : capDecimal(ceilingText, `${p}/ceiling`, 'ceiling'),
    ),
  };
}
