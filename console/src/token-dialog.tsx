import { useEffect, useRef, useState } from 'preact/hooks';
import { Dialog } from './dialog.tsx';
import { t } from './i18n.ts';

/**
 * Shows a new player link once (it works once, until `expiresAt`); the dialog leaves the page when closed,
 * so the secret does not linger.
 */
export function TokenDialog({
  screenName,
  playerUrl,
  expiresAt,
  onClose,
}: {
  screenName: string;
  playerUrl: string;
  /** When the link stops working, as the operator reads it. */
  expiresAt: string;
  onClose: () => void;
}) {
  const url = new URL(playerUrl, location.origin).href;
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const copy = () => {
    // The Clipboard API exists only in secure contexts (HTTPS or localhost).
    const write = window.isSecureContext
      ? navigator.clipboard.writeText(url)
      : Promise.reject(new Error('insecure'));
    write.then(
      () => {
        setStatus(t('copied'));
      },
      () => {
        input.current?.select();
        setStatus(t('copyFailed'));
      },
    );
  };
  return (
    <Dialog labelledBy="token-dialog-heading" onClose={onClose}>
      <h2 id="token-dialog-heading">{t('tokenDialogHeading', { screen: screenName })}</h2>
      <p class="warning">{t('tokenDialogWarning', { time: expiresAt })}</p>
      <label for="player-url">{t('playerUrl')}</label>
      <div class="copy-row">
        <input id="player-url" ref={input} readOnly spellcheck={false} value={url} />
        <button type="button" class="primary" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {status}
      </p>
      <form method="dialog" class="dialog-actions">
        <button type="submit">{t('close')}</button>
      </form>
    </Dialog>
  );
}
