// Content as sentences a person reads: never an id, never JSON. (Schedules: describe.schedule.ts.)
import type { Gate, Playlist } from './api.ts';
import { formatInstant } from './format.ts';
import { lang, t } from './i18n.ts';
import type { ReviewNames } from './review-api.ts';

type Item = Playlist['items'][number];

/** Who a message or playlist belongs to: a gate, a province, or the whole country. */
export function ownerText(
  owner: { gateId?: string | null; province?: string | null },
  gates: readonly Gate[],
): string {
  if (owner.gateId) return gates.find((g) => g.id === owner.gateId)?.name ?? t('rvUnknown');
  if (owner.province) return t('rvOwnerProvince', { name: owner.province });
  return t('rvOwnerNational');
}

/** A playlist item as a line: "Thông điệp «Giờ mở cửa», 10 giây". */
export function itemLine(item: Item, names: Pick<ReviewNames, 'messages' | 'assets'>): string {
  const extras: string[] = [];
  if (item.type === 'message' && item.languages === 'side-by-side') extras.push(t('rvSideBySide'));
  if (item.validFrom) extras.push(t('rvValidFrom', { when: formatInstant(item.validFrom) }));
  if (item.validUntil) extras.push(t('rvValidUntil', { when: formatInstant(item.validUntil) }));
  return [kindLine(item, names), ...extras].join(', ');
}

function kindLine(item: Item, names: Pick<ReviewNames, 'messages' | 'assets'>): string {
  const seconds = String(item.duration);
  switch (item.type) {
    case 'message':
      return t('rvItemMessage', {
        name: names.messages.find((m) => m.id === item.messageId)?.name ?? t('rvUnknown'),
        seconds,
      });
    case 'image':
    case 'video': {
      const name = names.assets.find((a) => a.id === item.assetId)?.name ?? t('rvUnknown');
      return t(item.type === 'image' ? 'rvItemImage' : 'rvItemVideo', { name, seconds });
    }
    case 'clock':
      return t('rvItemClock', { seconds });
  }
}

/** An instant as people say it at the gate: "06:30 thứ Hai 7/12" (vi), "06:30 on Monday 7 December" (en). */
export function whenText(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  const zone = timeZone ? { timeZone } : {};
  const part = (options: Intl.DateTimeFormatOptions, locale: string) =>
    new Intl.DateTimeFormat(locale, { ...zone, ...options }).format(date);
  const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'en-GB');
  if (lang() === 'vi') {
    const weekday = part({ weekday: 'long' }, 'vi-VN');
    const day = part({ day: 'numeric', month: 'numeric' }, 'vi-VN').replace(/\s/g, '');
    return `${time} ${weekday.charAt(0).toLocaleLowerCase('vi')}${weekday.slice(1)} ${day}`;
  }
  return `${time} on ${part({ weekday: 'long', day: 'numeric', month: 'long' }, 'en-GB')}`;
}

/** Margin for the browser's clock against the server's when saying "now". */
const nowSlackMs = 2 * 60_000;

/** When approved content first reaches screens, as a sentence ("Sẽ lên màn hình lúc 06:30 thứ Hai 7/12."). */
export function firstOnScreensText(
  firstOnScreens: string | null,
  timeZone: string | undefined,
  now: number,
): string {
  if (!firstOnScreens) return t('rvOnScreensNever');
  if (Date.parse(firstOnScreens) <= now + nowSlackMs) return t('rvOnScreensNow');
  return t('rvOnScreensAt', { when: whenText(firstOnScreens, timeZone) });
}
