import { h } from './dom.ts';
import { t } from './i18n.ts';

/**
 * Shows a new player URL once, in a modal dialog with a copy button. The dialog is removed
 * from the page when closed, so the secret does not linger in the DOM.
 */
export function showDeviceToken(screenName: string, playerUrl: string, onClose: () => void): void {
  const url = new URL(playerUrl, location.origin).href;
  const input = h('input', { id: 'player-url', type: 'text', readonly: true, spellcheck: 'false' });
  input.value = url;
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'primary' }, t('copy'));
  copy.addEventListener('click', () => {
    void copyText(url).then((ok) => {
      if (!ok) input.select();
      status.textContent = ok ? t('copied') : t('copyFailed');
    });
  });
  const dialog = h(
    'dialog',
    { class: 'token-dialog', 'aria-labelledby': 'token-dialog-heading' },
    h('h2', { id: 'token-dialog-heading' }, t('tokenDialogHeading', { screen: screenName })),
    h('p', { class: 'warning' }, t('tokenDialogWarning')),
    h('label', { for: 'player-url' }, t('playerUrl')),
    h('div', { class: 'copy-row' }, input, copy),
    status,
    h('form', { method: 'dialog', class: 'dialog-actions' }, h('button', { type: 'submit' }, t('close'))),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  input.select();
}

// The Clipboard API exists only in secure contexts (HTTPS or localhost).
async function copyText(text: string): Promise<boolean> {
  if (!window.isSecureContext || !('clipboard' in navigator)) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
