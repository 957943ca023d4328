import { ApiError, type ApiClient, type Screen } from './api.ts';
import { h } from './dom.ts';
import { errorText, t } from './i18n.ts';

/**
 * The pairing dialog: the operator types the code a waiting player shows, and the player becomes this
 * screen's. Removed from the page when closed; `onClose` says whether a player was paired.
 */
export function showPairingDialog(api: ApiClient, screen: Screen, onClose: (paired: boolean) => void): void {
  let busy = false;
  let paired = false;
  const input = h('input', {
    id: 'pairing-code',
    name: 'code',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '12',
    class: 'pairing-input',
    'aria-describedby': 'pairing-hint pairing-error',
  });
  const error = h('p', { id: 'pairing-error', class: 'error', role: 'alert', hidden: true });
  const done = h('p', { class: 'success', role: 'status', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('pair'));
  const close = h('button', { type: 'button' }, t('close'));
  const form = h(
    'form',
    { novalidate: true, class: 'pairing-form' },
    h('label', { for: 'pairing-code' }, t('pairingCode')),
    input,
    error,
    done,
    h('div', { class: 'dialog-actions' }, close, submit),
  );
  const dialog = h(
    'dialog',
    { class: 'token-dialog', 'aria-labelledby': 'pairing-dialog-heading' },
    h('h2', { id: 'pairing-dialog-heading' }, t('pairDialogHeading', { screen: screen.name })),
    h('p', { id: 'pairing-hint', class: 'hint' }, t('pairDialogHint')),
    form,
  );

  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || paired) return;
    const code = input.value.trim();
    if (code === '') {
      fail(t('pairingCodeMissing'));
      return;
    }
    busy = true;
    submit.textContent = t('pairing');
    submit.setAttribute('aria-disabled', 'true');
    error.hidden = true;
    void api
      .pairScreen(screen.id, code)
      .then(() => {
        paired = true;
        input.removeAttribute('aria-invalid');
        input.readOnly = true;
        submit.hidden = true;
        done.textContent = t('paired');
        done.hidden = false;
        close.focus();
      })
      .catch((err: unknown) => {
        fail(pairingErrorText(err));
      })
      .finally(() => {
        busy = false;
        submit.textContent = t('pair');
        submit.removeAttribute('aria-disabled');
      });
  });
  close.addEventListener('click', () => {
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose(paired);
  });
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
}

function pairingErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.body?.code === 'invalid_pairing_code' || error.body?.path === '/code') {
      return t('pairingCodeInvalid');
    }
    if (error.body?.code === 'rate_limited') return t('pairingPaused');
  }
  return errorText(error);
}
