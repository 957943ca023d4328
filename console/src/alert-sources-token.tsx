import { useRef, useState } from 'preact/hooks';
import type { AlertSourceWithToken } from './alerts-api.ts';
import { Dialog } from './dialog.tsx';
import { t } from './i18n.ts';

/**
 * A source's token, just created or renewed: shown this once, with a copy button and the warning that it
 * will not be shown again; closing the dialog forgets it (the server keeps only its hash).
 */
export function SourceTokenDialog({ made, onClose }: { made: AlertSourceWithToken; onClose: () => void }) {
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const copy = () => {
    // The Clipboard API exists only in secure contexts (HTTPS or localhost).
    const write = window.isSecureContext
      ? navigator.clipboard.writeText(made.token)
      : Promise.reject(new Error('insecure'));
    write.then(
      () => {
        setStatus(t('copied'));
      },
      () => {
        input.current?.select();
        setStatus(t('srcCopyFailed'));
      },
    );
  };
  return (
    <Dialog labelledBy="source-token-heading" onClose={onClose}>
      <h2 id="source-token-heading">{t('srcTokenHeading', { name: made.source.name })}</h2>
      <p class="warning" data-token-warning>
        {t('srcTokenWarning')}
      </p>
      <label for="source-token">{t('srcTokenLabel')}</label>
      <div class="copy-row">
        <input
          id="source-token"
          ref={input}
          readOnly
          spellcheck={false}
          translate={false}
          value={made.token}
          onFocus={(e) => {
            e.currentTarget.select();
          }}
        />
        <button type="button" class="primary" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {status}
      </p>
      {made.source.kind === 'push' && (
        <p class="hint">
          {t('srcTokenUsage')} <code lang="en">POST /api/v1/cap</code>{' '}
          <code lang="en">Authorization: Bearer …</code>
        </p>
      )}
      <form method="dialog" class="dialog-actions">
        <button type="submit">{t('close')}</button>
      </form>
    </Dialog>
  );
}
