import { parseFields, type FieldProblemReason } from '../../shared/data.fields.ts';
import type { AgeUnit } from './data-age.ts';
import { FieldError, type FieldErrors } from './field-error.tsx';
import { textFields, type FieldOptionsForm, type VariantForm } from './forms/message.form.ts';
import { t, type MessageKey } from './i18n.ts';

/**
 * The message editor's live-data parts: the malformed {{fields}} of a text, in words under its field, and
 * the "Trường dữ liệu" section (what a screen does with a value past its age, and that age), shown while a
 * text holds a field.
 */

const problemKey: Record<FieldProblemReason, MessageKey> = {
  unclosed: 'fieldProblemUnclosed',
  unopened: 'fieldProblemUnopened',
  empty: 'fieldProblemEmpty',
  bad_path: 'fieldProblemPath',
  bad_format: 'fieldProblemFormat',
};
const FORMAT_WORDS = 'symbol, code, plain, 0–4, time, date, datetime';
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** The malformed fields of a text (none: an empty list; a text without braces is not parsed). */
export const fieldProblems = (text: string) =>
  text.includes('{{') || text.includes('}}') ? parseFields(text).problems : [];

/** Whether any text of the message has a malformed field (submission waits until none has). */
export const anyFieldProblem = (variants: readonly VariantForm[]): boolean =>
  variants.some((v) => textFields.some((field) => fieldProblems(v[field]).length > 0));

/** The paths the texts name, each once, in the order they first appear. */
export function fieldPaths(variants: readonly VariantForm[]): string[] {
  const paths: string[] = [];
  for (const v of variants)
    for (const field of textFields)
      if (v[field].includes('{{'))
        for (const f of parseFields(v[field]).fields) if (!paths.includes(f.path)) paths.push(f.path);
  return paths;
}

/** Each malformed field of one text, said in words with the piece of text it is (marked as code). */
export function FieldProblems({ id, text }: { id: string; text: string }) {
  const problems = fieldProblems(text);
  if (problems.length === 0) return null;
  return (
    <span id={id} class="error small field-problems" data-field-problems={problems.length}>
      {problems.map((p) => (
        <span key={`${p.start}-${p.reason}`} class="field-problem" data-reason={p.reason}>
          {t(problemKey[p.reason])}{' '}
          <code lang="zxx" translate={false}>
            {clip(text.slice(p.start, p.end))}
          </code>
          {p.reason === 'bad_format' && (
            <>
              {' '}
              {t('fieldProblemFormatWords')}{' '}
              <code lang="zxx" translate={false}>
                {FORMAT_WORDS}
              </code>
            </>
          )}
        </span>
      ))}
    </span>
  );
}

/** "Trường dữ liệu": the fields the texts name, what a screen does past their age, and that age. */
export function FieldOptionsFields({
  formId,
  value,
  paths,
  errors,
  ageError,
  onChange,
}: {
  formId: string;
  value: FieldOptionsForm;
  paths: readonly string[];
  errors: FieldErrors;
  /** The editor's own check of the age (before anything is sent), else empty. */
  ageError: string;
  onChange: (next: FieldOptionsForm) => void;
}) {
  const ageId = `${formId}-fields-age-error`;
  const serverAge = errors.input('/fieldOptions/maxAgeSeconds');
  const ageInvalid = ageError !== '' || serverAge['aria-invalid'] !== undefined;
  const describedBy = ageError ? ageId : serverAge['aria-describedby'];
  return (
    <section class="checks message-fields" aria-labelledby={`${formId}-fields-heading`} data-check="fields">
      <h4 id={`${formId}-fields-heading`}>{t('fieldsHeading')}</h4>
      <p class="hint">{t('fieldsHint')}</p>
      {paths.length > 0 && (
        <p class="small" data-field-paths>
          {t('fieldsFound')}{' '}
          {paths.map((p) => (
            <code key={p} class="chip" lang="zxx" translate={false}>
              {p}
            </code>
          ))}
        </p>
      )}
      <fieldset class="cap-checks" {...errors.input('/fieldOptions/stale')}>
        <legend>{t('fieldsStaleLegend')}</legend>
        {(['hide', 'as-of'] as const).map((mode) => (
          <label key={mode} class="check">
            <input
              type="radio"
              name="fields-stale"
              value={mode}
              checked={value.stale === mode}
              onChange={() => {
                onChange({ ...value, stale: mode });
              }}
            />
            {t(mode === 'hide' ? 'fieldsStaleHide' : 'fieldsStaleAsOf')}
          </label>
        ))}
        <FieldError errors={errors} pointer="/fieldOptions/stale" />
      </fieldset>
      <div class="row">
        <label>
          {t('fieldsMaxAge')}
          <input
            name="fields-max-age"
            inputMode="decimal"
            value={value.maxAge.amount}
            {...(ageInvalid ? { 'aria-invalid': 'true' as const } : {})}
            {...(describedBy ? { 'aria-describedby': describedBy } : {})}
            onInput={(e) => {
              onChange({ ...value, maxAge: { ...value.maxAge, amount: e.currentTarget.value } });
            }}
          />
          {ageError ? (
            <span id={ageId} class="error field-error">
              {ageError}
            </span>
          ) : (
            <FieldError errors={errors} pointer="/fieldOptions/maxAgeSeconds" />
          )}
        </label>
        <label>
          {t('fieldsMaxAgeUnit')}
          <select
            name="fields-max-age-unit"
            value={value.maxAge.unit}
            onChange={(e) => {
              const unit = e.currentTarget.value === 'hours' ? 'hours' : 'minutes';
              onChange({ ...value, maxAge: { ...value.maxAge, unit: unit satisfies AgeUnit } });
            }}
          >
            <option value="minutes">{t('ageUnitMinutes')}</option>
            <option value="hours">{t('ageUnitHours')}</option>
          </select>
        </label>
      </div>
    </section>
  );
}
