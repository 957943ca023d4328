import { useRef, useState } from 'preact/hooks';
import type { Me } from './api.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { allRoles, type ApiToken, type ApiTokenCreated, type PeopleApi, type Role } from './people-api.ts';
import { RoleName } from './people-parts.tsx';
import { ShownOnceDialog } from './token-dialog.tsx';

/** The signed-in person's own API tokens: create one (its secret shown once), list them, revoke one. */
export function AccountTokens({ me, people }: { me: Me; people: PeopleApi }) {
  const tokens = useLoad(() => people.tokens(), [people]);
  const [label, setLabel] = useState('');
  // Least first: a token reads only, unless its maker ticks more.
  const [roles, setRoles] = useState<Role[]>(['viewer']);
  const [error, setError] = useState<unknown>(undefined);
  const [created, setCreated] = useState<ApiTokenCreated | undefined>(undefined);
  const errors = fieldErrors('token-create', error);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);
  const mine = (tokens.data?.items ?? []).filter((tk) => tk.person === `user:${me.id}`);
  // Roles the person holds, and reading (every role reads); an admin holds every permission.
  const offered = allRoles.filter(
    (r) => me.roles.includes('admin') || me.roles.includes(r) || r === 'viewer',
  );

  const submit = (event: Event) => {
    event.preventDefault();
    setError(undefined);
    people.createToken({ label: label.trim(), roles, scope: me.scope }).then(
      (made) => {
        setCreated(made);
        setLabel('');
        tokens.reload();
      },
      (err: unknown) => {
        setError(err);
      },
    );
  };

  return (
    <section class="account-part" aria-labelledby="account-tokens-heading">
      <h4 id="account-tokens-heading">{t('pTokens')}</h4>
      <p class="hint">
        {t('pTokensHint')} <code lang="en">Authorization: Bearer gca_…</code>
      </p>
      <TokenList
        tokens={mine}
        people={people}
        onRevoked={tokens.reload}
        error={tokens.error}
        labelledBy="account-tokens-heading"
      />
      <form ref={form} class="stack-form" noValidate onSubmit={submit}>
        <label for="token-label">{t('pTokenLabel')}</label>
        <input
          id="token-label"
          value={label}
          maxLength={100}
          onInput={(e) => {
            setLabel(e.currentTarget.value);
          }}
          {...errors.input('/label')}
        />
        <FieldError errors={errors} pointer="/label" />
        <fieldset class="role-checks" {...errors.input('/roles')}>
          <legend>{t('pTokenRoles')}</legend>
          {offered.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setRoles((rs) => (on ? [...rs, role] : rs.filter((r) => r !== role)));
                }}
              />{' '}
              <RoleName role={role} />
            </label>
          ))}
        </fieldset>
        <FieldError errors={errors} pointer="/roles" />
        <p class="error" role="alert" hidden={!errors.unplaced(['/label', '/roles'])}>
          {errors.unplaced(['/label', '/roles'])}
        </p>
        <button type="submit" class="primary">
          {t('pCreateToken')}
        </button>
      </form>
      {created && (
        <NewTokenDialog
          token={created}
          onClose={() => {
            setCreated(undefined);
          }}
        />
      )}
    </section>
  );
}

/** API tokens as a list of cards (it fits a phone), each live one with its revoke button. */
export function TokenList({
  tokens,
  people,
  onRevoked,
  error,
  labelledBy,
}: {
  tokens: readonly ApiToken[];
  people: PeopleApi;
  onRevoked: () => void;
  error: unknown;
  labelledBy: string;
}) {
  const [failure, setFailure] = useState<unknown>(undefined);
  const revoke = (token: ApiToken) => {
    if (!confirm(t('pConfirmRevoke', { name: token.label }))) return;
    people.revokeToken(token.id).then(onRevoked, setFailure);
  };
  const problem = failure ?? error;
  return (
    <>
      {problem !== undefined && (
        <p class="error" role="alert">
          {errorText(problem)}
        </p>
      )}
      {tokens.length === 0 ? (
        <p class="empty">{t('pNoTokens')}</p>
      ) : (
        <ul class="card-list" aria-labelledby={labelledBy}>
          {tokens.map((token) => (
            <li key={token.id} class={token.revokedAt ? 'muted' : undefined}>
              <strong>{token.label}</strong>
              <span class="small">
                {token.roles.map((r, i) => (
                  <span key={r}>
                    {i > 0 && ', '}
                    <RoleName role={r} />
                  </span>
                ))}
              </span>
              <span class="small">
                {token.revokedAt
                  ? t('pTokenRevokedAt', { time: formatInstant(token.revokedAt) })
                  : t('pTokenCreatedAt', { time: formatInstant(token.createdAt) })}
              </span>
              {!token.revokedAt && (
                <button
                  type="button"
                  aria-label={t('pRevokeFor', { name: token.label })}
                  onClick={() => {
                    revoke(token);
                  }}
                >
                  {t('pRevoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A new token's secret, shown once, with how a shell keeps it. */
function NewTokenDialog({ token, onClose }: { token: ApiTokenCreated; onClose: () => void }) {
  return (
    <ShownOnceDialog
      id="new-token-secret"
      heading={t('pNewTokenHeading', { name: token.label })}
      warning={t('pNewTokenWarning')}
      label={t('pTokenSecret')}
      secret={token.token}
      copyFailed={t('copyFailed')}
      onClose={onClose}
    >
      <p class="hint">
        {t('pTokenShellHint')} <code lang="en">export TOKEN=…</code>
      </p>
    </ShownOnceDialog>
  );
}
