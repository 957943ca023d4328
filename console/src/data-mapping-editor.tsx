import { useEffect, useRef, useState } from 'preact/hooks';
import {
  decimals,
  newRow,
  numeric,
  observedFormats,
  type Decimal,
  type MappingRow,
  type ObservedFormat,
} from './data-mapping.form.ts';
import type { DataSourceForm } from './data-source.form.ts';
import { typeWord, units, unitWord, valueTypes, type Unit, type ValueType } from './data-words.ts';
import { errorId, FieldError, isAt, type FieldErrors } from './field-error.tsx';
import { t, type MessageKey } from './i18n.ts';

const decimalKey: Record<Decimal, MessageKey> = { '.': 'dataDecimalPoint', ',': 'dataDecimalComma' };
const formatKey: Record<ObservedFormat, MessageKey> = {
  iso: 'dataObservedIso',
  'epoch-s': 'dataObservedEpochS',
  'epoch-ms': 'dataObservedEpochMs',
};
const pick = <T extends string>(list: readonly T[], value: string, otherwise: T): T =>
  list.find((v) => v === value) ?? otherwise;

/** An error under `prefix` that none of `shown` claims, in words (undefined: none, or one that is placed). */
function leftOver(errors: FieldErrors, path: string | undefined, prefix: string, shown: readonly string[]) {
  if (path === undefined || !isAt(path, prefix) || shown.some((p) => isAt(path, p))) return undefined;
  return errors.at(prefix);
}

/** A text input of the mapping (a path, a place, a code: not words to translate), with its error beside it. */
function RowText({
  label,
  name,
  value,
  pointer,
  errors,
  onInput,
}: {
  label: string;
  name: string;
  value: string;
  pointer: string;
  errors: FieldErrors;
  onInput: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        value={value}
        spellcheck={false}
        autocapitalize="off"
        translate={false}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
        {...errors.input(pointer)}
      />
      <FieldError errors={errors} pointer={pointer} />
    </label>
  );
}

/** One field of the mapping: its path, type (unit or currency), place in the document and decimal mark. */
function Row({
  row,
  index,
  errors,
  path,
  removable,
  change,
  remove,
}: {
  row: MappingRow;
  index: number;
  errors: FieldErrors;
  path: string | undefined;
  removable: boolean;
  change: (patch: Partial<MappingRow>) => void;
  remove: () => void;
}) {
  const at = `/pull/fields/${index}`;
  const n = index + 1;
  const shown = [
    `${at}/path`,
    `${at}/type`,
    `${at}/select`,
    ...(row.type === 'number' ? [`${at}/unit`] : []),
    ...(row.type === 'money' ? [`${at}/currency`] : []),
    ...(numeric(row.type) ? [`${at}/decimal`] : []),
  ];
  const rest = leftOver(errors, path, at, shown);
  return (
    <fieldset class="data-mapping-row" data-mapping-row={index}>
      <legend>{t('dataMappingRow', { n })}</legend>
      <div class="row">
        <RowText
          label={t('dataEntryPath')}
          name={`data-field-path-${index}`}
          value={row.path}
          pointer={`${at}/path`}
          errors={errors}
          onInput={(value) => {
            change({ path: value });
          }}
        />
        <label>
          {t('dataEntryType')}
          <select
            name={`data-field-type-${index}`}
            value={row.type}
            onChange={(e) => {
              const type: ValueType = pick(valueTypes, e.currentTarget.value, row.type);
              // Money needs its currency: the Vietnamese đồng until another is typed.
              change({ type, ...(type === 'money' && row.currency === '' ? { currency: 'VND' } : {}) });
            }}
            {...errors.input(`${at}/type`)}
          >
            {valueTypes.map((type) => (
              <option key={type} value={type}>
                {typeWord(type)}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer={`${at}/type`} />
        </label>
        {row.type === 'number' && (
          <label>
            {t('dataEntryUnit')}
            <select
              name={`data-field-unit-${index}`}
              value={row.unit}
              onChange={(e) => {
                const unit: Unit | '' = pick(['', ...units], e.currentTarget.value, row.unit);
                change({ unit });
              }}
              {...errors.input(`${at}/unit`)}
            >
              <option value="">{t('dataUnitNone')}</option>
              {units.map((unit) => (
                <option key={unit} value={unit}>
                  {unitWord(unit)}
                </option>
              ))}
            </select>
            <FieldError errors={errors} pointer={`${at}/unit`} />
          </label>
        )}
        {row.type === 'money' && (
          <RowText
            label={t('dataEntryCurrency')}
            name={`data-field-currency-${index}`}
            value={row.currency}
            pointer={`${at}/currency`}
            errors={errors}
            onInput={(value) => {
              change({ currency: value });
            }}
          />
        )}
      </div>
      <div class="row">
        <RowText
          label={t('dataMappingSelect')}
          name={`data-field-select-${index}`}
          value={row.select}
          pointer={`${at}/select`}
          errors={errors}
          onInput={(value) => {
            change({ select: value });
          }}
        />
        {numeric(row.type) && (
          <label>
            {t('dataMappingDecimal')}
            <select
              name={`data-field-decimal-${index}`}
              value={row.decimal}
              onChange={(e) => {
                change({ decimal: pick(decimals, e.currentTarget.value, row.decimal) });
              }}
              {...errors.input(`${at}/decimal`)}
            >
              {decimals.map((mark) => (
                <option key={mark} value={mark}>
                  {t(decimalKey[mark])}
                </option>
              ))}
            </select>
            <FieldError errors={errors} pointer={`${at}/decimal`} />
          </label>
        )}
      </div>
      {rest !== undefined && (
        <span id={errorId(errors.formId, at)} class="error field-error" data-error-for={at}>
          {rest}
        </span>
      )}
      {removable && (
        <button type="button" onClick={remove}>
          {t('dataMappingRemove', { n })}
        </button>
      )}
    </fieldset>
  );
}

/**
 * A json or xml source's fields (add, change, remove rows) and where its document dates its values. Every
 * refusal the server places in the mapping (a selector that does not parse, a path read twice, a missing
 * currency) is shown at its row and field.
 */
export function MappingFields({
  form,
  errors,
  path,
  set,
}: {
  form: DataSourceForm;
  errors: FieldErrors;
  /** The JSON pointer of the last refusal, if it names one. */
  path: string | undefined;
  set: (patch: Partial<DataSourceForm>) => void;
}) {
  const box = useRef<HTMLFieldSetElement>(null);
  // After a row is added its path takes the focus; after one is removed, the button that adds one.
  const [focus, setFocus] = useState<{ name: string } | undefined>(undefined);
  useEffect(() => {
    if (focus) box.current?.querySelector<HTMLElement>(`[name="${focus.name}"]`)?.focus();
  }, [focus]);
  const rows = form.fields;
  const change = (key: number, patch: Partial<MappingRow>) => {
    set({ fields: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  };
  const hintId = `${errors.formId}-mapping-hint`;
  const listError = path === '/pull/fields' ? errors.at('/pull/fields') : undefined;
  const observedRest = leftOver(errors, path, '/pull/observedAt', [
    '/pull/observedAt/select',
    '/pull/observedAt/format',
  ]);
  return (
    <>
      <fieldset ref={box} class="data-mapping" aria-describedby={hintId} data-mapping>
        <legend>{t('dataMappingLegend')}</legend>
        <p id={hintId} class="hint">
          {t('dataMappingHint')} {t('dataCronExample')}{' '}
          <code lang="zxx" translate={false}>
            lanes[id=passengers]/wait
          </code>
          ,{' '}
          <code lang="zxx" translate={false}>
            ExrateList/Exrate[@CurrencyCode=USD]/@Sell
          </code>
          .
        </p>
        {rows.length === 0 && <p class="empty">{t('dataMappingNone')}</p>}
        {rows.map((row, index) => (
          <Row
            key={row.key}
            row={row}
            index={index}
            errors={errors}
            path={path}
            removable={rows.length > 1}
            change={(patch) => {
              change(row.key, patch);
            }}
            remove={() => {
              set({ fields: rows.filter((r) => r.key !== row.key) });
              setFocus({ name: 'data-field-add' });
            }}
          />
        ))}
        {listError !== undefined && (
          <span
            id={errorId(errors.formId, '/pull/fields')}
            class="error field-error"
            data-error-for="/pull/fields"
          >
            {listError}
          </span>
        )}
        <button
          type="button"
          name="data-field-add"
          onClick={() => {
            set({ fields: [...rows, newRow(rows)] });
            setFocus({ name: `data-field-path-${rows.length}` });
          }}
        >
          {t('dataMappingAdd')}
        </button>
      </fieldset>
      <fieldset class="data-mapping-observed" data-observed>
        <legend>{t('dataObservedLegend')}</legend>
        <div class="row">
          <RowText
            label={t('dataObservedSelect')}
            name="data-observed-select"
            value={form.observedSelect}
            pointer="/pull/observedAt/select"
            errors={errors}
            onInput={(observedSelect) => {
              set({ observedSelect });
            }}
          />
          <label>
            {t('dataObservedFormat')}
            <select
              name="data-observed-format"
              value={form.observedFormat}
              onChange={(e) => {
                set({ observedFormat: pick(observedFormats, e.currentTarget.value, form.observedFormat) });
              }}
              {...errors.input('/pull/observedAt/format')}
            >
              {observedFormats.map((format) => (
                <option key={format} value={format}>
                  {t(formatKey[format])}
                </option>
              ))}
            </select>
            <FieldError errors={errors} pointer="/pull/observedAt/format" />
          </label>
        </div>
        {observedRest !== undefined && (
          <span
            id={errorId(errors.formId, '/pull/observedAt')}
            class="error field-error"
            data-error-for="/pull/observedAt"
          >
            {observedRest}
          </span>
        )}
      </fieldset>
    </>
  );
}
