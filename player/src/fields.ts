// Live values in messages: the values the controller sends (`data` updates, cached like the manifest), the
// built-in gate fields worked out from the gate's calendar, and a message's text filled with them on the
// synced clock — which also decides, offline too, whether the item is shown, shown "as of", or hidden.
import type {
  DataValue,
  LoopEntry,
  Manifest,
  ManifestMessage,
  MessageVariant,
  PlayerDataUpdate,
  ScreenConfig,
} from '../../schemas/types.ts';
import {
  asOfText,
  defaultFieldOptions,
  maxAgeOf,
  parseFields,
  renderFields,
} from '../../shared/data.fields.ts';
import { gateFieldValue } from '../../shared/gate.fields.ts';

/** The values this screen holds, by path: the newest observation of each. */
export class LiveValues {
  private readonly values = new Map<string, DataValue>();
  private readonly listeners: (() => void)[] = [];

  /**
   * Takes an update: a full one replaces everything held (values no longer sent leave), another keeps each
   * value unless a newer observation of its path is held. Returns whether anything changed.
   */
  apply(update: PlayerDataUpdate): boolean {
    let changed = false;
    if (update.full) {
      const next = new Set(update.values.map((v) => v.path));
      for (const path of [...this.values.keys()])
        if (!next.has(path)) {
          this.values.delete(path);
          changed = true;
        }
    }
    for (const value of update.values) {
      const held = this.values.get(value.path);
      if (held && !update.full && held.observedAt > value.observedAt) continue;
      if (held && same(held, value)) continue;
      this.values.set(value.path, value);
      changed = true;
    }
    if (changed) for (const listener of this.listeners) listener();
    return changed;
  }

  get(path: string): DataValue | undefined {
    return this.values.get(path);
  }

  /** Everything held, for the cache. */
  all(): DataValue[] {
    return [...this.values.values()];
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }
}

function same(a: DataValue, b: DataValue): boolean {
  return (
    a.observedAt === b.observedAt &&
    a.value === b.value &&
    a.type === b.type &&
    a.currency === b.currency &&
    a.unit === b.unit
  );
}

/** One language of a message as it stands at an instant. */
export interface FilledVariant {
  variant: MessageVariant;
  /** Shown under the item: "cập nhật lúc 14:05 12/06" (a stale value, stale "as-of"). */
  asOf?: string;
  /** A value is missing, or stale with stale "hide": the item is not shown. */
  hidden: boolean;
  /** The next instant at which time alone changes this (a value going stale, the gate status flipping). */
  changesAt: number;
}

const parts = ['title', 'body', 'ticker'] as const;

/** Fills messages' fields from the live values and the gate's calendar. */
export class FieldFiller {
  private readonly values: LiveValues;
  private readonly config: () => ScreenConfig | null;
  /** Whether a message has fields at all, per message object (a manifest's messages do not change). */
  private readonly withFields = new WeakMap<ManifestMessage, boolean>();

  constructor(values: LiveValues, config: () => ScreenConfig | null) {
    this.values = values;
    this.config = config;
  }

  /** Whether the message's texts name any field (a message without one is drawn as written, always). */
  hasFields(message: ManifestMessage): boolean {
    let known = this.withFields.get(message);
    if (known === undefined) {
      known = Object.values(message.variants).some((variant) =>
        parts.some((part) => {
          const text = variant?.[part];
          return text !== undefined && text.includes('{{') && parseFields(text).fields.length > 0;
        }),
      );
      this.withFields.set(message, known);
    }
    return known;
  }

  /** The message in one language at `now`; undefined when it has no such language. */
  fill(message: ManifestMessage, lang: string, now: number): FilledVariant | undefined {
    const variant = message.variants[lang];
    if (!variant) return undefined;
    if (!this.hasFields(message)) return { variant, hidden: false, changesAt: Infinity };
    const config = this.config();
    const timeZone = config?.gate.timeZone ?? 'Asia/Ho_Chi_Minh';
    const digits = config?.gate.digits;
    const options = { ...(message.fieldOptions ?? defaultFieldOptions), timeZone, digits };
    const values = new Map<string, DataValue>();
    let changesAt = Infinity;
    const filled: MessageVariant = {};
    let hidden = false;
    let stale = false;
    let oldest = Infinity;
    for (const part of parts) {
      const text = variant[part];
      if (text === undefined) continue;
      for (const field of parseFields(text).fields) {
        if (values.has(field.path)) continue;
        const calendar = config?.gate.calendar;
        const gate = calendar
          ? gateFieldValue(field.path, { calendar, timeZone, lang, now, ...(digits ? { digits } : {}) })
          : undefined;
        if (gate) {
          // Worked out here and now: never stale, changes when the status or the day does.
          values.set(field.path, { path: field.path, type: 'text', value: gate.text, observedAt: now });
          if (gate.until !== undefined) changesAt = Math.min(changesAt, gate.until);
          continue;
        }
        const value = field.path.startsWith('gate.') ? undefined : this.values.get(field.path);
        if (!value) continue;
        values.set(field.path, value);
        const staleAt = value.observedAt + maxAgeOf(field.path, value, options) * 1000 + 1;
        if (staleAt > now) changesAt = Math.min(changesAt, staleAt);
      }
      const rendered = renderFields(text, values, lang, options, now);
      if (rendered.missing.length > 0) hidden = true;
      if (rendered.stale) stale = true;
      if (rendered.oldestObservedAt !== undefined) oldest = Math.min(oldest, rendered.oldestObservedAt);
      if (rendered.text.trim()) filled[part] = rendered.text;
    }
    if (stale && options.stale === 'hide') hidden = true;
    return {
      variant: filled,
      hidden,
      changesAt,
      ...(stale && options.stale === 'as-of' && Number.isFinite(oldest)
        ? { asOf: asOfText(oldest, lang, { digits, timeZone }) }
        : {}),
    };
  }

  /** Whether a loop entry is left out at `now`: a message some of whose shown languages are hidden. */
  hidden(manifest: Manifest | null, entry: LoopEntry, now: number): boolean {
    if (entry.type !== 'message' || !entry.messageId) return false;
    const message = manifest?.messages[entry.messageId];
    if (!message || !this.hasFields(message)) return false;
    const langs = entry.langs ?? (entry.lang ? [entry.lang] : []);
    return langs.some((lang) => this.fill(message, lang, now)?.hidden === true);
  }

  /** What of an entry changes with values or time (part of the slot's key: a change redraws it). */
  stamp(
    manifest: Manifest | null,
    entry: LoopEntry | undefined,
    now: number,
  ): { key: string; changesAt: number } {
    if (entry?.type !== 'message' || !entry.messageId) return { key: '', changesAt: Infinity };
    const message = manifest?.messages[entry.messageId];
    if (!message || !this.hasFields(message)) return { key: '', changesAt: Infinity };
    let changesAt = Infinity;
    const texts = (entry.langs ?? (entry.lang ? [entry.lang] : [])).map((lang) => {
      const filled = this.fill(message, lang, now);
      if (filled) changesAt = Math.min(changesAt, filled.changesAt);
      return filled ? [filled.variant.title, filled.variant.body, filled.variant.ticker, filled.asOf] : [];
    });
    return { key: JSON.stringify(texts), changesAt };
  }
}
