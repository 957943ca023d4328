import { useState } from 'preact/hooks';
import type { Gate, Me } from './api.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { PersonEditor } from './people-editor.tsx';
import type { PeopleApi, Person } from './people-api.ts';
import { RoleName, scopeText } from './people-parts.tsx';

/** Folds case and Vietnamese diacritics, so "nguyen" finds "Nguyễn". */
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** The people an admin manages (the server lists only those within its scope), searched by name. */
export function PeopleList({ me, people, gates }: { me: Me; people: PeopleApi; gates: readonly Gate[] }) {
  const list = useLoad(() => people.people(), [people]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Person | 'new' | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Every word typed, in the name or the sign-in name: "an nguyen" finds "Nguyễn Văn An".
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = (list.data?.items ?? []).filter((p) => {
    const text = fold(`${p.displayName} ${p.username}`);
    return words.every((w) => text.includes(w));
  });

  return (
    <section class="people-list" aria-labelledby="people-list-heading">
      <h3 id="people-list-heading">{t('pPeopleList')}</h3>
      <div class="toolbar">
        <label class="search">
          <span class="visually-hidden">{t('pSearch')}</span>
          <input
            type="search"
            placeholder={t('pSearch')}
            aria-label={t('pSearch')}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
            }}
          />
        </label>
        <button
          type="button"
          class="primary"
          onClick={() => {
            setEditing('new');
          }}
        >
          {t('pAddPerson')}
        </button>
        {list.data && <span class="hint">{t('pPeopleCount', { count: shown.length })}</span>}
      </div>
      <p class="hint" role="status">
        {status}
      </p>
      {list.error !== undefined && (
        <p class="error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      {list.data && shown.length === 0 && <p class="empty">{t('pNoPeople')}</p>}
      <ul class="card-list people-cards" aria-labelledby="people-list-heading">
        {shown.map((p) => (
          <li key={p.id} class={p.disabled ? 'muted' : undefined}>
            <span>
              <strong>{p.displayName}</strong>{' '}
              <span class="small inline" translate={false}>
                {p.username}
              </span>
            </span>
            <span class="small">
              {p.roles.map((r, i) => (
                <span key={r}>
                  {i > 0 && ', '}
                  <RoleName role={r} />
                </span>
              ))}
            </span>
            <span class="small">{scopeText(p.scope, gates)}</span>
            <span class="badges">
              <span class={`badge ${p.disabled ? 'badge-muted' : 'badge-ok'}`}>
                {p.disabled ? t('pDisabled') : t('pActive')}
              </span>
              {p.secondFactor && <span class="badge badge-ok">{t('pTwoStepBadge')}</span>}
            </span>
            <button
              type="button"
              aria-label={t('editFor', { name: p.displayName || p.username })}
              onClick={() => {
                setEditing(p);
              }}
            >
              {t('edit')}
            </button>
          </li>
        ))}
      </ul>
      {editing && (
        <PersonEditor
          me={me}
          people={people}
          gates={gates}
          person={editing === 'new' ? undefined : editing}
          onSaved={(saved, message) => {
            setStatus(message);
            list.reload();
            if (saved) setEditing(undefined);
          }}
          onClose={() => {
            setEditing(undefined);
          }}
        />
      )}
    </section>
  );
}
