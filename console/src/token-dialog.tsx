import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Dialog } from './dialog.tsx';
import { t } from './i18n.ts';

/**
 * A secret shown this once (a source's token, an API token, a player link): its heading, the warning, the
 * secret in a read-only field with a copy button (when copying fails the secret is selected and `copyFailed`
 * says to press Ctrl+C), then `children` (how the secret is used). Closing the dialog forgets the secret:
 * the dialog leaves the page and the server keeps only a hash.
 */
export function ShownOnceDialog({
  id,
  heading,
  warning,
  label,
  secret,
  copyFailed,
  select = 'on-focus',
  onClose,
  children,
}: {
  /** The secret's field; its heading is `${id}-heading`. */
  id: string;
  heading: string;
  warning: string;
  label: string;
  secret: string;
  copyFailed: string;
  /** The secret selected whenever its field takes the focus, or once, when the dialog opens. */
  select?: 'on-focus' | 'on-open';
  onClose: () => void;
  children?: ComponentChildren;
}) {
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (select === 'on-open') input.current?.select();
  }, [select]);
  const copy = () => {
    // The Clipboard API exists only in secure contexts (HTTPS or localhost).
    const write = window.isSecureContext
      ? navigator.clipboard.writeText(secret)
      : Promise.reject(new Error('insecure'));
    write.then(
      () => {
        setStatus(t('copied'));
      },
      () => {
        input.current?.select();
        setStatus(copyFailed);
      },
    );
  };
  return (
    <Dialog labelledBy={`${id}-heading`} onClose={onClose}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p class="warning" data-token-warning>
        {warning}
      </p>
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input
          id={id}
          ref={input}
          readOnly
          spellcheck={false}
          translate={false}
          value={secret}
          onFocus={
            select === 'on-focus'
              ? (e) => {
                  e.currentTarget.select();
                }
              : undefined
          }
        />
        <button type="button" class="primary" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {status}
      </p>
      {children}
      <form method="dialog" class="dialog-actions">
        <button type="submit">{t('close')}</button>
      </form>
    </Dialog>
  );
}

/** Shows a new player link once (it works once, until `expiresAt`). */
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
  return (
    <ShownOnceDialog
      id="player-url"
      heading={t('tokenDialogHeading', { screen: screenName })}
      warning={t('tokenDialogWarning', { time: expiresAt })}
      label={t('playerUrl')}
      secret={new URL(playerUrl, location.origin).href}
      copyFailed={t('copyFailed')}
      select="on-open"
      onClose={onClose}
    />
  );
}
