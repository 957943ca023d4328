import type { Message, MessageInput } from '../api.ts';
import { uncoveredCharacters } from '../coverage.ts';
import { defaultFieldOptions as sharedDefault } from '../../../shared/data.fields.ts';
import { ageFormOf, sameAge, secondsOf, type AgeForm } from '../data-age.ts';

/**
 * The message editor's form state and the body it sends, as pure functions: `bodyOf(formOf(x), x)` is
 * x's own fields exactly (test/unit/console-forms.message.test.ts), so opening a message and saving it
 * unchanged changes nothing: ticker texts, the level and the owner survive, and a field the editor does
 * not know of is sent back as it was.
 */

/** A stored message, owned by a gate (`gateId`), a province (`province`, Contract C) or neither (national). */
export type StoredMessage = Message;
/** What a message PUT/POST takes. */
export type MessageBody = MessageInput;
export type Level = NonNullable<MessageInput['level']>;
/** Whose the message is: a gate's, a province's, or national (neither). */
export type OwnerKind = 'national' | 'province' | 'gate';
/** The texts of one language the editor shows. */
export const textFields = ['title', 'body', 'ticker'] as const;
export type TextField = (typeof textFields)[number];

export interface VariantForm {
  lang: string;
  title: string;
  body: string;
  ticker: string;
}

/** A message's rule for its values (data.json#/$defs/fieldOptions), as the contract types it. */
export type DataFieldOptions = NonNullable<Message['fieldOptions']>;
type DataStaleMode = DataFieldOptions['stale'];

/** What a screen does with the message's values past their age (data.json#/$defs/fieldOptions). */
export interface FieldOptionsForm {
  stale: DataStaleMode;
  maxAge: AgeForm;
  /** Per-path ages the editor does not show, kept as they were (a duplicate keeps them too). */
  fields?: DataFieldOptions['fields'];
}

/** The rule a message with fields and no fieldOptions of its own is given when saved: the player's own. */
export const defaultFieldOptions: DataFieldOptions = {
  stale: sharedDefault.stale,
  maxAgeSeconds: sharedDefault.maxAgeSeconds,
};

export interface MessageForm {
  name: string;
  owner: OwnerKind;
  gateId: string;
  province: string;
  /** Unset: the stored message had none (the server's default, normal); sent only once chosen. */
  level?: Level;
  /** In the order the editor shows them; a language with no text at all is not sent. */
  variants: VariantForm[];
  /** Shown and sent only while a text has a field ({{…}}). */
  fieldOptions: FieldOptionsForm;
}

/** The field options' form: the stored ones, else the default. */
export function fieldOptionsFormOf(options: DataFieldOptions | undefined): FieldOptionsForm {
  const { stale, maxAgeSeconds, fields } = options ?? defaultFieldOptions;
  return { stale, maxAge: ageFormOf(maxAgeSeconds), ...(fields ? { fields } : {}) };
}

/** Whether any text of the message holds a field (or the start of one). */
export const hasFields = (variants: readonly VariantForm[]): boolean =>
  variants.some((v) => textFields.some((field) => v[field].includes('{{')));

/** The owner of a stored message (a new one: the caller's default gate, or national without one). */
export function ownerOf(stored: Pick<StoredMessage, 'gateId' | 'province'> | undefined): OwnerKind {
  if (stored?.gateId) return 'gate';
  if (stored?.province) return 'province';
  return 'national';
}

/** An empty language to fill in. */
export const emptyVariant = (lang: string): VariantForm => ({ lang, title: '', body: '', ticker: '' });

/** The form of a stored message, or of a new one (Vietnamese first) owned by `defaults`. */
export function formOf(
  stored: StoredMessage | undefined,
  defaults: { gateId?: string; province?: string } = {},
): MessageForm {
  if (!stored) {
    const owner: OwnerKind = defaults.gateId ? 'gate' : defaults.province ? 'province' : 'national';
    return {
      name: '',
      owner,
      gateId: defaults.gateId ?? '',
      province: defaults.province ?? '',
      variants: [emptyVariant('vi')],
      fieldOptions: fieldOptionsFormOf(undefined),
    };
  }
  return {
    name: stored.name,
    owner: ownerOf(stored),
    gateId: stored.gateId ?? '',
    province: stored.province ?? '',
    ...(stored.level === undefined ? {} : { level: stored.level }),
    variants: Object.entries(stored.variants).map(([lang, v]) => ({
      lang,
      title: v.title ?? '',
      body: v.body ?? '',
      ticker: v.ticker ?? '',
    })),
    fieldOptions: fieldOptionsFormOf(stored.fieldOptions),
  };
}

/** The owner fields to send: as stored when the person left the owner alone, else the one chosen. */
function ownerBody(
  form: MessageForm,
  stored: StoredMessage | undefined,
): Pick<MessageBody, 'gateId' | 'province'> {
  if (stored) {
    const same =
      form.owner === ownerOf(stored) &&
      (form.owner !== 'gate' || form.gateId === stored.gateId) &&
      (form.owner !== 'province' || form.province === stored.province);
    if (same) {
      return {
        ...('gateId' in stored ? { gateId: stored.gateId ?? null } : {}),
        ...('province' in stored ? { province: stored.province ?? null } : {}),
      };
    }
  }
  switch (form.owner) {
    case 'gate':
      return { gateId: form.gateId };
    case 'province':
      return { province: form.province };
    case 'national':
      return { gateId: null };
  }
}

/** The variants to send: every text as typed (never trimmed or dropped), empty fields and languages left out. */
export function variantsOf(variants: readonly VariantForm[]): MessageBody['variants'] {
  const out: MessageBody['variants'] = {};
  for (const v of variants) {
    const texts = {
      ...(v.title === '' ? {} : { title: v.title }),
      ...(v.body === '' ? {} : { body: v.body }),
      ...(v.ticker === '' ? {} : { ticker: v.ticker }),
    };
    if (Object.keys(texts).length > 0) out[v.lang] = texts;
  }
  return out;
}

/** The body without field options: the stored fields the editor does not know of, then what the form holds. */
function baseOf(form: MessageForm, stored: StoredMessage | undefined): MessageBody {
  const known = new Set([
    'id',
    'createdAt',
    'updatedAt',
    'owner',
    'name',
    'gateId',
    'province',
    'level',
    'variants',
  ]);
  const rest = Object.fromEntries(Object.entries(stored ?? {}).filter(([key]) => !known.has(key)));
  return {
    ...(rest as Partial<MessageBody>),
    name: form.name,
    ...ownerBody(form, stored),
    ...(form.level === undefined ? {} : { level: form.level }),
    variants: variantsOf(form.variants),
  };
}

/** JSON with its keys in order: two bodies that say the same thing read the same. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * The body a save sends: the stored fields the editor does not know of, then what the form holds. A text
 * with fields carries field options: the stored ones while the person leaves them as shown, else those
 * shown (the default for a message that had none, once anything of it is changed: a message opened and
 * saved untouched goes back exactly as stored).
 */
export function bodyOf(form: MessageForm, stored: StoredMessage | undefined): MessageBody {
  const base = baseOf(form, stored);
  if (!hasFields(form.variants)) return base;
  const was = stored?.fieldOptions;
  const shown = form.fieldOptions;
  const asStored = stored !== undefined && sameFieldOptions(shown, fieldOptionsFormOf(was));
  if (asStored && (was !== undefined || canonical(base) === canonical(baseOf(formOf(stored), stored))))
    return base;
  const seconds = secondsOf(shown.maxAge, was?.maxAgeSeconds);
  return {
    ...base,
    fieldOptions: {
      ...(shown.fields ? { fields: shown.fields } : {}),
      stale: shown.stale,
      // Not a number: sent as typed for the server to refuse beside the field (the editor checks first).
      maxAgeSeconds: seconds ?? (shown.maxAge.amount as unknown as number),
    },
  };
}

/** Whether two field options forms show the same thing. */
export const sameFieldOptions = (a: FieldOptionsForm, b: FieldOptionsForm): boolean =>
  a.stale === b.stale && sameAge(a.maxAge, b.maxAge);

/** Languages as the message holds them now (for the missing-language check), as the server will see them. */
export function variantsNow(
  form: MessageForm,
): Record<string, { title?: string; body?: string; ticker?: string }> {
  return variantsOf(form.variants);
}

/** A text that is the same as another language's: likely pasted and not translated. */
export interface Untranslated {
  lang: string;
  field: TextField;
  sameAs: string;
}

const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every text identical to the same field of a language listed before it (the first one is the original). */
export function untranslatedTexts(variants: readonly VariantForm[]): Untranslated[] {
  const found: Untranslated[] = [];
  for (const field of textFields) {
    const seen = new Map<string, string>();
    for (const v of variants) {
      const text = comparable(v[field]);
      if (!text) continue;
      const first = seen.get(text);
      if (first === undefined) seen.set(text, v.lang);
      else found.push({ lang: v.lang, field, sameAs: first });
    }
  }
  return found;
}

/** A character no bundled font draws, with the field it is in. */
export interface UncoveredText {
  lang: string;
  field: TextField;
  chars: string[];
}

/** The characters no bundled font covers, field by field (language and title/body/ticker). */
export function uncoveredTexts(variants: readonly VariantForm[]): UncoveredText[] {
  const found: UncoveredText[] = [];
  for (const v of variants)
    for (const field of textFields) {
      const chars = uncoveredCharacters(v[field]);
      if (chars.length > 0) found.push({ lang: v.lang, field, chars });
    }
  return found;
}

/** The JSON pointer of a language's text field, as the server names it in an error. */
export const textPointer = (lang: string, field: TextField): string => `/variants/${lang}/${field}`;
