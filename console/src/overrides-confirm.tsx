import { useRef, useState } from 'preact/hooks';
import { Dialog } from './dialog.tsx';
import { errorText, t } from './i18n.ts';
import type { Reach } from './overrides-reach.ts';

/** What a confirmation says and does: the action's own words, where it lands, and the action itself. */
export interface ConfirmSpec {
  heading: string;
  /** What will happen, on how many screens at which gates. */
  sentence: string;
  /** The screens it lands on, listed by gate under the sentence. */
  reach: Reach;
  /** It reaches every screen: the person types the confirmation word first. */
  everything: boolean;
  confirmLabel: string;
  run: () => Promise<unknown>;
}

/** The word typed as given, whatever the case and spacing around it. */
const matches = (typed: string, word: string) =>
  typed.normalize('NFC').trim().toLocaleUpperCase('vi') === word.normalize('NFC').toLocaleUpperCase('vi');

/**
 * Asks before an action that changes what the public sees (send, approve, clear, blackout, lift): says what
 * will happen, on how many screens at which gates, and lists the screens; for "everything" the confirm
 * button waits for the confirmation word. A refusal from the server stays in the dialog.
 */
export function OverrideConfirm({ spec, onClose }: { spec: ConfirmSpec; onClose: (done: boolean) => void }) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const done = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  const word = t('ovConfirmWord');
  const ready = !spec.everything || matches(typed, word);
  const close = () => form.current?.closest('dialog')?.close();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(undefined);
    spec.run().then(
      () => {
        done.current = true;
        close();
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };
  return (
    <Dialog
      labelledBy="override-confirm-heading"
      onClose={() => {
        onClose(done.current);
      }}
    >
      <form ref={form} class="dialog-form override-confirm" noValidate onSubmit={submit}>
        <h2 id="override-confirm-heading">{spec.heading}</h2>
        <p id="override-confirm-sentence">{spec.sentence}</p>
        <ul class="override-reach" aria-label={t('ovScreensList')}>
          {spec.reach.gates.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>
              {': '}
              {spec.reach.screens
                .filter((s) => s.gateId === g.id)
                .map((s) => s.name)
                .join(', ')}
            </li>
          ))}
          {spec.reach.hidden > 0 && <li>{t('ovOutsideScope', { count: spec.reach.hidden })}</li>}
        </ul>
        {spec.everything && (
          <label>
            {t('ovTypeToConfirm', { word })}
            <input
              name="confirm-word"
              autoComplete="off"
              value={typed}
              onInput={(e) => {
                setTyped(e.currentTarget.value);
              }}
            />
          </label>
        )}
        <p class="error" role="alert">
          {error}
        </p>
        <div class="dialog-actions actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            class="primary danger"
            disabled={!ready || busy}
            aria-describedby="override-confirm-sentence"
          >
            {spec.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
