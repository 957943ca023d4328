import type { Gate } from './api.ts';
import { FieldError, type FieldErrors } from './field-error.tsx';
import { t } from './i18n.ts';

/** A list with `value` in it (last) or out of it. */
export const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** A group of checkboxes over a list of values, each by its name. */
export function Checks<T extends string>({
  legend,
  name,
  values,
  chosen,
  word,
  onChange,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  chosen: readonly T[];
  word: (v: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset class="cap-checks" data-checks={name}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="check">
          <input
            type="checkbox"
            name={`${name}-${v}`}
            checked={chosen.includes(v)}
            onChange={(e) => {
              onChange(toggle(chosen, v, e.currentTarget.checked));
            }}
          />
          {word(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** Where a source reaches, as its form holds it: the whole country, or chosen provinces and gates. */
export interface ScopeChoice {
  wholeCountry: boolean;
  provinces: string[];
  gates: string[];
}

/**
 * Where an alert or data source may reach (as for a person): the whole country, or chosen provinces and
 * gates. `name` prefixes the controls' names (`<name>-scope-kind`, `<name>-province-…`, `<name>-gate-…`).
 */
export function SourceScopeFields({
  name,
  hint,
  form,
  gates,
  errors,
  set,
}: {
  name: string;
  hint: string;
  form: ScopeChoice;
  gates: readonly Gate[];
  errors: FieldErrors;
  set: (patch: Partial<ScopeChoice>) => void;
}) {
  const provinces = [...new Set(gates.map((g) => g.province))].sort((a, b) => a.localeCompare(b, 'vi'));
  return (
    <fieldset class="role-checks" {...errors.input('/scope')}>
      <legend>{t('srcScope')}</legend>
      <p class="hint">{hint}</p>
      {([true, false] as const).map((whole) => (
        <label key={String(whole)} class="check">
          <input
            type="radio"
            name={`${name}-scope-kind`}
            checked={form.wholeCountry === whole}
            onChange={() => {
              set({ wholeCountry: whole });
            }}
          />
          {t(whole ? 'pScopeNationalChoice' : 'pScopeListed')}
        </label>
      ))}
      {!form.wholeCountry && (
        <>
          <Checks
            legend={t('pProvinces')}
            name={`${name}-province`}
            values={provinces}
            chosen={form.provinces}
            word={(p) => p}
            onChange={(next) => {
              set({ provinces: next });
            }}
          />
          <Checks
            legend={t('pGates')}
            name={`${name}-gate`}
            values={gates.map((g) => g.id)}
            chosen={form.gates}
            word={(id) => gates.find((g) => g.id === id)?.name ?? id}
            onChange={(next) => {
              set({ gates: next });
            }}
          />
        </>
      )}
      <FieldError errors={errors} pointer="/scope" />
    </fieldset>
  );
}
