import { useRef, useState } from 'preact/hooks';
import type { DataSourceWithToken } from './data-api.ts';
import { Dialog } from './dialog.tsx';
import { t } from './i18n.ts';

/**
 * A push source's token, just created or renewed: shown this once, with a copy button, the warning that it
 * will not be shown again and how the sending system uses it; closing the dialog forgets it (the server
 * keeps only its hash). The same pattern as an alert source's token (alert-sources-token.tsx).
 */
export function DataTokenDialog({ made, onClose }: { made: DataSourceWithToken; onClose: () => void }) {
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
    <Dialog labelledBy="data-token-heading" onClose={onClose}>
      <h2 id="data-token-heading">{t('dataTokenHeading', { name: made.source.name })}</h2>
      <p class="warning" data-token-warning>
        {t('dataTokenWarning')}
      </p>
      <label for="data-token">{t('srcTokenLabel')}</label>
      <div class="copy-row">
        <input
          id="data-token"
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
      <p class="hint">
        {t('dataTokenUsage')} <code lang="en">PUT /api/v1/data/values</code>{' '}
        <code lang="en">Authorization: Bearer …</code>
      </p>
      <form method="dialog" class="dialog-actions">
        <button type="submit">{t('close')}</button>
      </form>
    </Dialog>
  );
}
