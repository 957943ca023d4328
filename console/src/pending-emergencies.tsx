import { useState } from 'preact/hooks';
import type { Emergency, Me } from './api.ts';
import { formatInstant } from './format.ts';
import { errorText, t } from './i18n.ts';

/**
 * Emergencies waiting for a second approver (a target gate's policy asks for one). Another approver
 * approves here; the sender sees it waiting and why they cannot approve it themselves.
 */
export function PendingEmergencies({
  items,
  me,
  onApprove,
}: {
  items: Emergency[];
  me: Me;
  onApprove: (id: string) => Promise<void>;
}) {
  const [error, setError] = useState<string | undefined>(undefined);
  const pending = items.filter((e) => e.state === 'pending');
  const canApprove = me.roles.includes('admin') || me.roles.includes('approver');
  return (
    <section aria-labelledby="pending-heading">
      <h3 id="pending-heading">{t('pendingEmergencies')}</h3>
      {pending.length === 0 && <p class="empty">{t('noPendingEmergencies')}</p>}
      <ul>
        {pending.map((e) => {
          const mine = e.createdBy.id === me.id;
          const text = Object.values(e.variants).find((v) => v.title)?.title ?? e.id;
          return (
            <li key={e.id} data-pending-emergency={e.id}>
              <p>
                <strong>{text}</strong> —{' '}
                {t('sentBy', { name: e.createdBy.name, at: formatInstant(e.createdAt) })}
              </p>
              <p class="badge badge-warn">{t('awaitingSecondApprover')}</p>
              {mine ? (
                <p class="hint">{t('cannotApproveOwn')}</p>
              ) : canApprove ? (
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    setError(undefined);
                    onApprove(e.id).catch((err: unknown) => {
                      setError(errorText(err));
                    });
                  }}
                >
                  {t('approveEmergency')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p class="error" role="alert" hidden={!error}>
        {error}
      </p>
    </section>
  );
}
