// What a CAP alert does at each gate, worked out before anything is stored or shown. Pure: the alert, the
// gates in the source's scope, their screens and approved templates, and the time are all arguments.
import type { AlertRule, AlertTemplate, MessageVariant, Scope } from '../../schemas/types.ts';
import { gateInScope } from './access.ts';
import { fillTemplate, templateMatches, type TemplateFields } from './alert.template.ts';
import type { CapAlert, CapArea, CapInfo } from './cap.ts';
import { inArea } from './cap.geo.ts';

/** The part of a gate an alert's plan reads. */
export interface PlanGate {
  id: string;
  name: string;
  province: string;
  timeZone: string;
  location: { lat: number; lon: number };
  languages: readonly string[];
}

/** The most an emergency stays up (override.json emergencyInput ttlMinutes). */
export const MAX_TTL_MINUTES = 10_080;

/** Title and body limits of a message variant (message.json). */
const TITLE_MAX = 300;
const BODY_MAX = 4000;

/** A province name compared without case, diacritics, đ or the word "tỉnh" (An Giang = an giang = Tỉnh An Giang). */
export function provinceKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^\s*(tinh|province of|province)\s+/, '')
    .replace(/\s+province\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Geocode names whose value is a province name. */
const PROVINCE_GEOCODES = new Set(['province', 'vn-province', 'tinh', 'iso3166-2']);

/** Whether an area selects a gate: the gate lies inside one of its polygons or circles, or a geocode names its province. */
export function areaSelects(area: CapArea, gate: PlanGate): boolean {
  if (inArea(gate.location, area)) return true;
  const province = provinceKey(gate.province);
  return area.geocodes.some(
    (g) => PROVINCE_GEOCODES.has(g.valueName.trim().toLowerCase()) && provinceKey(g.value) === province,
  );
}

/** The gates within the source's scope that some area of the alert selects, in the given order. */
export function targetedGates<G extends PlanGate>(alert: CapAlert, gates: readonly G[], scope: Scope): G[] {
  const areas = alert.infos.flatMap((info) => info.areas);
  return gates.filter((gate) => gateInScope(scope, gate) && areas.some((area) => areaSelects(area, gate)));
}

/** Whether one of the source's rules puts the alert on screen at this gate at once (judged on its first <info>). */
export function immediateAt(rules: readonly AlertRule[], gateId: string, info: CapInfo): boolean {
  return rules.some(
    (rule) =>
      (rule.gates === undefined || rule.gates.includes(gateId)) &&
      (rule.severities === undefined || rule.severities.includes(info.severity)) &&
      (rule.urgencies === undefined || rule.urgencies.includes(info.urgency)) &&
      (rule.certainties === undefined || rule.certainties.includes(info.certainty)),
  );
}

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** What a board shows of one <info>: the headline (else the event) as title, the description and instruction as body. */
export function variantOf(info: CapInfo): MessageVariant {
  const body = [info.description, info.instruction].filter((t): t is string => !!t?.trim()).join('\n\n');
  return {
    title: cut((info.headline ?? info.event).normalize('NFC'), TITLE_MAX),
    ...(body ? { body: cut(body.normalize('NFC'), BODY_MAX) } : {}),
  };
}

/** Every event name and event code of the alert, for matching templates. */
export function alertEvents(alert: CapAlert): string[] {
  return alert.infos.flatMap((info) => [info.event, ...info.eventCodes.map((c) => c.value)]);
}

/** The structured fields a template is filled from: those of the alert's first <info>. */
export function templateFields(alert: CapAlert): TemplateFields {
  const info = alert.infos[0];
  if (!info) throw new Error('an alert without <info> has nothing to show');
  const area = info.areas.map((a) => a.areaDesc).join('; ');
  return {
    event: info.event,
    severity: info.severity,
    urgency: info.urgency,
    sender: info.senderName ?? alert.sender,
    ...(info.headline ? { headline: info.headline } : {}),
    ...(info.onset ? { onset: info.onset.at } : {}),
    ...(info.expires ? { expires: info.expires.at } : {}),
    ...(info.instruction ? { instruction: info.instruction } : {}),
    ...(area ? { area } : {}),
  };
}

/** Where each language of a gate's text came from. */
export type TextOrigin = 'original' | 'template' | 'missing';

/**
 * The text a gate shows, per language of the gate, in its order: the alert's own <info> in that language,
 * else the gate's approved template for the event filled from the alert, else missing. A gate none of whose
 * languages the alert or a template covers shows the alert's own languages rather than nothing.
 */
export function gateTexts(
  alert: CapAlert,
  gate: PlanGate,
  templates: readonly AlertTemplate[],
): { variants: Record<string, MessageVariant>; texts: Record<string, TextOrigin> } {
  const variants: Record<string, MessageVariant> = {};
  const texts: Record<string, TextOrigin> = {};
  const events = alertEvents(alert);
  const fields = templateFields(alert);
  for (const lang of gate.languages) {
    const info = alert.infos.find((i) => i.lang === lang);
    const template = templates.find(
      (t) => t.gateId === gate.id && t.lang === lang && t.state === 'approved' && templateMatches(t, events),
    );
    if (info) {
      variants[lang] = variantOf(info);
      texts[lang] = 'original';
    } else if (template) {
      variants[lang] = fillTemplate(template, fields, gate.timeZone);
      texts[lang] = 'template';
    } else texts[lang] = 'missing';
  }
  if (Object.keys(variants).length === 0)
    for (const info of alert.infos) {
      if (!info.lang || variants[info.lang]) continue;
      variants[info.lang] = variantOf(info);
      texts[info.lang] = 'original';
    }
  return { variants, texts };
}

/**
 * When the alert stops being shown: the earliest <expires> of its <info> blocks, else `defaultTtlMinutes`
 * from now; never more than 7 days from now (an emergency's longest life).
 */
export function alertUntil(alert: CapAlert, now: number, defaultTtlMinutes: number): number {
  const expires = alert.infos.flatMap((i) => (i.expires ? [i.expires.at] : []));
  const until = expires.length > 0 ? Math.min(...expires) : now + defaultTtlMinutes * 60_000;
  return Math.min(until, now + MAX_TTL_MINUTES * 60_000);
}

/** Minutes from `now` to `until`, at least one (an emergency's ttlMinutes). */
export function ttlMinutes(now: number, until: number): number {
  return Math.min(MAX_TTL_MINUTES, Math.max(1, Math.ceil((until - now) / 60_000)));
}
