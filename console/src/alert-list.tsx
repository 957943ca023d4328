import type { ScreenAlert } from './monitor-api.ts';
import { formatInstant } from './format.ts';
import { t } from './i18n.ts';

/** The text of an alert in the UI language (the server's `text` is Vietnamese only, for chat and SMS). */
export function alertText(alert: ScreenAlert): string {
  const params = {
    screen: alert.screen.name,
    gate: alert.gate.name,
    at: formatInstant(alert.at),
  };
  return alert.event === 'screen.offline' ? t('alertOffline', params) : t('alertOnline', params);
}

/**
 * The latest offline/online alerts, newest first, each dismissable. The list is a polite live log, so a
 * screen reader announces a new alert without moving the user's focus.
 */
export function AlertList({
  alerts,
  onDismiss,
  onDismissAll,
}: {
  alerts: (ScreenAlert & { key: string })[];
  onDismiss: (key: string) => void;
  onDismissAll: () => void;
}) {
  return (
    <section class="alerts" aria-labelledby="alerts-heading">
      <h3 id="alerts-heading">{t('alertsHeading')}</h3>
      <ul role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="alerts-heading">
        {alerts.map((a) => {
          const text = alertText(a);
          return (
            <li key={a.key} data-alert={a.event} data-screen={a.screen.id}>
              <span class={`badge ${a.event === 'screen.offline' ? 'badge-bad' : 'badge-ok'}`}>
                {a.event === 'screen.offline' ? t('statusOffline') : t('statusOnline')}
              </span>{' '}
              <a href={`#screen/${a.screen.id}`}>{text}</a>{' '}
              <button
                type="button"
                aria-label={t('dismissAlert', { text })}
                onClick={() => {
                  onDismiss(a.key);
                }}
              >
                {t('dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
      {alerts.length === 0 ? (
        <p class="empty">{t('alertsEmpty')}</p>
      ) : (
        <button type="button" onClick={onDismissAll}>
          {t('dismissAll')}
        </button>
      )}
    </section>
  );
}
