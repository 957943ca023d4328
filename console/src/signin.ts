import { ApiClient, ApiError } from './api.ts';
import { h } from './dom.ts';
import { errorText, t } from './i18n.ts';
import { saveToken } from './session.ts';

/** The sign-in form: asks for the API token and checks it against the API before keeping it. */
export class SignInView {
  readonly element = h('section', { class: 'signin', 'aria-labelledby': 'signin-heading' });
  // A function, so the message follows a language switch.
  #error: (() => string) | undefined;
  #busy = false;
  readonly #onSignedIn: (token: string) => void;
  readonly #input = h('input', {
    id: 'api-token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'api-token-hint api-token-error',
  });
  readonly #errorLine = h('p', { id: 'api-token-error', class: 'error', role: 'alert' });
  readonly #submitButton = h('button', { type: 'submit', class: 'primary' });

  constructor(onSignedIn: (token: string) => void, error?: () => string) {
    this.#onSignedIn = onSignedIn;
    this.#error = error;
    this.render();
  }

  /** Builds the form in the current language; the input (and what was typed) is kept. */
  render(): void {
    const form = h(
      'form',
      { novalidate: true },
      h('label', { for: 'api-token' }, t('tokenLabel')),
      this.#input,
      h('p', { id: 'api-token-hint', class: 'hint' }, t('tokenHint')),
      this.#errorLine,
      this.#submitButton,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit(this.#input.value.trim());
    });
    this.element.replaceChildren(h('h2', { id: 'signin-heading' }, t('signInHeading')), form);
    this.#update();
  }

  /** Puts the keyboard in the token field. */
  focus(): void {
    this.#input.focus();
  }

  #update(): void {
    this.#errorLine.textContent = this.#error?.() ?? '';
    this.#errorLine.hidden = this.#error === undefined;
    if (this.#error) this.#input.setAttribute('aria-invalid', 'true');
    else this.#input.removeAttribute('aria-invalid');
    this.#submitButton.disabled = this.#busy;
    this.#submitButton.textContent = this.#busy ? t('checking') : t('signIn');
  }

  async #submit(token: string): Promise<void> {
    if (this.#busy) return;
    if (token === '') {
      this.#fail(() => t('tokenMissing'));
      return;
    }
    this.#busy = true;
    this.#error = undefined;
    this.#update();
    try {
      await new ApiClient(token).gates(1);
      saveToken(token);
      this.#onSignedIn(token);
    } catch (error) {
      this.#busy = false;
      this.#fail(() =>
        error instanceof ApiError && error.status === 401 ? t('tokenInvalid') : errorText(error),
      );
    }
  }

  #fail(message: () => string): void {
    this.#error = message;
    this.#update();
    this.#input.focus();
  }
}
