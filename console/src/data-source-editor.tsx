import { useRef, useState } from 'preact/hooks';
import type { Gate } from './api.ts';
import { ageProblem } from './data-age.ts';
import type { DataApi, DataSource, DataSourceWithToken } from './data-api.ts';
import { bodyOf, formOf, type DataSourceForm } from './data-source.form.ts';
import { PullFields, Text } from './data-source-pull.tsx';
import { ageProblemText, dataErrorText, kinds } from './data-words.ts';
import { errorPointer, FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import { t, type MessageKey } from './i18n.ts';
import { SourceScopeFields } from './scope-fields.tsx';

const FORM = 'data-source-form';
// Where the form shows a refusal (all of /pull in its part: PullFields); anything else in the status line.
const placed = ['/name', '/kind', '/pull', '/scope', '/maxAgeSeconds', '/boundPercent', '/enabled'];
const kindLong: Record<DataSourceForm['kind'], MessageKey> = {
  pull: 'dataKindPullLong',
  push: 'dataKindPushLong',
};

/**
 * Registers a data source or changes one (administrators): its name, how values arrive (read by Gatecast
 * from an address every few minutes or on a cron pattern, through a ready reader or the source's own field
 * mapping, or sent by the source with its own token), the gates it serves, how
 * old its values may be, the jump that waits for an approver, and whether it is in use. A new push source's
 * token is shown once, by the page.
 */
export function DataSourceEditor({
  data,
  gates,
  stored: initial,
  onSaved,
  onCreated,
  onClose,
}: {
  data: DataApi;
  gates: readonly Gate[];
  stored: DataSource | undefined;
  onSaved: () => void;
  onCreated: (made: DataSourceWithToken) => void;
  onClose: () => void;
}) {
  const [stored, setStored] = useState(initial);
  const [form, setForm] = useState<DataSourceForm>(() => formOf(initial));
  const [error, setError] = useState<unknown>(undefined);
  const [ageError, setAgeError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFormFocus(ref, initial?.id ?? 'new');
  useFocusInvalid(ref, error);
  const errors = fieldErrors(FORM, error);
  const set = (patch: Partial<DataSourceForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = ageProblem(form.maxAge, stored?.maxAgeSeconds);
    setAgeError(ageProblemText(problem));
    if (problem) {
      ref.current?.querySelector<HTMLElement>('[name="data-max-age"]')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    setStatus('');
    const body = bodyOf(form, stored);
    const done = (saved: DataSource, text: MessageKey) => {
      setBusy(false);
      setStored(saved);
      setForm(formOf(saved));
      setStatus(t(text));
      onSaved();
    };
    const failed = (err: unknown) => {
      setBusy(false);
      setError(err);
    };
    if (stored)
      data.updateSource(stored.id, body).then((saved) => {
        done(saved, 'dataSaved');
      }, failed);
    else
      data.createSource(body).then((made) => {
        done(made.source, 'dataCreated');
        onCreated(made);
      }, failed);
  };

  const headingId = 'data-source-heading';
  const ageId = `${FORM}-age-error`;
  const serverAge = errors.input('/maxAgeSeconds');
  return (
    <section class="editor" aria-labelledby={headingId} data-editor="data-source">
      <h3 id={headingId}>{stored ? t('dataEditHeading', { name: stored.name }) : t('dataNew')}</h3>
      <form ref={ref} id={FORM} class="cap-rule" noValidate onSubmit={submit}>
        <Text
          label={t('dataFieldName')}
          name="data-name"
          value={form.name}
          pointer="/name"
          errors={errors}
          onInput={(name) => {
            set({ name });
          }}
        />
        <fieldset class="cap-checks" {...errors.input('/kind')}>
          <legend>{t('dataFieldKind')}</legend>
          {kinds.map((kind) => (
            <label key={kind} class="check">
              <input
                type="radio"
                name="data-kind"
                value={kind}
                checked={form.kind === kind}
                onChange={() => {
                  set({ kind });
                }}
              />
              {t(kindLong[kind])}
            </label>
          ))}
          <FieldError errors={errors} pointer="/kind" />
        </fieldset>
        {form.kind === 'pull' && (
          <PullFields form={form} stored={stored} errors={errors} path={errorPointer(error)} set={set} />
        )}
        <SourceScopeFields
          name="data"
          hint={t(
            form.kind === 'pull' && form.adapter === 'open-meteo-json'
              ? 'dataScopeWeatherHint'
              : 'dataScopeHint',
          )}
          form={form}
          gates={gates}
          errors={errors}
          set={set}
        />
        <div class="row">
          <label>
            {t('dataMaxAge')}
            <input
              name="data-max-age"
              inputMode="decimal"
              value={form.maxAge.amount}
              onInput={(e) => {
                setAgeError('');
                set({ maxAge: { ...form.maxAge, amount: e.currentTarget.value } });
              }}
              {...(ageError ? { 'aria-invalid': 'true' as const, 'aria-describedby': ageId } : serverAge)}
            />
            {ageError ? (
              <span id={ageId} class="error field-error">
                {ageError}
              </span>
            ) : (
              <FieldError errors={errors} pointer="/maxAgeSeconds" />
            )}
          </label>
          <label>
            {t('fieldsMaxAgeUnit')}
            <select
              name="data-max-age-unit"
              value={form.maxAge.unit}
              onChange={(e) => {
                setAgeError('');
                set({
                  maxAge: { ...form.maxAge, unit: e.currentTarget.value === 'hours' ? 'hours' : 'minutes' },
                });
              }}
            >
              <option value="minutes">{t('ageUnitMinutes')}</option>
              <option value="hours">{t('ageUnitHours')}</option>
            </select>
          </label>
          <label>
            {t('dataFieldBound')}
            <input
              name="data-bound"
              inputMode="decimal"
              value={form.boundPercent}
              aria-describedby={`${FORM}-bound-hint`}
              onInput={(e) => {
                set({ boundPercent: e.currentTarget.value });
              }}
              {...errors.input('/boundPercent')}
            />
            <span id={`${FORM}-bound-hint`} class="hint">
              {t('dataFieldBoundHint')}
            </span>
            <FieldError errors={errors} pointer="/boundPercent" />
          </label>
        </div>
        <label class="check">
          <input
            type="checkbox"
            name="data-enabled"
            checked={form.enabled}
            onChange={(e) => {
              set({ enabled: e.currentTarget.checked });
            }}
          />
          {t('dataFieldEnabled')}
        </label>
        <p class="error" role="alert" hidden={!errors.unplaced(placed)}>
          {error === undefined || !errors.unplaced(placed) ? '' : dataErrorText(error)}
        </p>
        <p class="success" role="status">
          {status}
        </p>
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            {stored ? t('dataSave') : t('dataCreate')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </section>
  );
}
