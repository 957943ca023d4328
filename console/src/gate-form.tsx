import { useRef, useState } from 'preact/hooks';
import type { Gate } from './api.ts';
import type { PageProps } from './app.tsx';
import { Dialog } from './dialog.tsx';
import { FieldError, fieldErrors, useFocusInvalid, type FieldErrors } from './field-error.tsx';
import { bodyOf, formOf, quietHoursHalf, type GateForm as Form } from './forms/gate.form.ts';
import { HoursEditor } from './gate-hours.tsx';
import { t } from './i18n.ts';

/** Adds a gate (no `gate`) or edits one: the facts every screen of the gate inherits. */
export function GateForm({
  api,
  gate,
  onClose,
}: Pick<PageProps, 'api'> & { gate: Gate | undefined; onClose: (saved: boolean) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(gate));
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState('');
  const saved = useRef(false);
  const ref = useRef<HTMLFormElement>(null);
  useFocusInvalid(ref, error);
  const errors = fieldErrors('gate-form', error);
  const set = (key: keyof Form) => (value: string) => {
    setForm((was) => ({ ...was, [key]: value }));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    // Quiet hours are both times or none: one alone has no meaning.
    if (quietHoursHalf(form)) {
      setNote(t('quietHoursBoth'));
      return;
    }
    setNote('');
    api.saveGate(bodyOf(form, gate), gate?.id).then(
      () => {
        saved.current = true;
        document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
      },
      (err: unknown) => {
        setError(err);
      },
    );
  };
  const heading = gate ? t('editGateFor', { name: gate.name }) : t('addGate');
  return (
    <Dialog
      labelledBy="gate-form-heading"
      onClose={() => {
        onClose(saved.current);
      }}
    >
      <form ref={ref} class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="gate-form-heading">{heading}</h2>
        <Field
          label={t('gateName')}
          value={form.name}
          set={set('name')}
          name="gate-name"
          errors={errors}
          pointer="/name"
        />
        <Field
          label={t('province')}
          value={form.province}
          set={set('province')}
          name="gate-province"
          errors={errors}
          pointer="/province"
        />
        <div class="row">
          <Field
            label={t('borderCountryCode')}
            value={form.borderCountry}
            set={set('borderCountry')}
            name="gate-country"
            errors={errors}
            pointer="/borderCountry"
          />
          <Field
            label={t('borderRegionLabel')}
            value={form.borderRegion}
            set={set('borderRegion')}
            name="gate-region"
            errors={errors}
            pointer="/borderRegion"
          />
        </div>
        <Field
          label={t('timeZone')}
          value={form.timeZone}
          set={set('timeZone')}
          name="gate-tz"
          errors={errors}
          pointer="/timeZone"
        />
        <div class="row">
          <Field
            label={t('latitude')}
            value={form.lat}
            set={set('lat')}
            name="gate-lat"
            inputMode="decimal"
            errors={errors}
            pointer="/location/lat"
          />
          <Field
            label={t('longitude')}
            value={form.lon}
            set={set('lon')}
            name="gate-lon"
            inputMode="decimal"
            errors={errors}
            pointer="/location/lon"
          />
        </div>
        <Field
          label={t('languagesList')}
          value={form.languages}
          set={set('languages')}
          name="gate-languages"
          errors={errors}
          pointer="/languages"
        />
        <label>
          {t('emergencyPolicy')}
          <select
            name="gate-policy"
            value={form.emergencyPolicy ?? 'second-approval'}
            onChange={(e) => {
              const emergencyPolicy =
                e.currentTarget.value === 'single-approver' ? 'single-approver' : 'second-approval';
              setForm((was) => ({ ...was, emergencyPolicy }));
            }}
          >
            <option value="second-approval">{t('policySecond')}</option>
            <option value="single-approver">{t('policySingle')}</option>
          </select>
        </label>
        <label>
          {t('gateDigits')}
          <select
            name="gate-digits"
            value={form.digits ?? 'latn'}
            aria-describedby="gate-digits-hint"
            {...errors.input('/digits')}
            onChange={(e) => {
              const digits = e.currentTarget.value === 'native' ? 'native' : 'latn';
              setForm((was) => ({ ...was, digits }));
            }}
          >
            <option value="latn">{t('gateDigitsLatn')}</option>
            <option value="native">{t('gateDigitsNative')}</option>
          </select>
          <FieldError errors={errors} pointer="/digits" />
        </label>
        <p id="gate-digits-hint" class="hint">
          {t('gateDigitsHint')}
        </p>
        <fieldset>
          <legend>{t('quietHours')}</legend>
          <div class="row">
            <Field
              label={t('from')}
              value={form.quietStart}
              set={set('quietStart')}
              name="quiet-start"
              type="time"
              errors={errors}
              pointer="/quietHours/start"
            />
            <Field
              label={t('until')}
              value={form.quietEnd}
              set={set('quietEnd')}
              name="quiet-end"
              type="time"
              errors={errors}
              pointer="/quietHours/end"
            />
          </div>
        </fieldset>
        <HoursEditor
          hours={form.hours}
          set={(hours) => {
            setForm(({ hours: _, ...was }) => (hours ? { ...was, hours } : was));
          }}
          errors={errors}
        />
        <p class="error" role="alert">
          {note ||
            errors.unplaced([
              '/name',
              '/province',
              '/borderCountry',
              '/borderRegion',
              '/timeZone',
              '/location',
              '/languages',
              '/quietHours',
              '/digits',
              '/hours',
            ]) ||
            ''}
        </p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('saveChanges')}
          </button>
          <button
            type="button"
            onClick={() => {
              document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
            }}
          >
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** A labelled text input: the label wraps the input, so it is named for assistive technology. */
export function Field({
  label,
  value,
  set,
  name,
  type = 'text',
  inputMode,
  errors,
  pointer,
}: {
  label: string;
  value: string;
  set: (v: string) => void;
  name: string;
  type?: 'text' | 'time' | 'number';
  inputMode?: 'decimal' | 'numeric';
  /** The last server error and the JSON pointer of this field: the error shows beside it. */
  errors?: FieldErrors;
  pointer?: string;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        // Preact types each input type separately; the three allowed here take the same attributes.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it (see above)
        type={type as 'text'}
        value={value}
        {...(inputMode ? { inputMode } : {})}
        {...(errors && pointer ? errors.input(pointer) : {})}
        onInput={(e) => {
          set(e.currentTarget.value);
        }}
      />
      {errors && pointer && <FieldError errors={errors} pointer={pointer} />}
    </label>
  );
}
