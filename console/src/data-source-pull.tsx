import type { DataSource } from './data-api.ts';
import { MappingFields } from './data-mapping-editor.tsx';
import { newRow } from './data-mapping.form.ts';
import type { DataSourceForm } from './data-source.form.ts';
import {
  adapterExample,
  adapterName,
  adapters,
  adapterWord,
  mapped,
  mappedAdapters,
  type Adapter,
} from './data-words.ts';
import { errorId, FieldError, isAt, type FieldErrors } from './field-error.tsx';
import { t } from './i18n.ts';

/** A text field of the source form, with its error beside it. */
export function Text({
  label,
  name,
  value,
  pointer,
  errors,
  numeric,
  onInput,
}: {
  label: string;
  name: string;
  value: string;
  pointer: string;
  errors: FieldErrors;
  numeric?: boolean;
  onInput: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        {...(numeric ? { inputMode: 'decimal' as const } : {})}
        value={value}
        onInput={(e) => {
          onInput(e.currentTarget.value);
        }}
        {...errors.input(pointer)}
      />
      <FieldError errors={errors} pointer={pointer} />
    </label>
  );
}

/** Every minutes, or at the times of a cron pattern on Vietnam's clock (with how to write one). */
function Schedule({
  form,
  errors,
  set,
}: {
  form: DataSourceForm;
  errors: FieldErrors;
  set: (patch: Partial<DataSourceForm>) => void;
}) {
  const hintId = `${errors.formId}-cron-hint`;
  return (
    <fieldset class="cap-rule data-schedule" data-schedule>
      <legend>{t('dataScheduleLegend')}</legend>
      <div class="cap-checks">
        {(['every', 'cron'] as const).map((schedule) => (
          <label key={schedule} class="check">
            <input
              type="radio"
              name="data-schedule"
              value={schedule}
              checked={form.schedule === schedule}
              onChange={() => {
                set({ schedule });
              }}
            />
            {t(schedule === 'every' ? 'dataScheduleEvery' : 'dataScheduleCron')}
          </label>
        ))}
      </div>
      <div class="row">
        {form.schedule === 'every' ? (
          <Text
            label={t('dataFieldEvery')}
            name="data-every"
            value={form.everyMinutes}
            pointer="/pull/everyMinutes"
            errors={errors}
            numeric
            onInput={(everyMinutes) => {
              set({ everyMinutes });
            }}
          />
        ) : (
          <label>
            {t('dataFieldCron')}
            <input
              name="data-cron"
              value={form.cron}
              spellcheck={false}
              autocapitalize="off"
              translate={false}
              onInput={(e) => {
                set({ cron: e.currentTarget.value });
              }}
              {...errors.input('/pull/cron')}
              aria-describedby={[errors.input('/pull/cron')['aria-describedby'], hintId]
                .filter(Boolean)
                .join(' ')}
            />
            <FieldError errors={errors} pointer="/pull/cron" />
            <span id={hintId} class="hint">
              {t('dataCronHint')} {t('dataCronExample')}{' '}
              <code lang="zxx" translate={false}>
                */15 6-22 * * *
              </code>{' '}
              {t('dataCronExampleMeans')}
            </span>
          </label>
        )}
      </div>
    </fieldset>
  );
}

/**
 * The pull part of a source: its reader (a ready one, or any JSON or XML document through its own field
 * mapping), address, schedule, timeout and private addresses. A refusal inside it is shown at its field;
 * one no field here shows, at the end.
 */
export function PullFields({
  form,
  stored,
  errors,
  path,
  set,
}: {
  form: DataSourceForm;
  stored: DataSource | undefined;
  errors: FieldErrors;
  /** The JSON pointer of the last refusal, if it names one. */
  path: string | undefined;
  set: (patch: Partial<DataSourceForm>) => void;
}) {
  const formId = errors.formId;
  // The readers the editor offers, and a stored source's own reader (kept as it is).
  const known: Adapter[] = [...adapters, ...mappedAdapters];
  const offered = known.some((a) => a === stored?.pull?.adapter)
    ? known
    : [...known, ...(stored?.pull ? [stored.pull.adapter] : [])];
  const name = adapterName(form.adapter);
  const claimed = [
    '/pull/url',
    '/pull/adapter',
    '/pull/timeoutSeconds',
    form.schedule === 'every' ? '/pull/everyMinutes' : '/pull/cron',
    ...(mapped(form.adapter) ? ['/pull/fields', '/pull/observedAt'] : []),
  ];
  const rest =
    path !== undefined && isAt(path, '/pull') && !claimed.some((p) => isAt(path, p))
      ? errors.at('/pull')
      : undefined;
  return (
    <fieldset class="cap-rule">
      <legend>{t('dataPullLegend')}</legend>
      <div class="row">
        <label>
          {t('dataAdapter')}
          <select
            name="data-adapter"
            value={form.adapter}
            aria-describedby={`${formId}-adapter-hint`}
            onChange={(e) => {
              const chosen = e.currentTarget.value;
              const adapter = offered.find((a) => a === chosen) ?? form.adapter;
              // A reader through a mapping starts with one field to fill in.
              set({
                adapter,
                ...(mapped(adapter) && form.fields.length === 0 ? { fields: [newRow([])] } : {}),
              });
            }}
            {...errors.input('/pull/adapter')}
          >
            {offered.map((a) => (
              <option key={a} value={a}>
                {adapterWord(a)}
              </option>
            ))}
          </select>
          <span id={`${formId}-adapter-hint`} class="hint" data-adapter-hint>
            {name !== undefined && (
              <>
                {t('dataAdapterFormat')} <span translate={false}>{name}</span>. {t('dataAdapterExample')}{' '}
                <code lang="zxx" translate={false} class="data-url">
                  {adapterExample(form.adapter)}
                </code>
              </>
            )}
            {mapped(form.adapter) && t('dataAdapterMappedHint')}
          </span>
          <FieldError errors={errors} pointer="/pull/adapter" />
        </label>
        <label>
          {t('dataUrl')}
          <input
            name="data-url"
            type="url"
            inputMode="url"
            spellcheck={false}
            translate={false}
            value={form.url}
            onInput={(e) => {
              set({ url: e.currentTarget.value });
            }}
            {...errors.input('/pull/url')}
          />
          <FieldError errors={errors} pointer="/pull/url" />
        </label>
      </div>
      <Schedule form={form} errors={errors} set={set} />
      <div class="row">
        <Text
          label={t('dataFieldTimeout')}
          name="data-timeout"
          value={form.timeoutSeconds}
          pointer="/pull/timeoutSeconds"
          errors={errors}
          numeric
          onInput={(timeoutSeconds) => {
            set({ timeoutSeconds });
          }}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          name="data-allow-private"
          checked={form.allowPrivate}
          onChange={(e) => {
            set({ allowPrivate: e.currentTarget.checked });
          }}
        />
        {t('srcFieldAllowPrivate')}
      </label>
      {mapped(form.adapter) && <MappingFields form={form} errors={errors} path={path} set={set} />}
      {rest !== undefined && (
        <span id={errorId(formId, '/pull')} class="error field-error" data-error-for="/pull">
          {rest}
        </span>
      )}
    </fieldset>
  );
}
