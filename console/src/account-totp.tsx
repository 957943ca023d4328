import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient } from './api.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import type { PeopleApi, RecoveryCodes, TotpSetup } from './people-api.ts';

/**
 * The signed-in person's second factor: enrol from a QR code (drawn here from the otpauth:// address, the
 * secret never leaves this page), confirm with a code, then see the recovery codes once; or, when it is on,
 * new recovery codes or turning it off, each with a current code.
 */
export function AccountTotp({ api, people }: { api: ApiClient; people: PeopleApi }) {
  const account = useLoad(() => api.me(), [api]);
  const [setup, setSetup] = useState<TotpSetup | undefined>(undefined);
  const [codes, setCodes] = useState<RecoveryCodes | undefined>(undefined);
  const [status, setStatus] = useState('');
  const on = account.data?.secondFactor === true;

  const done = (message: string) => {
    setStatus(message);
    account.reload();
  };

  return (
    <section class="account-part" aria-labelledby="account-totp-heading">
      <h4 id="account-totp-heading">{t('pTwoStep')}</h4>
      {account.error !== undefined && (
        <p class="error" role="alert">
          {errorText(account.error)}
        </p>
      )}
      {account.data && !codes && (
        <p>{on ? t('pTwoStepOn', { count: account.data.recoveryCodesLeft ?? 0 }) : t('pTwoStepOff')}</p>
      )}
      <p class="hint" role="status">
        {status}
      </p>
      {codes ? (
        <RecoveryCodesShown
          codes={codes.codes}
          onKept={() => {
            setCodes(undefined);
            account.reload();
          }}
        />
      ) : on ? (
        <ManageTotp
          people={people}
          onCodes={(c) => {
            setStatus('');
            setCodes(c);
          }}
          onOff={() => {
            done(t('pTurnedOff'));
          }}
        />
      ) : setup ? (
        <ConfirmEnrol
          people={people}
          setup={setup}
          onCancel={() => {
            setSetup(undefined);
          }}
          onConfirmed={(c) => {
            setSetup(undefined);
            setCodes(c);
            account.reload();
          }}
        />
      ) : (
        account.data && <StartEnrol people={people} onStarted={setSetup} />
      )}
    </section>
  );
}

function StartEnrol({ people, onStarted }: { people: PeopleApi; onStarted: (s: TotpSetup) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrors('totp-start', error);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);
  const submit = (event: Event) => {
    event.preventDefault();
    people.startTotp(password).then(onStarted, setError);
  };
  return (
    <form ref={form} class="stack-form" noValidate onSubmit={submit}>
      <label for="totp-start-password">{t('pEnrolPassword')}</label>
      <input
        id="totp-start-password"
        type="password"
        autoComplete="current-password"
        value={password}
        onInput={(e) => {
          setPassword(e.currentTarget.value);
        }}
        {...errors.input('/password')}
      />
      <FieldError errors={errors} pointer="/password" />
      <p class="error" role="alert" hidden={!errors.unplaced(['/password'])}>
        {errors.unplaced(['/password'])}
      </p>
      <button type="submit" class="primary">
        {t('pStartEnrol')}
      </button>
    </form>
  );
}

function ConfirmEnrol({
  people,
  setup,
  onCancel,
  onConfirmed,
}: {
  people: PeopleApi;
  setup: TotpSetup;
  onCancel: () => void;
  onConfirmed: (codes: RecoveryCodes) => void;
}) {
  const [qr, setQr] = useState<string | undefined>(undefined);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrors('totp-confirm', error);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A square of whole modules (no smoothing), large enough for a phone camera at arm's length. The QR
    // library loads only here, when someone enrols, not with every page of the console.
    import('qrcode')
      .then((QRCode) =>
        QRCode.toDataURL(setup.otpauthUri, { errorCorrectionLevel: 'M', margin: 2, scale: 6 }),
      )
      .then(setQr, setError);
    input.current?.focus();
  }, [setup.otpauthUri]);
  const submit = (event: Event) => {
    event.preventDefault();
    people.confirmTotp(code.trim()).then(onConfirmed, (err: unknown) => {
      setError(err);
      input.current?.focus();
    });
  };
  return (
    <form class="stack-form" noValidate onSubmit={submit}>
      <p>{t('pScanQr')}</p>
      {qr && <img class="totp-qr" src={qr} alt={t('pQrAlt')} />}
      <p class="hint">
        {t('pSecretText')}{' '}
        <code class="totp-secret" lang="en">
          {setup.secret}
        </code>
      </p>
      <CodeField id="totp-confirm-code" inputRef={input} code={code} onCode={setCode} errors={errors} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('pConfirmEnrol')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pCancel')}
        </button>
      </div>
    </form>
  );
}

/** With the factor on: one code field, for new recovery codes or for turning the factor off. */
function ManageTotp({
  people,
  onCodes,
  onOff,
}: {
  people: PeopleApi;
  onCodes: (codes: RecoveryCodes) => void;
  onOff: () => void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const errors = fieldErrors('totp-manage', error);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);
  const renew = (event: Event) => {
    event.preventDefault();
    people.renewRecoveryCodes(code.trim()).then(onCodes, setError);
  };
  const turnOff = () => {
    people.disableTotp(code.trim()).then(onOff, setError);
  };
  return (
    <form ref={form} class="stack-form" noValidate onSubmit={renew}>
      <CodeField id="totp-manage-code" code={code} onCode={setCode} errors={errors} />
      <p class="hint">{t('pRenewHint')}</p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('pRenewCodes')}
        </button>
        <button type="button" onClick={turnOff}>
          {t('pTurnOff')}
        </button>
      </div>
    </form>
  );
}

/** The recovery codes, this once: a list to copy or print, gone when the person says they kept them. */
function RecoveryCodesShown({ codes, onKept }: { codes: string[]; onKept: () => void }) {
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = () => {
    const write = window.isSecureContext
      ? navigator.clipboard.writeText(codes.join('\n'))
      : Promise.reject(new Error('insecure'));
    write.then(
      () => {
        setCopied(t('copied'));
      },
      () => {
        setCopied(t('copyFailed'));
      },
    );
  };
  return (
    <div class="recovery-codes" aria-labelledby="recovery-codes-heading" role="group">
      <h5 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        {t('pRecoveryCodesHeading')}
      </h5>
      <p class="warning">{t('pRecoveryCodesWarning')}</p>
      <ol class="recovery-list" lang="en">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div class="actions">
        <button type="button" onClick={copy}>
          {t('pCopyCodes')}
        </button>
        <button type="button" class="primary" onClick={onKept}>
          {t('pCodesKept')}
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}

/** The six digits from the authenticator app, with the server's refusal beside them. */
function CodeField({
  id,
  inputRef,
  code,
  onCode,
  errors,
}: {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  code: string;
  onCode: (code: string) => void;
  errors: ReturnType<typeof fieldErrors>;
}) {
  return (
    <>
      <label for={id}>{t('pCodeFromApp')}</label>
      <input
        id={id}
        ref={inputRef}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onInput={(e) => {
          onCode(e.currentTarget.value);
        }}
        {...errors.input('/totp')}
      />
      <FieldError errors={errors} pointer="/totp" />
      <p class="error" role="alert" hidden={!errors.unplaced(['/totp'])}>
        {errors.unplaced(['/totp'])}
      </p>
    </>
  );
}
