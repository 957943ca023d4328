import { zonedFormat } from '../../shared/date.format.ts';
import type { Screen } from './api.ts';
import { lang, t, type MessageKey } from './i18n.ts';

/** An instant as date and time in `timeZone` (the gate's), or in the browser's zone when none is given. */
export function formatInstant(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return zonedFormat('vi-VN', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** A time zone with its current UTC offset, e.g. "Asia/Ho_Chi_Minh (GMT+7)". */
export function timeZoneLabel(timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(
      new Date(),
    );
    const offset = parts.find((p) => p.type === 'timeZoneName')?.value;
    return offset ? `${timeZone} (${offset})` : timeZone;
  } catch {
    return timeZone;
  }
}

// Languages of Vietnam's border provinces that the browsers' name lists do not know: their names as the
// provinces write them, so an editor reads "Tiếng Gia Rai (jra)", never a bare code.
const minorityNames: Record<string, { vi: string; en: string }> = {
  jra: { vi: 'Tiếng Gia Rai', en: 'Jrai' },
  bdq: { vi: 'Tiếng Ba Na', en: 'Bahnar' },
  tmm: { vi: 'Tiếng Thái Thanh', en: 'Tai Thanh' },
  blt: { vi: 'Tiếng Thái Đen', en: 'Tai Dam' },
  rad: { vi: 'Tiếng Ê Đê', en: 'Rade' },
  cmo: { vi: 'Tiếng M’Nông', en: 'Mnong' },
  sed: { vi: 'Tiếng Xơ Đăng', en: 'Sedang' },
  kdt: { vi: 'Tiếng Cơ Tu', en: 'Katu' },
};

/** A language tag's name in the UI language with the tag itself, e.g. "Khmer (km)"; tags the browser does not know stay as they are. */
export function languageName(tag: string): string {
  return withCode(tag, () => {
    const base = new Intl.Locale(tag).language;
    const minority = minorityNames[base]?.[lang()];
    if (minority) return minority;
    const names = new Intl.DisplayNames([lang()], { type: 'language', fallback: 'code' });
    // "tmm-Tavt" would come out half-named as "tmm (Tai Viet)": name it only when its language is known.
    return names.of(base) === base ? tag : names.of(tag);
  });
}

/** A country's name in the UI language, e.g. "Campuchia (KH)". */
export function regionName(code: string): string {
  return withCode(code, () => new Intl.DisplayNames([lang()], { type: 'region', fallback: 'code' }).of(code));
}

function withCode(code: string, name: () => string | undefined): string {
  try {
    const text = name();
    return text && text !== code ? `${text} (${code})` : code;
  } catch {
    return code;
  }
}

const kindKeys: Record<Screen['kind'], MessageKey> = {
  led: 'kindLed',
  kiosk: 'kindKiosk',
  indoor: 'kindIndoor',
};

/** A screen's kind in words (the API's led, kiosk, indoor). */
export function kindLabel(kind: string): string {
  return Object.hasOwn(kindKeys, kind) ? t(kindKeys[kind as Screen['kind']]) : kind;
}
