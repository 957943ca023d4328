import type { PageProps } from './app.tsx';
import { t } from './i18n.ts';

/** People and access: users, roles and scope, second factor, API tokens, each person's audit entries. */
export function PeoplePage(_props: PageProps) {
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
    </section>
  );
}
