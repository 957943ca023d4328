// Templates for the languages an alert lacks: a gate's text for one kind of event in one language, written
// in advance and approved, filled from the alert when it arrives. Pure: no I/O; the time zone is an argument.
import type { AlertTemplate, MessageVariant } from '../../schemas/types.ts';
import { ALERT_PLACEHOLDERS, type AlertPlaceholder } from '../../shared/alert.placeholders.ts';
import type { CapSeverity, CapUrgency } from './cap.fields.ts';

export type Severity = CapSeverity;
export type Urgency = CapUrgency;

/** The placeholders a template may hold, each filled from the alert. */
export const PLACEHOLDERS = ALERT_PLACEHOLDERS;
export type Placeholder = AlertPlaceholder;

/** What an alert gives a template (times in epoch ms); an absent field fills its placeholder with nothing. */
export interface TemplateFields {
  event: string;
  headline?: string;
  severity: Severity;
  urgency: Urgency;
  onset?: number;
  expires?: number;
  instruction?: string;
  area?: string;
  sender: string;
}

/** The key an event is matched by: NFC, trimmed, lower-cased (the same in every locale). */
export function eventKey(event: string): string {
  return event.normalize('NFC').trim().toLowerCase();
}

/** Whether a template is for an alert whose <info> blocks name these events and event codes. */
export function templateMatches(
  template: Pick<AlertTemplate, 'event'>,
  infoEvents: readonly string[],
): boolean {
  const key = eventKey(template.event);
  return infoEvents.some((event) => eventKey(event) === key);
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const known = new Set<string>(PLACEHOLDERS);

/** The `{name}`s in a text that are no placeholder (each once, in order): a typo the author should see. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((n) => !known.has(n));
  return [...new Set(names)];
}

type Words<K extends string> = Record<K, string>;

// Written by hand. CAP's own words in English; Chinese follows the four national warning levels.
const severityWords: Record<string, Words<Severity>> = {
  vi: {
    Extreme: 'Cực kỳ nghiêm trọng',
    Severe: 'Nghiêm trọng',
    Moderate: 'Trung bình',
    Minor: 'Nhẹ',
    Unknown: 'Chưa xác định',
  },
  en: { Extreme: 'Extreme', Severe: 'Severe', Moderate: 'Moderate', Minor: 'Minor', Unknown: 'Unknown' },
  km: {
    Extreme: 'ធ្ងន់ធ្ងរបំផុត',
    Severe: 'ធ្ងន់ធ្ងរ',
    Moderate: 'មធ្យម',
    Minor: 'តិចតួច',
    Unknown: 'មិនទាន់ច្បាស់',
  },
  lo: {
    Extreme: 'ຮ້າຍແຮງທີ່ສຸດ',
    Severe: 'ຮ້າຍແຮງ',
    Moderate: 'ປານກາງ',
    Minor: 'ເລັກນ້ອຍ',
    Unknown: 'ບໍ່ທັນຊັດເຈນ',
  },
  'zh-Hans': { Extreme: '特别严重', Severe: '严重', Moderate: '较重', Minor: '一般', Unknown: '未知' },
};

const urgencyWords: Record<string, Words<Urgency>> = {
  vi: {
    Immediate: 'Cần hành động ngay',
    Expected: 'Sắp xảy ra',
    Future: 'Có thể xảy ra',
    Past: 'Đã qua',
    Unknown: 'Chưa xác định',
  },
  en: { Immediate: 'Immediate', Expected: 'Expected', Future: 'Future', Past: 'Past', Unknown: 'Unknown' },
  km: {
    Immediate: 'បន្ទាន់',
    Expected: 'ជិតកើតឡើង',
    Future: 'នាពេលខាងមុខ',
    Past: 'បានកន្លងផុតហើយ',
    Unknown: 'មិនទាន់ច្បាស់',
  },
  lo: {
    Immediate: 'ດ່ວນ',
    Expected: 'ໃກ້ຈະເກີດຂຶ້ນ',
    Future: 'ໃນອະນາຄົດ',
    Past: 'ຜ່ານໄປແລ້ວ',
    Unknown: 'ບໍ່ທັນຊັດເຈນ',
  },
  'zh-Hans': {
    Immediate: '立即',
    Expected: '即将发生',
    Future: '未来可能发生',
    Past: '已过去',
    Unknown: '未知',
  },
};

/**
 * The table for a language tag: the tag itself, its language (km-KH: km; zh: simplified), else Vietnamese,
 * which is what Jrai, Bahnar and Tai Viet readers at our gates read besides their own.
 */
function wordsFor<K extends string>(table: Record<string, Words<K>>, lang: string): Words<K> {
  const base = lang.split('-')[0] ?? lang;
  return table[lang] ?? table[base === 'zh' ? 'zh-Hans' : base] ?? (table.vi as Words<K>);
}

/** The severity in a language's words. */
export function severityWord(severity: Severity, lang: string): string {
  return wordsFor(severityWords, lang)[severity];
}

/** The urgency in a language's words. */
export function urgencyWord(urgency: Urgency, lang: string): string {
  return wordsFor(urgencyWords, lang)[urgency];
}

/**
 * An instant as a reader at the gate writes it: its local date and 24-hour time in the gate's time zone, the
 * language's way (Vietnamese for a language ICU does not know), Gregorian, Western digits.
 */
export function formatInstant(at: number, lang: string, timeZone: string): string {
  const locale = Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'vi';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

// Stands for an empty field while the text around it is tidied (a Unicode noncharacter, for internal use).
const GAP = '\uFDD0';

/**
 * The text once empty fields are gone: no empty brackets, no separator left dangling before a full stop or
 * at the start of a line, single spaces, trimmed lines.
 */
function tidy(text: string): string {
  return text
    .replace(/[(（[［]\s*(?:\uFDD0\s*)+[)）\]］]/g, GAP)
    .replace(/\uFDD0[ \t]*[-–—/~][ \t]*\uFDD0/g, GAP)
    .replace(/(^|\n)[ \t]*(?:\uFDD0[ \t]*)+[,;:，；：、]?/g, '$1')
    .replace(/[ \t]*[,;:，；：、]?[ \t]*(?:\uFDD0[ \t]*)+(?=[,.;:!?…，。；：！？、]|\n|$)/g, '')
    .replace(/[ \t]*(?:\uFDD0[ \t]*)+/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` UTF-16 units (so at most `max` characters), cut between graphemes and marked with an ellipsis. */
function cut(text: string, max: number, lang: string): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

const TITLE_MAX = 300;
const BODY_MAX = 4000;

/**
 * A template filled from an alert: a message variant (message.json#/$defs/variant) in NFC, times in the gate's
 * time zone. A placeholder whose field is absent becomes nothing; an unknown one stays as written. A title left
 * empty becomes the event; a body left empty is left out; either is cut to its limit.
 */
export function fillTemplate(
  t: Pick<AlertTemplate, 'lang' | 'title' | 'body'>,
  f: TemplateFields,
  timeZone: string,
): MessageVariant {
  const time = (at: number | undefined) =>
    at === undefined ? undefined : formatInstant(at, t.lang, timeZone);
  const values: Record<Placeholder, string | undefined> = {
    event: f.event,
    headline: f.headline,
    severity: severityWord(f.severity, t.lang),
    urgency: urgencyWord(f.urgency, t.lang),
    onset: time(f.onset),
    expires: time(f.expires),
    instruction: f.instruction,
    area: f.area,
    sender: f.sender,
  };
  const fill = (text: string) =>
    tidy(
      text
        .normalize('NFC')
        .replaceAll(GAP, '')
        .replace(PLACEHOLDER, (whole, name: string) => {
          if (!known.has(name)) return whole;
          const value = values[name as Placeholder]?.replaceAll(GAP, '').normalize('NFC').trim();
          return value ? value : GAP;
        }),
    ).normalize('NFC');
  const title = fill(t.title) || f.event.normalize('NFC').trim();
  const body = t.body === undefined ? '' : fill(t.body);
  return {
    title: cut(title, TITLE_MAX, t.lang),
    ...(body ? { body: cut(body, BODY_MAX, t.lang) } : {}),
  };
}
