import { useRef, useState } from 'preact/hooks';
import type { Gate, Screen } from './api.ts';
import { Dialog } from './dialog.tsx';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import type { FleetApi } from './fleet-api.ts';
import { Field } from './gate-form.tsx';
import { t } from './i18n.ts';

/**
 * Duplicates a screen: the copy gets every setting of the original under a new name (and, if chosen, at
 * another gate), never its device tokens or pairing. Nothing is created until the person confirms; a refusal
 * (a taken name, a gate outside scope) shows beside its field.
 */
export function DuplicateScreenDialog({
  fleet,
  screen,
  gates,
  onClose,
}: {
  fleet: FleetApi;
  screen: Screen;
  gates: readonly Gate[];
  onClose: (created: Screen | undefined) => void;
}) {
  const [name, setName] = useState(() => t('flCopyName', { name: screen.name }));
  const [gateId, setGateId] = useState(screen.gateId);
  const [error, setError] = useState<unknown>(undefined);
  const created = useRef<Screen | undefined>(undefined);
  const ref = useRef<HTMLFormElement>(null);
  useFocusInvalid(ref, error);
  const errors = fieldErrors('duplicate-screen', error);
  const close = () => document.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  const submit = (event: Event) => {
    event.preventDefault();
    fleet.duplicateScreen(screen, name, gateId).then(
      (made) => {
        created.current = made;
        close();
      },
      (err: unknown) => {
        setError(err);
      },
    );
  };
  const sortedGates = [...gates].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return (
    <Dialog
      labelledBy="duplicate-screen-heading"
      onClose={() => {
        onClose(created.current);
      }}
    >
      <form ref={ref} class="dialog-form" noValidate onSubmit={submit}>
        <h2 id="duplicate-screen-heading">{t('flDuplicateHeading', { name: screen.name })}</h2>
        <p class="hint">{t('flDuplicateHint')}</p>
        <Field
          label={t('flNewName')}
          value={name}
          set={setName}
          name="duplicate-name"
          errors={errors}
          pointer="/name"
        />
        <label>
          {t('flAtGate')}
          <select
            name="duplicate-gate"
            value={gateId}
            {...errors.input('/gateId')}
            onChange={(e) => {
              setGateId(e.currentTarget.value);
            }}
          >
            {sortedGates.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer="/gateId" />
        </label>
        <p class="error" role="alert">
          {errors.unplaced(['/name', '/gateId']) ?? ''}
        </p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('flCreateCopy')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
