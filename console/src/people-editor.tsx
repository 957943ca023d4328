import { useRef, useState } from 'preact/hooks';
import type { Gate, Me } from './api.ts';
import { TokenList } from './account-tokens.tsx';
import { Dialog } from './dialog.tsx';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { PersonAudit } from './people-audit.tsx';
import { bodyOf, formOf } from './forms/person.form.ts';
import { allRoles, type PeopleApi, type Person, type Role } from './people-api.ts';
import { RoleName, roleHint } from './people-parts.tsx';

const FORM = 'person-form';
const placed = ['/username', '/displayName', '/roles', '/scope', '/password', '/disabled'];

/**
 * Adds a person, or edits one: name, roles, scope (only within the editor's own), a password reset,
 * disabling; for someone existing also their second factor, API tokens and recent audit entries.
 */
export function PersonEditor({
  me,
  people,
  gates,
  person,
  onSaved,
  onClose,
}: {
  me: Me;
  people: PeopleApi;
  gates: readonly Gate[];
  person: Person | undefined;
  onSaved: (saved: Person | undefined, message: string) => void;
  onClose: () => void;
}) {
  const national = me.scope.global === true;
  // An admin of exactly one gate adds people at that gate.
  const initial = formOf(person, national || gates.length !== 1 ? [] : gates.map((g) => g.id));
  const [username, setUsername] = useState(initial.username);
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [roles, setRoles] = useState<Role[]>(initial.roles);
  const [wholeCountry, setWholeCountry] = useState(initial.wholeCountry);
  const [provinces, setProvinces] = useState<string[]>(initial.provinces);
  const [gateIds, setGateIds] = useState<string[]>(initial.gates);
  const [password, setPassword] = useState(initial.password);
  const [disabled, setDisabled] = useState(initial.disabled);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(FORM, error);
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(form, error);
  // The provinces it may grant: a national admin, every province with a gate; anyone else, its own.
  const offeredProvinces = national
    ? [...new Set(gates.map((g) => g.province))].sort((a, b) => a.localeCompare(b, 'vi'))
    : (me.scope.provinces ?? []);
  const headingId = 'person-editor-heading';

  const toggle = <T,>(list: T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const typed = {
      username,
      displayName,
      roles,
      wholeCountry,
      provinces,
      gates: gateIds,
      password,
      disabled,
    };
    const body = bodyOf(typed, person);
    setBusy(true);
    people.savePerson(body, person?.id).then(
      (saved) => {
        setBusy(false);
        onSaved(
          saved,
          person ? t('pPersonSaved') : t('pPersonCreated', { name: saved.displayName || saved.username }),
        );
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  return (
    <Dialog labelledBy={headingId} onClose={onClose}>
      <h2 id={headingId}>
        {person ? t('pPersonHeading', { name: person.displayName || person.username }) : t('pNewPerson')}
      </h2>
      <form ref={form} id={FORM} class="stack-form" noValidate onSubmit={submit}>
        <label for="person-username">{t('pUsername')}</label>
        <input
          id="person-username"
          autoComplete="off"
          spellcheck={false}
          value={username}
          onInput={(e) => {
            setUsername(e.currentTarget.value);
          }}
          {...errors.input('/username')}
        />
        <FieldError errors={errors} pointer="/username" />
        <label for="person-display-name">{t('pDisplayName')}</label>
        <input
          id="person-display-name"
          value={displayName}
          onInput={(e) => {
            setDisplayName(e.currentTarget.value);
          }}
          {...errors.input('/displayName')}
        />
        <FieldError errors={errors} pointer="/displayName" />
        <fieldset class="role-checks" {...errors.input('/roles')}>
          <legend>{t('pRoles')}</legend>
          {allRoles.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(e) => {
                  setRoles((rs) => toggle(rs, role, e.currentTarget.checked));
                }}
              />{' '}
              <RoleName role={role} /> <span class="small inline">({roleHint(role)})</span>
            </label>
          ))}
        </fieldset>
        <FieldError errors={errors} pointer="/roles" />
        <fieldset class="role-checks" {...errors.input('/scope')}>
          <legend>{t('pScope')}</legend>
          {national && (
            <>
              <label>
                <input
                  type="radio"
                  name="person-scope-kind"
                  checked={wholeCountry}
                  onChange={() => {
                    setWholeCountry(true);
                  }}
                />{' '}
                {t('pScopeNationalChoice')}
              </label>
              <label>
                <input
                  type="radio"
                  name="person-scope-kind"
                  checked={!wholeCountry}
                  onChange={() => {
                    setWholeCountry(false);
                  }}
                />{' '}
                {t('pScopeListed')}
              </label>
            </>
          )}
          {!wholeCountry && (
            <>
              {offeredProvinces.length > 0 && (
                <fieldset class="role-checks nested">
                  <legend>{t('pProvinces')}</legend>
                  {offeredProvinces.map((p) => (
                    <label key={p}>
                      <input
                        type="checkbox"
                        checked={provinces.includes(p)}
                        onChange={(e) => {
                          setProvinces((ps) => toggle(ps, p, e.currentTarget.checked));
                        }}
                      />{' '}
                      {p}
                    </label>
                  ))}
                </fieldset>
              )}
              <fieldset class="role-checks nested">
                <legend>{t('pGates')}</legend>
                {gates.map((g) => (
                  <label key={g.id}>
                    <input
                      type="checkbox"
                      checked={gateIds.includes(g.id)}
                      onChange={(e) => {
                        setGateIds((gs) => toggle(gs, g.id, e.currentTarget.checked));
                      }}
                    />{' '}
                    {g.name} <span class="small inline">({g.province})</span>
                  </label>
                ))}
              </fieldset>
              {!national && <p class="hint">{t('pScopeHint')}</p>}
            </>
          )}
        </fieldset>
        <FieldError errors={errors} pointer="/scope" />
        <label for="person-password">{person ? t('pResetPassword') : t('pPassword')}</label>
        <input
          id="person-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onInput={(e) => {
            setPassword(e.currentTarget.value);
          }}
          {...errors.input('/password')}
        />
        <FieldError errors={errors} pointer="/password" />
        {person && (
          <label class="check">
            <input
              type="checkbox"
              checked={disabled}
              onChange={(e) => {
                setDisabled(e.currentTarget.checked);
              }}
              {...errors.input('/disabled')}
            />{' '}
            {t('pDisableAccount')}
          </label>
        )}
        <FieldError errors={errors} pointer="/disabled" />
        <p class="error" role="alert" hidden={!errors.unplaced(placed)}>
          {errors.unplaced(placed)}
        </p>
        <div class="dialog-actions actions">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            {t('pSavePerson')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
      {person && (
        <PersonAccess me={me} people={people} person={person} onChanged={onSaved} onClose={onClose} />
      )}
    </Dialog>
  );
}

/** Someone existing: their second factor (turned off for a lost phone), API tokens, audit, removal. */
function PersonAccess({
  me,
  people,
  person,
  onChanged,
  onClose,
}: {
  me: Me;
  people: PeopleApi;
  person: Person;
  onChanged: (saved: Person | undefined, message: string) => void;
  onClose: () => void;
}) {
  const tokens = useLoad(() => people.tokens(), [people]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');
  const [secondFactor, setSecondFactor] = useState(person.secondFactor);
  const name = person.displayName || person.username;
  const turnOff = () => {
    if (!confirm(t('pConfirmTurnOffForPerson', { name }))) return;
    people.turnOffSecondFactor(person.id).then(() => {
      setSecondFactor(false);
      setStatus(t('pTurnedOffForPerson'));
      onChanged(undefined, t('pTurnedOffForPerson'));
    }, setFailure);
  };
  const remove = () => {
    if (!confirm(t('pConfirmDeletePerson', { name }))) return;
    people.removePerson(person.id).then(() => {
      onChanged(undefined, '');
      onClose();
    }, setFailure);
  };
  return (
    <div class="person-access">
      {failure !== undefined && (
        <p class="error" role="alert">
          {errorText(failure)}
        </p>
      )}
      <p class="hint" role="status">
        {status}
      </p>
      <section aria-labelledby="person-2fa-heading">
        <h3 id="person-2fa-heading">{t('pSecondFactorOfPerson')}</h3>
        <p>{secondFactor ? t('pPersonTwoStepOn') : t('pPersonTwoStepOff')}</p>
        {secondFactor && (
          <button type="button" onClick={turnOff}>
            {t('pTurnOffForPerson')}
          </button>
        )}
      </section>
      <section aria-labelledby="person-tokens-heading">
        <h3 id="person-tokens-heading">{t('pTokensOfPerson')}</h3>
        <TokenList
          tokens={(tokens.data?.items ?? []).filter((tk) => tk.person === `user:${person.id}`)}
          people={people}
          onRevoked={tokens.reload}
          error={tokens.error}
          labelledBy="person-tokens-heading"
        />
      </section>
      <PersonAudit people={people} id={person.id} />
      {person.id !== me.id && (
        <div class="actions danger-zone">
          <button type="button" class="danger" onClick={remove}>
            {t('pDeletePerson')}
          </button>
        </div>
      )}
    </div>
  );
}
