import type { AlertsApi, CapAlert, GateOutcome } from './alerts-api.ts';
import { gateOutcomeWord, isDrill, textWord } from './alerts-words.ts';
import { formatInstant, languageName } from './format.ts';
import { t } from './i18n.ts';
import type { Emergency } from './overrides-api.ts';
import type { ConfirmSpec } from './overrides-confirm.tsx';
import { gateNames, personName, reachOf, screenCount, type Names } from './overrides-reach.ts';

/** The emergency that carries an alert at one gate, as GET /emergencies/{id} answers it. */
export type GateEmergency = Emergency;

/**
 * What one alert did at one gate: its outcome, each language of the gate with where its text came from
 * (a missing one stands out), the screens it reaches with their acknowledgements and screenshots, and
 * approve / clear of this gate's emergency for whoever may.
 */
export function AlertGateCard({
  alert,
  gate,
  emergency,
  names,
  zone,
  ask,
  alerts,
}: {
  alert: CapAlert;
  gate: GateOutcome;
  emergency: GateEmergency | undefined;
  names: Names;
  zone: string | undefined;
  ask: (spec: ConfirmSpec) => void;
  alerts: AlertsApi;
}) {
  const outcome = gateOutcomeWord(gate.outcome);
  const screenIds = emergency?.screenIds ?? gate.screens ?? [];
  const reach = reachOf([gate.gateId], screenIds, names);
  const where = { screens: screenCount(reach), gates: gateNames(reach) || gate.name };
  const actions = emergency?.actions ?? [];
  const headingId = `cap-gate-${gate.gateId}`;
  const langs = Object.entries(gate.texts);
  const acks = emergency?.acks ?? [];
  const proofs = emergency?.proofs ?? [];
  const screenName = (id: string) => names.screens.find((s) => s.id === id)?.name ?? t('capScreenUnknown');
  const drill = isDrill(alert);
  return (
    <article
      class="cap-gate"
      aria-labelledby={headingId}
      data-gate={gate.gateId}
      data-gate-outcome={gate.outcome}
    >
      <h5 id={headingId}>{gate.name}</h5>
      <p class="cap-badges">
        <span class={`badge ${outcome.badge}`}>{outcome.text}</span>
      </p>
      <h6>{t('capLanguagesAtGate')}</h6>
      {langs.length === 0 ? (
        <p class="empty">{t('none')}</p>
      ) : (
        <ul class="cap-langs">
          {langs.map(([lang, source]) => (
            <li
              key={lang}
              data-lang={lang}
              data-text={source}
              class={source === 'missing' ? 'cap-missing' : undefined}
            >
              <span class="chip" lang={lang} translate={false}>
                {lang}
              </span>{' '}
              {languageName(lang)}
              {': '}
              <strong class={source === 'missing' ? 'badge badge-bad' : undefined}>{textWord(source)}</strong>
            </li>
          ))}
        </ul>
      )}
      <h6>{t('capScreensReached')}</h6>
      {screenIds.length === 0 ? (
        <p class="empty">{t(drill ? 'capNoDrillScreens' : 'capNoScreens')}</p>
      ) : (
        <ul class="cap-screens">
          {screenIds.map((id) => {
            const ack = acks.find((a) => a.screenId === id);
            return (
              <li key={id} data-ack-screen={id} data-acked={ack ? 'true' : 'false'}>
                {screenName(id)}
                {emergency?.activatedAt &&
                  `: ${ack ? t('ackedAt', { time: formatInstant(ack.at, zone) }) : t('notAcked')}`}
              </li>
            );
          })}
        </ul>
      )}
      {emergency?.state === 'pending' && (
        <p class="small">
          {t('capApprovers', {
            names:
              emergency.approvers && emergency.approvers.length > 0
                ? emergency.approvers.map(personName).join(', ')
                : t('capNobody'),
          })}
        </p>
      )}
      {proofs.length > 0 && (
        <>
          <h6>{t('capProofsHeading')}</h6>
          <ul class="cap-proofs">
            {proofs.map((p) => {
              const alt = t('capProofAlt', {
                screen: screenName(p.screenId),
                time: formatInstant(p.at, zone),
              });
              return (
                <li key={p.screenId} data-proof={p.screenId}>
                  <a href={p.imageUrl} target="_blank" rel="noopener">
                    <img src={p.imageUrl} alt={alt} loading="lazy" />
                    <span class="visually-hidden"> {t('opensInNewTab')}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {actions.length > 0 && emergency && (
        <div class="actions">
          {actions.includes('approve') && (
            <button
              type="button"
              class="primary"
              onClick={() => {
                ask({
                  heading: t('capConfirmApproveGateHeading', { gate: gate.name }),
                  sentence: t(drill ? 'capConfirmApproveDrill' : 'capConfirmApprove', where),
                  reach,
                  everything: false,
                  confirmLabel: t('approveEmergency'),
                  run: () =>
                    alerts
                      .approveEmergency(emergency.id)
                      .then(() => t('capApprovedGate', { gate: gate.name })),
                });
              }}
            >
              {t('capApproveAt', { gate: gate.name })}
            </button>
          )}
          {actions.includes('clear') && (
            <button
              type="button"
              class="danger"
              onClick={() => {
                ask({
                  heading: t('capConfirmClearGateHeading', { gate: gate.name }),
                  sentence:
                    emergency.state === 'pending' ? t('capConfirmWithdraw') : t('capConfirmClear', where),
                  reach,
                  everything: false,
                  confirmLabel: t('clear'),
                  run: () =>
                    alerts.clearEmergency(emergency.id).then(() => t('capClearedGate', { gate: gate.name })),
                });
              }}
            >
              {t('capClearAt', { gate: gate.name })}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
