import { useRef, useState } from 'preact/hooks';
import type { DataApi, DataSource, StoredValue } from './data-api.ts';
import {
  emptyEntry,
  entryOf,
  entryPointer,
  type EntryField,
  type EntryForm,
  type EntryProblem,
} from './data-entry.form.ts';
import { dataErrorText, typeWord, unitWord, units, valueText, valueTypes } from './data-words.ts';
import { errorId, fieldErrors, useFocusInvalid, type FieldErrors } from './field-error.tsx';
import { lang, t, type MessageKey } from './i18n.ts';

const FORM = 'data-entry';
const placed = [
  '/values/0/path',
  '/values/0/type',
  '/values/0/value',
  '/values/0/currency',
  '/values/0/unit',
  '/values/0/observedAt',
];
const problemKey: Record<EntryProblem, MessageKey> = {
  required: 'reason_required',
  path: 'dataEntryBadPath',
  number: 'dataEntryBadNumber',
  currency: 'dataEntryBadCurrency',
  time: 'dataEntryBadTime',
};

/** The server's field errors, with the form's own checks (made before anything is sent) taking precedence. */
function withLocal(errors: FieldErrors, local: Partial<Record<EntryField, EntryProblem>>): FieldErrors {
  const localText = (pointer: string) => {
    const field = Object.keys(local).find((f) => entryPointer(f as EntryField) === pointer);
    const problem = field === undefined ? undefined : local[field as EntryField];
    return problem === undefined ? undefined : t(problemKey[problem]);
  };
  const any = Object.keys(local).length > 0;
  return {
    formId: errors.formId,
    at: (pointer) => (any ? localText(pointer) : errors.at(pointer)),
    input: (pointer) =>
      any
        ? localText(pointer) === undefined
          ? {}
          : { 'aria-invalid': 'true', 'aria-describedby': errorId(errors.formId, pointer) }
        : errors.input(pointer),
    unplaced: (pointers) => (any ? undefined : errors.unplaced(pointers)),
  };
}

/** A field's error text, right after it. */
function Problem({ errors, field }: { errors: FieldErrors; field: EntryField | 'type' | 'unit' }) {
  const pointer = entryPointer(field);
  const text = errors.at(pointer);
  return text === undefined ? null : (
    <span id={errorId(errors.formId, pointer)} class="error field-error" data-error-for={pointer}>
      {text}
    </span>
  );
}

/**
 * "Nhập giá trị": a value typed by an editor for a rate no feed publishes (the riel, the kip). The path is
 * offered from the source's own; picking one takes its type, currency and unit. The number is read as the
 * interface's language writes it and shown back as the boards will write it before it is sent; a jump
 * beyond the source's bound waits for another person, and the form says so.
 */
export function ValueEntry({
  data,
  source,
  known,
  zone,
  onEntered,
}: {
  data: DataApi;
  source: DataSource;
  known: readonly StoredValue[];
  zone: string | undefined;
  onEntered: () => void;
}) {
  const [form, setForm] = useState<EntryForm>(emptyEntry);
  const [local, setLocal] = useState<Partial<Record<EntryField, EntryProblem>>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const errors = withLocal(fieldErrors(FORM, error), local);
  useFocusInvalid(ref, error ?? (Object.keys(local).length > 0 ? local : undefined));
  const ui = lang();
  const parsed = entryOf(form, ui);
  const shown = 'value' in parsed ? valueText(parsed.value, zone) : undefined;

  const set = (patch: Partial<EntryForm>) => {
    setForm((was) => {
      const next = { ...was, ...patch };
      // A known path brings its type, currency and unit: the next value is of the same kind.
      const path = patch.path?.trim();
      const same = path === undefined ? undefined : known.find((v) => v.path === path);
      return same
        ? { ...next, type: same.type, currency: same.currency ?? next.currency, unit: same.unit ?? '' }
        : next;
    });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setSaid('');
    setError(undefined);
    const entry = entryOf(form, ui);
    if ('problems' in entry) {
      setLocal(entry.problems);
      return;
    }
    setLocal({});
    setBusy(true);
    data.enter(source.id, { values: [entry.value] }).then(
      (reply) => {
        setBusy(false);
        const [stored] = reply.values;
        const text = valueText(entry.value, zone);
        setSaid(
          stored === undefined
            ? t('dataEnteredAgain')
            : stored.state === 'held'
              ? t('dataEnteredHeld', { path: stored.path, value: text })
              : t('dataEntered', { path: stored.path, value: text }),
        );
        setForm((was) => ({ ...was, value: '', observed: '' }));
        onEntered();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const unplaced = errors.unplaced(placed);
  const valueInvalid = errors.input(entryPointer('value'));
  const listId = `${FORM}-paths`;
  return (
    <section aria-labelledby="data-entry-heading" class="data-entry">
      <h4 id="data-entry-heading">{t('dataEntryHeading')}</h4>
      <p class="hint">
        {t(source.boundPercent === undefined ? 'dataEntryHint' : 'dataEntryHintBound', {
          n: source.boundPercent ?? 0,
        })}
      </p>
      <form ref={ref} id={FORM} class="cap-rule" noValidate onSubmit={submit}>
        <div class="row">
          <label>
            {t('dataEntryPath')}
            <input
              name="entry-path"
              list={listId}
              spellcheck={false}
              autocomplete="off"
              translate={false}
              value={form.path}
              onInput={(e) => {
                set({ path: e.currentTarget.value });
              }}
              {...errors.input(entryPointer('path'))}
            />
            <datalist id={listId}>
              {known.map((v) => (
                <option key={v.path} value={v.path} />
              ))}
            </datalist>
            <Problem errors={errors} field="path" />
          </label>
          <label>
            {t('dataEntryType')}
            <select
              name="entry-type"
              value={form.type}
              onChange={(e) => {
                const type = valueTypes.find((v) => v === e.currentTarget.value) ?? 'money';
                set({ type, value: '' });
              }}
              {...errors.input(entryPointer('type'))}
            >
              {valueTypes.map((v) => (
                <option key={v} value={v}>
                  {typeWord(v)}
                </option>
              ))}
            </select>
            <Problem errors={errors} field="type" />
          </label>
        </div>
        <div class="row">
          <label>
            {t('dataEntryValue')}
            {form.type === 'time' ? (
              <input
                name="entry-value"
                type="datetime-local"
                value={form.value}
                onInput={(e) => {
                  set({ value: e.currentTarget.value });
                }}
                {...errors.input(entryPointer('value'))}
              />
            ) : (
              <input
                name="entry-value"
                inputMode={form.type === 'text' ? 'text' : 'decimal'}
                autocomplete="off"
                value={form.value}
                onInput={(e) => {
                  set({ value: e.currentTarget.value });
                }}
                {...valueInvalid}
                aria-describedby={[valueInvalid['aria-describedby'], `${FORM}-shown`]
                  .filter(Boolean)
                  .join(' ')}
              />
            )}
            <Problem errors={errors} field="value" />
            <span id={`${FORM}-shown`} class="hint" data-entry-shown>
              {form.type === 'text' || form.type === 'time'
                ? ''
                : shown === undefined
                  ? t('dataEntryNumberHint')
                  : t('dataEntryShown', { value: shown })}
            </span>
          </label>
          {form.type === 'money' && (
            <label>
              {t('dataEntryCurrency')}
              <input
                name="entry-currency"
                maxLength={3}
                autocapitalize="characters"
                spellcheck={false}
                translate={false}
                value={form.currency}
                onInput={(e) => {
                  set({ currency: e.currentTarget.value.toUpperCase() });
                }}
                {...errors.input(entryPointer('currency'))}
              />
              <Problem errors={errors} field="currency" />
            </label>
          )}
          {form.type === 'number' && (
            <label>
              {t('dataEntryUnit')}
              <select
                name="entry-unit"
                value={form.unit}
                onChange={(e) => {
                  set({ unit: units.find((u) => u === e.currentTarget.value) ?? '' });
                }}
                {...errors.input(entryPointer('unit'))}
              >
                <option value="">{t('dataUnitNone')}</option>
                {units.map((u) => (
                  <option key={u} value={u}>
                    {unitWord(u)}
                  </option>
                ))}
              </select>
              <Problem errors={errors} field="unit" />
            </label>
          )}
          <label>
            {t('dataEntryObserved')}
            <input
              name="entry-observed"
              type="datetime-local"
              value={form.observed}
              onInput={(e) => {
                set({ observed: e.currentTarget.value });
              }}
              {...errors.input(entryPointer('observedAt'))}
            />
            <Problem errors={errors} field="observedAt" />
          </label>
        </div>
        <p class="error" role="alert" hidden={!unplaced}>
          {unplaced ? dataErrorText(error) : ''}
        </p>
        <p class="success" role="status" data-entry-status>
          {said}
        </p>
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            {t('dataEntrySend')}
          </button>
        </div>
      </form>
    </section>
  );
}
