import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { auditActionText, errorText, t } from './i18n.ts';
import type { AuditEntry, PeopleApi } from './people-api.ts';

function what(entry: AuditEntry): string {
  const text = auditActionText(entry.action);
  if (entry.outcome === 'failed') return `${text} (${t('pOutcomeFailed')})`;
  if (entry.outcome === 'denied') return `${text} (${t('pOutcomeDenied')})`;
  return text;
}

/** A person's newest audit entries: what they did, and what was done to their account (and by whom). */
export function PersonAudit({ people, id }: { people: PeopleApi; id: string }) {
  const entries = useLoad(() => people.audit(id), [people, id]);
  return (
    <section aria-labelledby="person-audit-heading">
      <h3 id="person-audit-heading">{t('pRecentActivity')}</h3>
      {entries.error !== undefined && (
        <p class="error" role="alert">
          {errorText(entries.error)}
        </p>
      )}
      {entries.data &&
        (entries.data.items.length === 0 ? (
          <p class="empty">{t('pNoActivity')}</p>
        ) : (
          <ol class="card-list audit-list">
            {entries.data.items.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at} class="small">
                  {formatInstant(entry.at)}
                </time>
                <span>
                  {entry.actor.kind === 'user' && entry.actor.id === id ? null : (
                    <>
                      <span translate={false}>{entry.actor.name}</span>:{' '}
                    </>
                  )}
                  {what(entry)}
                </span>
                {entry.ip && (
                  <span class="small" lang="en">
                    {entry.ip}
                  </span>
                )}
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
