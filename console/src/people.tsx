import { useMemo } from 'preact/hooks';
import { AccountPassword } from './account-password.tsx';
import { AccountTokens } from './account-tokens.tsx';
import { AccountTotp } from './account-totp.tsx';
import type { PageProps } from './app.tsx';
import { useLoad } from './hooks.ts';
import { t } from './i18n.ts';
import { peopleApi } from './people-api.ts';
import { PeopleList } from './people-list.tsx';
import './people.css';

/**
 * People and access: everyone's own account (password, second factor with recovery codes, API tokens);
 * for admins also the people within their scope (roles, scope, password reset, disabling, second factor,
 * tokens, recent audit entries).
 */
export function PeoplePage({ api, me }: PageProps) {
  const people = useMemo(() => peopleApi(api), [api]);
  const admin = me.kind === 'user' && me.roles.includes('admin');
  const gates = useLoad(() => (admin ? api.gates() : Promise.resolve(undefined)), [api, admin]);
  return (
    <section class="people-page" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      {admin && gates.data && <PeopleList me={me} people={people} gates={gates.data.items} />}
      {me.kind === 'user' && (
        <section class="account" aria-labelledby="account-heading">
          <h3 id="account-heading">{t('pMyAccount')}</h3>
          <div class="account-parts">
            <AccountTotp api={api} people={people} />
            <AccountTokens me={me} people={people} />
            <AccountPassword api={api} people={people} />
          </div>
        </section>
      )}
    </section>
  );
}
