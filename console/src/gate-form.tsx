import { useRef, useState } from 'preact/hooks';
import { fieldsOf, type Gate } from './api.ts';
import type { PageProps } from './app.tsx';
import { Dialog } from './dialog.tsx';
import { errorText, t } from './i18n.ts';
import { formatList, parseList } from './list-field.ts';

/** Adds a gate (no `gate`) or edits one: the facts every screen of the gate inherits. */
export function GateForm({
  api,
  gate,
  onClose,
}: Pick<PageProps, 'api'> & { gate: Gate | undefined; onClose: (saved: boolean) => void }) {
  const [name, setName] = useState(gate?.name ?? '');
  const [province, setProvince] = useState(gate?.province ?? '');
  const [country, setCountry] = useState(gate?.borderCountry ?? 'KH');
  const [region, setRegion] = useState(gate?.borderRegion ?? '');
  const [timeZone, setTimeZone] = useState(gate?.timeZone ?? 'Asia/Ho_Chi_Minh');
  const [lat, setLat] = useState(String(gate?.location.lat ?? ''));
  const [lon, setLon] = useState(String(gate?.location.lon ?? ''));
  const [languages, setLanguages] = useState(formatList(gate?.languages ?? ['vi', 'en']));
  const [policy, setPolicy] = useState(gate?.emergencyPolicy ?? 'second-approval');
  const [quietStart, setQuietStart] = useState(gate?.quietHours?.start ?? '');
  const [quietEnd, setQuietEnd] = useState(gate?.quietHours?.end ?? '');
  const [error, setError] = useState('');
  const saved = useRef(false);

  const submit = (event: Event) => {
    event.preventDefault();
    // Quiet hours are both times or none: one alone has no meaning.
    if (Boolean(quietStart) !== Boolean(quietEnd)) {
      setError(t('quietHoursBoth'));
      return;
    }
    const body = {
      ...fieldsOf(gate),
      name: name.trim(),
      province: province.trim(),
      borderCountry: country.trim().toUpperCase(),
      ...(region.trim() ? { borderRegion: region.trim() } : { borderRegion: undefined }),
      timeZone: timeZone.trim(),
      location: { lat: Number(lat), lon: Number(lon) },
      languages: parseList(languages),
      emergencyPolicy: policy,
      quietHours: quietStart && quietEnd ? { start: quietStart, end: quietEnd } : undefined,
    };
    api.saveGate(body, gate?.id).then(
      () => {
        saved.current = true;
        document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
      },
      (err: unknown) => {
        setError(errorText(err));
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
      <form class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="gate-form-heading">{heading}</h2>
        <Field label={t('gateName')} value={name} set={setName} name="gate-name" />
        <Field label={t('province')} value={province} set={setProvince} name="gate-province" />
        <div class="row">
          <Field label={t('borderCountryCode')} value={country} set={setCountry} name="gate-country" />
          <Field label={t('borderRegionLabel')} value={region} set={setRegion} name="gate-region" />
        </div>
        <Field label={t('timeZone')} value={timeZone} set={setTimeZone} name="gate-tz" />
        <div class="row">
          <Field label={t('latitude')} value={lat} set={setLat} name="gate-lat" inputMode="decimal" />
          <Field label={t('longitude')} value={lon} set={setLon} name="gate-lon" inputMode="decimal" />
        </div>
        <Field label={t('languagesList')} value={languages} set={setLanguages} name="gate-languages" />
        <label>
          {t('emergencyPolicy')}
          <select
            name="gate-policy"
            value={policy}
            onChange={(e) => {
              setPolicy(e.currentTarget.value === 'single-approver' ? 'single-approver' : 'second-approval');
            }}
          >
            <option value="second-approval">{t('policySecond')}</option>
            <option value="single-approver">{t('policySingle')}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('quietHours')}</legend>
          <div class="row">
            <Field label={t('from')} value={quietStart} set={setQuietStart} name="quiet-start" type="time" />
            <Field label={t('until')} value={quietEnd} set={setQuietEnd} name="quiet-end" type="time" />
          </div>
        </fieldset>
        <p class="error" role="alert">
          {error}
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
}: {
  label: string;
  value: string;
  set: (v: string) => void;
  name: string;
  type?: 'text' | 'time' | 'number';
  inputMode?: 'decimal' | 'numeric';
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
        onInput={(e) => {
          set(e.currentTarget.value);
        }}
      />
    </label>
  );
}
