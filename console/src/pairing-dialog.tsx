import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type ApiClient, type Screen } from './api.ts';
import { Dialog } from './dialog.tsx';
import { errorText, t } from './i18n.ts';

/** The operator types the code a waiting player shows, and that player becomes this screen's. */
export function PairingDialog({
  api,
  screen,
  onClose,
}: {
  api: ApiClient;
  screen: Screen;
  onClose: (paired: boolean) => void;
}) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [paired, setPaired] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || paired) return;
    if (code.trim() === '') {
      setError(t('pairingCodeMissing'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    api.pairScreen(screen.id, code.trim()).then(
      () => {
        setBusy(false);
        setPaired(true);
        close.current?.focus();
      },
      (err: unknown) => {
        setBusy(false);
        setError(pairingErrorText(err));
        input.current?.focus();
      },
    );
  };
  return (
    <Dialog
      labelledBy="pairing-dialog-heading"
      onClose={() => {
        onClose(paired);
      }}
    >
      <h2 id="pairing-dialog-heading">{t('pairDialogHeading', { screen: screen.name })}</h2>
      <p id="pairing-hint" class="hint">
        {t('pairDialogHint')}
      </p>
      <form noValidate class="pairing-form" onSubmit={submit}>
        <label for="pairing-code">{t('pairingCode')}</label>
        <input
          id="pairing-code"
          ref={input}
          name="code"
          class="pairing-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={12}
          readOnly={paired}
          value={code}
          onInput={(e) => {
            setCode(e.currentTarget.value);
          }}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby="pairing-hint pairing-error"
        />
        <p id="pairing-error" class="error" role="alert" hidden={!error}>
          {error}
        </p>
        <p class="success" role="status" hidden={!paired}>
          {paired ? t('paired') : ''}
        </p>
        <div class="dialog-actions">
          <button type="button" ref={close} onClick={(e) => e.currentTarget.closest('dialog')?.close()}>
            {t('close')}
          </button>
          {!paired && (
            <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
              {busy ? t('pairing') : t('pair')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

function pairingErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.body?.code === 'invalid_pairing_code' || error.body?.path === '/code')
      return t('pairingCodeInvalid');
    if (error.body?.code === 'rate_limited') return t('pairingPaused');
  }
  return errorText(error);
}
