import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type ApiClient, type Me } from './api.ts';
import { errorText, t } from './i18n.ts';

/** Username and password, then the six-digit code when the account has a second factor. */
export function SignIn({
  api,
  expired,
  onSignedIn,
}: {
  api: ApiClient;
  expired: boolean;
  onSignedIn: (me: Me) => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  // A lost phone: one of the recovery codes instead of the six digits.
  const [recovery, setRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(expired ? t('sessionExpired') : undefined);
  const first = useRef<HTMLInputElement>(null);
  const code = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (needTotp) code.current?.focus();
  }, [needTotp, recovery]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t('credentialsMissing'));
      return;
    }
    setBusy(true);
    setError(undefined);
    api
      .login(
        username.trim(),
        password,
        needTotp && !recovery ? totp.trim() : undefined,
        needTotp && recovery ? totp.trim() : undefined,
      )
      .then(onSignedIn, (err: unknown) => {
        setBusy(false);
        if (err instanceof ApiError && err.body?.code === 'totp_required') {
          setNeedTotp(true);
          return;
        }
        // Once the server has asked for the code, the password was right: a refusal is about the code.
        const refused = needTotp ? t('pCodeRefused') : t('credentialsInvalid');
        if (err instanceof ApiError && err.status === 429) setError(t('signInThrottled'));
        else setError(err instanceof ApiError && err.status === 401 ? refused : errorText(err));
      });
  };

  return (
    <section class="signin" aria-labelledby="signin-heading">
      <h2 id="signin-heading">{t('signInHeading')}</h2>
      <form noValidate onSubmit={submit}>
        <label for="username">{t('username')}</label>
        <input
          id="username"
          ref={first}
          name="username"
          autoComplete="username"
          value={username}
          onInput={(e) => {
            setUsername(e.currentTarget.value);
          }}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby="signin-error"
        />
        <label for="password">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(e) => {
            setPassword(e.currentTarget.value);
          }}
          aria-describedby="signin-error"
        />
        {needTotp && (
          <>
            <label for="totp">{recovery ? t('pRecoveryCode') : t('totpCode')}</label>
            <input
              id="totp"
              key={recovery ? 'recovery' : 'totp'}
              ref={code}
              name={recovery ? 'recovery-code' : 'totp'}
              inputMode={recovery ? 'text' : 'numeric'}
              autoComplete={recovery ? 'off' : 'one-time-code'}
              spellcheck={false}
              maxLength={recovery ? 32 : 6}
              value={totp}
              onInput={(e) => {
                setTotp(e.currentTarget.value);
              }}
              aria-describedby="totp-hint signin-error"
            />
            <p id="totp-hint" class="hint">
              {recovery ? t('pRecoveryHint') : t('totpHint')}
            </p>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setRecovery(!recovery);
                setTotp('');
                setError(undefined);
              }}
            >
              {recovery ? t('pUseTotpCode') : t('pUseRecoveryCode')}
            </button>
          </>
        )}
        <p id="signin-error" class="error" role="alert" hidden={!error}>
          {error}
        </p>
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('checking') : t('signIn')}
        </button>
      </form>
    </section>
  );
}
