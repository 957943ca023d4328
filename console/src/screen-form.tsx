import { useRef, useState } from 'preact/hooks';
import type { Gate, Screen } from './api.ts';
import type { PageProps } from './app.tsx';
import { Dialog } from './dialog.tsx';
import { fieldErrors, useFocusInvalid } from './field-error.tsx';
import { bodyOf, formOf, type Kind, type ScreenForm as Form } from './forms/screen.form.ts';
import { Field } from './gate-form.tsx';
import { t } from './i18n.ts';
import { LockedGeometry, useGeometryLocked } from './screen-geometry.tsx';
import { OffsetRow, SizeRow } from './region-fields.tsx';
import { LegibilityFields } from './screen-legibility.tsx';

const kinds: readonly Kind[] = ['led', 'kiosk', 'indoor'];
const pointers = [
  '/name',
  '/kind',
  '/width',
  '/height',
  '/offsetX',
  '/offsetY',
  '/viewingDistanceM',
  '/pixelPitchMm',
  '/minTextPx',
  '/languages',
  '/groups',
  '/exercises',
];

/** Adds a screen to a gate or edits one: kind, the W×H region (and for LED boards its X,Y offset), languages, groups. */
export function ScreenForm({
  api,
  gate,
  screen,
  onClose,
}: Pick<PageProps, 'api'> & { gate: Gate; screen: Screen | undefined; onClose: (saved: boolean) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(screen, gate.id));
  const [error, setError] = useState<unknown>(undefined);
  const saved = useRef(false);
  const ref = useRef<HTMLFormElement>(null);
  useFocusInvalid(ref, error);
  // A live LED board's region is read-only here: it changes through the preview on the screen's page.
  const locked = useGeometryLocked(api, screen);
  const errors = fieldErrors('screen-form', error);
  const set = (key: keyof Form) => (value: string) => {
    setForm((was) => ({ ...was, [key]: value }));
  };

  const close = () => document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  const submit = (event: Event) => {
    event.preventDefault();
    api.saveScreen(bodyOf(form, screen), screen?.id).then(
      () => {
        saved.current = true;
        close();
      },
      (err: unknown) => {
        setError(err);
      },
    );
  };
  return (
    <Dialog
      labelledBy="screen-form-heading"
      onClose={() => {
        onClose(saved.current);
      }}
    >
      <form ref={ref} class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="screen-form-heading">
          {screen ? t('editScreenFor', { name: screen.name }) : t('addScreenTo', { gate: gate.name })}
        </h2>
        <Field
          label={t('screenName')}
          value={form.name}
          set={set('name')}
          name="screen-name"
          errors={errors}
          pointer="/name"
        />
        <label>
          {t('colKind')}
          <select
            name="screen-kind"
            value={form.kind}
            onChange={(e) => {
              const kind = kinds.find((k) => k === e.currentTarget.value) ?? 'led';
              setForm((was) => ({ ...was, kind }));
            }}
          >
            <option value="led">{t('kindLed')}</option>
            <option value="kiosk">{t('kindKiosk')}</option>
            <option value="indoor">{t('kindIndoor')}</option>
          </select>
        </label>
        {locked && screen && <LockedGeometry screen={screen} />}
        {!locked && <SizeRow form={form} set={set} errors={errors} name="screen" />}
        {form.kind === 'led' && !locked && (
          <fieldset>
            <legend>{t('ledRegion')}</legend>
            <p class="hint">{t('ledRegionHint')}</p>
            <OffsetRow form={form} set={set} errors={errors} name="screen" />
          </fieldset>
        )}
        <LegibilityFields form={form} set={set} errors={errors} />
        <Field
          label={t('screenLanguages')}
          value={form.languages}
          set={set('languages')}
          name="screen-languages"
          errors={errors}
          pointer="/languages"
        />
        <Field
          label={t('groupsList')}
          value={form.groups}
          set={set('groups')}
          name="screen-groups"
          errors={errors}
          pointer="/groups"
        />
        <label class="check">
          <input
            type="checkbox"
            name="screen-exercises"
            checked={form.exercises}
            onChange={(e) => {
              const exercises = e.currentTarget.checked;
              setForm((was) => ({ ...was, exercises }));
            }}
          />
          {t('screenExercises')}
        </label>
        <p class="hint">{t('screenExercisesHint')}</p>
        <p class="error" role="alert">
          {errors.unplaced(pointers) ?? ''}
        </p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('saveChanges')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
