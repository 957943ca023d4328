import type { Playlist, PlaylistInput } from '../api.ts';

/**
 * The playlist editor's form state and the body it sends, as pure functions: `bodyOf(formOf(x), x)` is
 * x's own fields exactly (test/unit/console-forms.playlist.test.ts), so opening a playlist and saving it
 * unchanged changes nothing, and no field the editor does not show is lost.
 */

/** A stored playlist; `province` is Contract C's owner (until the regenerated types carry it). */
export type StoredPlaylist = Playlist & { province?: string | null };
/** What a playlist PUT/POST takes, with Contract C's `province`. */
export type PlaylistBody = PlaylistInput & { province?: string | null };
type Item = PlaylistInput['items'][number];
export type ItemType = Item['type'];
export type Layout = NonNullable<PlaylistInput['layout']>;
export type LanguageMode = NonNullable<Extract<Item, { type: 'message' }>['languages']>;
export type Fit = NonNullable<Extract<Item, { type: 'image' }>['fit']>;

/** Whose the playlist is: a gate's, a province's, or national (neither). */
export type OwnerKind = 'national' | 'province' | 'gate';

/** One item of the loop as the editor holds it. Optional choices stay unset until the person sets them. */
export interface ItemForm {
  /** Stable across reordering (focus and keys follow it); never sent. */
  key: string;
  type: ItemType;
  /** The message's id (message) or the asset's (image, video); empty for a clock. */
  ref: string;
  /** Seconds, as typed: never coerced (the server refuses 0 or empty with a reason beside the field). */
  duration: string;
  languages?: LanguageMode;
  fit?: Fit;
  background?: string;
  /** Instants as stored (RFC 3339 with offset); the editor replaces them only when the person does. */
  validFrom?: string;
  validUntil?: string;
}

export interface PlaylistForm {
  name: string;
  owner: OwnerKind;
  gateId: string;
  province: string;
  /** Languages the playlist rotates; empty: the screen's. */
  languages: string[];
  /** Unset: the screen's layout. */
  layout?: Layout;
  items: ItemForm[];
}

const durationText = (seconds: number): string => String(seconds);

/** The form of one stored item (a new item from the library is built with `newItem`). */
export function itemFormOf(item: Item, key: string): ItemForm {
  const shared = {
    key,
    type: item.type,
    duration: durationText(item.duration),
    ...(item.validFrom === undefined ? {} : { validFrom: item.validFrom }),
    ...(item.validUntil === undefined ? {} : { validUntil: item.validUntil }),
  };
  switch (item.type) {
    case 'message':
      return {
        ...shared,
        ref: item.messageId,
        ...(item.languages === undefined ? {} : { languages: item.languages }),
      };
    case 'image':
      return {
        ...shared,
        ref: item.assetId,
        ...(item.fit === undefined ? {} : { fit: item.fit }),
        ...(item.background === undefined ? {} : { background: item.background }),
      };
    case 'video':
      return { ...shared, ref: item.assetId };
    case 'clock':
      return { ...shared, ref: '' };
  }
}

/** A fresh item of `type` naming `ref`, for `seconds`. */
export function newItem(type: ItemType, ref: string, seconds: number, key: string): ItemForm {
  return { key, type, ref, duration: durationText(seconds) };
}

/** The editor's state for a stored playlist, or an empty one owned by `gateId` (or nationally). */
export function formOf(stored: StoredPlaylist | undefined, gateId?: string): PlaylistForm {
  if (!stored)
    return {
      name: '',
      owner: gateId ? 'gate' : 'national',
      gateId: gateId ?? '',
      province: '',
      languages: [],
      items: [],
    };
  const owner: OwnerKind = stored.gateId
    ? 'gate'
    : typeof stored.province === 'string'
      ? 'province'
      : 'national';
  return {
    name: stored.name,
    owner,
    gateId: stored.gateId ?? '',
    province: stored.province ?? '',
    languages: [...(stored.languages ?? [])],
    ...(stored.layout === undefined ? {} : { layout: stored.layout }),
    items: stored.items.map((item, i) => itemFormOf(item, `item-${i}`)),
  };
}

/** Seconds as typed: an empty field is 0, which the server refuses beside the field (never made 1). */
export function secondsOf(typed: string): number {
  const text = typed.trim();
  return text === '' ? 0 : Number(text);
}

/** The item the API takes for one form item. */
export function itemBodyOf(it: ItemForm): Item {
  const duration = secondsOf(it.duration);
  const validity = {
    ...(it.validFrom === undefined ? {} : { validFrom: it.validFrom }),
    ...(it.validUntil === undefined ? {} : { validUntil: it.validUntil }),
  };
  switch (it.type) {
    case 'message':
      return {
        type: 'message',
        messageId: it.ref,
        duration,
        ...(it.languages === undefined ? {} : { languages: it.languages }),
        ...validity,
      };
    case 'image':
      return {
        type: 'image',
        assetId: it.ref,
        duration,
        ...(it.fit === undefined ? {} : { fit: it.fit }),
        ...(it.background === undefined ? {} : { background: it.background }),
        ...validity,
      };
    case 'video':
      return { type: 'video', assetId: it.ref, duration, ...validity };
    case 'clock':
      return { type: 'clock', duration, ...validity };
  }
}

/**
 * The body to send for the form. `stored` (the playlist as it was loaded, if any) says how an unchanged
 * "no gate" was written: a national or province playlist stored with `gateId: null` is sent back with it,
 * likewise `province: null`, and one stored with `languages: []` keeps it.
 */
export function bodyOf(form: PlaylistForm, stored?: StoredPlaylist): PlaylistBody {
  // The owner field not in use goes back as it came: absent, or null.
  const noGate = stored?.gateId === null ? { gateId: null } : {};
  const noProvince = stored?.province === null ? { province: null } : {};
  const owner =
    form.owner === 'gate'
      ? { gateId: form.gateId, ...noProvince }
      : form.owner === 'province'
        ? { ...noGate, province: form.province }
        : { ...noGate, ...noProvince };
  const languages =
    form.languages.length > 0 || (stored && 'languages' in stored) ? { languages: [...form.languages] } : {};
  return {
    name: form.name,
    ...owner,
    ...languages,
    ...(form.layout === undefined ? {} : { layout: form.layout }),
    items: form.items.map(itemBodyOf),
  };
}

/** The list with the item at `from` moved to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}
