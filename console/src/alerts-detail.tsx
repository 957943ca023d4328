import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EmergencyScreenAck } from '../../schemas/events.ts';
import { AlertMap } from './alert-map.tsx';
import type { AlertsApi } from './alerts-api.ts';
import { AlertGateCard } from './alerts-gate.tsx';
import {
  certaintyWord,
  isDrill,
  msgTypeWord,
  outcomeWord,
  severityWord,
  statusWord,
  urgencyWord,
} from './alerts-words.ts';
import { formatInstant, languageName } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t, type MessageKey } from './i18n.ts';
import type { LiveSocket } from './live.ts';
import { OverrideConfirm, type ConfirmSpec } from './overrides-confirm.tsx';
import { gateNames, reachOf, screenCount, type Names } from './overrides-reach.ts';

function Fact({ term, children }: { term: MessageKey; children: ComponentChildren }) {
  return (
    <div>
      <dt>{t(term)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The alert and the emergency of each of its gates, read together. */
async function readAlert(alerts: AlertsApi, id: string) {
  const alert = await alerts.alert(id);
  const emergencies = await Promise.all(
    alert.gates.flatMap((g) => (g.emergencyId ? [alerts.emergency(g.emergencyId)] : [])),
  );
  return { alert, emergencies: new Map(emergencies.map((e) => [e.id, e])) };
}

/**
 * One alert: what it says and where from, its area on a map with the gates, and at each gate what it did
 * (on screen, waiting, not shown and why), which languages came from where, which screens show it (with
 * their screenshots), and approve / clear for whoever may, each behind a confirmation naming the screens.
 */
export function AlertDetail({
  id,
  alerts,
  names,
  live,
  changed,
  onOpen,
  onDone,
  onClose,
}: {
  id: string;
  alerts: AlertsApi;
  names: Names;
  live: LiveSocket;
  /** Grows when one of this alert's emergencies changed (pushed live): read it again. */
  changed: number;
  onOpen: (id: string) => void;
  onDone: () => void;
  onClose: () => void;
}) {
  const loaded = useLoad(() => readAlert(alerts, id), [alerts, id]);
  const { reload } = loaded;
  const [confirm, setConfirm] = useState<ConfirmSpec | undefined>(undefined);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (changed > 0) reload();
  }, [changed, reload]);
  // A screen that shows one of its emergencies: read again (the acknowledgement, and soon the screenshot).
  useEffect(() => {
    const onAck = (ack: EmergencyScreenAck) => {
      if (loaded.data?.emergencies.has(ack.id)) reload();
    };
    live.on('emergency:ack', onAck);
    return () => {
      live.off('emergency:ack', onAck);
    };
  }, [live, reload, loaded.data]);
  // Opened from the list: the person lands on it.
  const shown = loaded.data !== undefined;
  useEffect(() => {
    if (!shown) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [shown]);

  if (!loaded.data)
    return (
      <section class="cap-detail" aria-label={t('capDetailLabel')}>
        {loaded.error !== undefined ? (
          <p class="error" role="alert">
            {errorText(loaded.error)}
          </p>
        ) : (
          <p class="hint">{t('loading')}</p>
        )}
      </section>
    );
  const { alert, emergencies } = loaded.data;
  const zone = names.gates.find((g) => g.id === alert.gates[0]?.gateId)?.timeZone;
  const at = (iso: string | undefined) => (iso ? formatInstant(iso, zone) : undefined);
  const status0 = statusWord(alert.status);
  const outcome = outcomeWord(alert.outcome);
  const drill = isDrill(alert);
  const firstLang = alert.languages.present[0];
  const actions = alert.actions ?? [];
  const titleId = `cap-${alert.id}`;

  const ask = (spec: ConfirmSpec) => {
    setStatus('');
    setConfirm(spec);
  };
  const whole = (kind: 'approve' | 'clear') => {
    const gates = alert.gates.filter((g) =>
      kind === 'approve' ? g.outcome === 'pending' : g.outcome === 'active' || g.outcome === 'pending',
    );
    const reach = reachOf(
      gates.map((g) => g.gateId),
      gates.flatMap((g) => g.screens ?? []),
      names,
    );
    const where = { screens: screenCount(reach), gates: gateNames(reach) };
    ask(
      kind === 'approve'
        ? {
            heading: t('capConfirmApproveHeading'),
            sentence: t(drill ? 'capConfirmApproveDrill' : 'capConfirmApprove', where),
            reach,
            everything: false,
            confirmLabel: t('capApproveAll'),
            run: () => alerts.approveAlert(alert.id).then(() => t('capApprovedAll')),
          }
        : {
            heading: t('capConfirmClearHeading'),
            sentence: t('capConfirmClear', where),
            reach,
            everything: false,
            confirmLabel: t('capClearAll'),
            run: () => alerts.clearAlert(alert.id).then(() => t('capClearedAll')),
          },
    );
  };

  return (
    <section class="cap-detail" aria-labelledby={titleId} data-alert={alert.id} data-outcome={alert.outcome}>
      <div class="toolbar cap-detail-head">
        <h3 id={titleId} ref={heading} tabIndex={-1} lang={firstLang}>
          {alert.headline ?? alert.event}
        </h3>
        <button type="button" onClick={onClose}>
          {t('capCloseDetail')}
        </button>
      </div>
      {drill && (
        <p class="cap-drill" data-drill>
          {t('capDrillBanner')}
        </p>
      )}
      <p class="cap-badges">
        <span class={`badge ${status0.badge}`}>{status0.text}</span>{' '}
        <span class="badge badge-muted">{msgTypeWord(alert.msgType)}</span>{' '}
        <span class={`badge ${outcome.badge}`}>{outcome.text}</span>
      </p>
      <dl class="cap-facts">
        <Fact term="capColSource">{alert.sourceName}</Fact>
        <Fact term="capFactSender">
          <span translate={false}>{alert.sender}</span>
        </Fact>
        <Fact term="capColSent">{at(alert.sent)}</Fact>
        <Fact term="capFactReceived">
          {t(alert.via === 'feed' ? 'capViaFeed' : 'capViaPush', { at: at(alert.receivedAt) ?? '' })}
        </Fact>
        <Fact term="capFactEvent">
          <span lang={firstLang}>{alert.event}</span>
        </Fact>
        <Fact term="capFactSeverity">
          {t('capSeverityLine', {
            severity: severityWord(alert.severity),
            urgency: urgencyWord(alert.urgency),
            certainty: certaintyWord(alert.certainty),
          })}
        </Fact>
        {alert.onset && <Fact term="capFactOnset">{at(alert.onset)}</Fact>}
        {alert.expires && <Fact term="capFactExpires">{at(alert.expires)}</Fact>}
        <Fact term="capFactLanguages">
          {alert.languages.present.length > 0
            ? alert.languages.present.map(languageName).join(', ')
            : t('none')}
        </Fact>
        {alert.languages.unmapped.length > 0 && (
          <Fact term="capFactUnmapped">
            <span translate={false}>{alert.languages.unmapped.join(', ')}</span>
          </Fact>
        )}
        {alert.areas.length > 0 && (
          <Fact term="capFactAreas">
            <ul class="cap-plain">
              {alert.areas.map((a, i) => (
                <li key={i} lang={firstLang}>
                  {a.areaDesc}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {(alert.references ?? []).length > 0 && (
          <Fact term="capFactReferences">
            <ul class="cap-plain">
              {(alert.references ?? []).map((r) => (
                <li key={`${r.sender},${r.identifier},${r.sent}`}>
                  <span translate={false}>{r.identifier}</span>{' '}
                  {r.alertId ? (
                    <button
                      type="button"
                      class="link"
                      onClick={() => {
                        if (r.alertId) onOpen(r.alertId);
                      }}
                    >
                      {t('capReferenceOpen')}
                    </button>
                  ) : (
                    <span class="muted">({t('capReferenceUnknown')})</span>
                  )}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term="capFactIdentifier">
          <span translate={false}>{alert.identifier}</span>
        </Fact>
      </dl>
      <p>
        <a href={alerts.xmlHref(alert.id)} download={`${alert.identifier}.xml`} data-download="xml">
          {t('capDownloadXml')}
        </a>
      </p>
      {actions.length > 0 && (
        <div class="actions">
          {actions.includes('approve') && (
            <button
              type="button"
              class="primary"
              aria-describedby={titleId}
              onClick={() => {
                whole('approve');
              }}
            >
              {t('capApproveAll')}
            </button>
          )}
          {actions.includes('clear') && (
            <button
              type="button"
              class="danger"
              aria-describedby={titleId}
              onClick={() => {
                whole('clear');
              }}
            >
              {t('capClearAll')}
            </button>
          )}
        </div>
      )}
      <p class="success" role="status">
        {status}
      </p>
      <div class="cap-detail-body">
        <section aria-labelledby="cap-map-heading" class="cap-map-box">
          <h4 id="cap-map-heading">{t('capMapHeading')}</h4>
          <AlertMap areas={alert.areas} gates={names.gates} reached={alert.gates} />
          <p class="hint">{t('capMapLegend')}</p>
        </section>
        <section aria-labelledby="cap-gates-heading" class="cap-gates">
          <h4 id="cap-gates-heading">{t('capGatesHeading')}</h4>
          {alert.gates.length === 0 && <p class="empty">{t('capNoGates')}</p>}
          {alert.gates.map((g) => (
            <AlertGateCard
              key={g.gateId}
              alert={alert}
              gate={g}
              emergency={g.emergencyId ? emergencies.get(g.emergencyId) : undefined}
              names={names}
              zone={names.gates.find((x) => x.id === g.gateId)?.timeZone ?? zone}
              ask={ask}
              alerts={alerts}
            />
          ))}
        </section>
      </div>
      {confirm && (
        <OverrideConfirm
          spec={{
            ...confirm,
            run: () =>
              confirm.run().then((said) => {
                setStatus(typeof said === 'string' ? said : '');
              }),
          }}
          onClose={(done) => {
            setConfirm(undefined);
            if (done) {
              reload();
              onDone();
            }
          }}
        />
      )}
    </section>
  );
}
