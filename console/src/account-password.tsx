import { useRef, useState } from 'preact/hooks';
import type { ApiClient } from './api.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { t } from './i18n.ts';
import type { PeopleApi } from './people-api.ts';

/** The signed-in person changes their own password; every session of theirs ends, this one included. */
export function AccountPassword({ api, people }: { api: ApiClient; people: PeopleApi }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [changed, setChanged] = useState(false);
  const errors = fieldErrors('account-password', error);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    people.changePassword(current, next).then(
      () => {
        setBusy(false);
        setChanged(true);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  if (changed)
    return (
      <section class="account-part" aria-labelledby="account-password-heading">
        <h4 id="account-password-heading">{t('pChangePassword')}</h4>
        <p role="status">{t('pPasswordChanged')}</p>
        <button
          type="button"
          class="primary"
          onClick={() => {
            api.onUnauthorized();
          }}
        >
          {t('pSignInAgain')}
        </button>
      </section>
    );
  return (
    <section class="account-part" aria-labelledby="account-password-heading">
      <h4 id="account-password-heading">{t('pChangePassword')}</h4>
      <form ref={form} class="stack-form" noValidate onSubmit={submit}>
        <label for="account-current-password">{t('pCurrentPassword')}</label>
        <input
          id="account-current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={(e) => {
            setCurrent(e.currentTarget.value);
          }}
          {...errors.input('/currentPassword')}
        />
        <FieldError errors={errors} pointer="/currentPassword" />
        <label for="account-new-password">{t('pNewPassword')}</label>
        <input
          id="account-new-password"
          type="password"
          autoComplete="new-password"
          value={next}
          onInput={(e) => {
            setNext(e.currentTarget.value);
          }}
          {...errors.input('/newPassword')}
        />
        <FieldError errors={errors} pointer="/newPassword" />
        <p class="error" role="alert" hidden={!errors.unplaced(['/currentPassword', '/newPassword'])}>
          {errors.unplaced(['/currentPassword', '/newPassword'])}
        </p>
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          {t('pChangePassword')}
        </button>
      </form>
    </section>
  );
}
