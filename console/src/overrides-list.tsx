import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Me } from './api.ts';
import { formatInstant } from './format.ts';
import { t, type MessageKey } from './i18n.ts';
import type { Blackout, Emergency, OverridesApi } from './overrides-api.ts';
import { OverrideConfirm, type ConfirmSpec } from './overrides-confirm.tsx';
import {
  gateNames,
  personName,
  reachOf,
  screenCount,
  zoneOf,
  type Names,
  type Reach,
} from './overrides-reach.ts';

const emergencyState: Record<Emergency['state'], [MessageKey, string]> = {
  pending: ['awaitingSecondApprover', 'badge-warn'],
  active: ['ovStateActive', 'badge-bad'],
  cleared: ['ovStateCleared', 'badge-muted'],
  expired: ['ovStateExpired', 'badge-muted'],
};

/** The emergency's text in the console's first language if it has one, else its first language. */
function headline(e: Emergency): { lang: string; text: string } {
  const langs = Object.keys(e.variants);
  const lang = langs.includes('vi') ? 'vi' : (langs[0] ?? 'vi');
  return { lang, text: e.variants[lang]?.title ?? '' };
}

const stamp = (name: string | undefined, at: string | undefined, zone: string | undefined) =>
  name && at ? t('ovWhoWhen', { name, at: formatInstant(at, zone) }) : undefined;

function Fact({ term, children }: { term: MessageKey; children: ComponentChildren }) {
  return (
    <div>
      <dt>{t(term)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where an override goes: everything, or each gate with how many of its screens. */
function Targets({ all, reach }: { all: boolean; reach: Reach }) {
  return (
    <Fact term="ovFactTargets">
      {all && <span>{t('ovTargetsAll')}</span>}
      <ul class="override-gates">
        {reach.gates.map((g) => (
          <li key={g.id}>{t('ovGateScreens', { gate: g.name, count: g.screens })}</li>
        ))}
        {reach.hidden > 0 && <li>{t('ovOutsideScope', { count: reach.hidden })}</li>}
      </ul>
    </Fact>
  );
}

/**
 * Emergencies and blackouts in the person's scope: waiting for a second approver, in force, recently
 * ended. Each says who, when, where, for how long and which screens have shown it; approve, clear and
 * lift are offered to whoever the server says may, each behind a confirmation naming the screens.
 */
export function OverrideBoard({
  ov,
  me,
  names,
  emergencies,
  blackouts,
  onDone,
}: {
  ov: OverridesApi;
  me: Me;
  names: Names;
  emergencies: readonly Emergency[];
  blackouts: readonly Blackout[];
  onDone: () => void;
}) {
  const [confirm, setConfirm] = useState<ConfirmSpec | undefined>(undefined);
  const pending = emergencies.filter((e) => e.state === 'pending');
  const byNewest = (a: { createdAt: string }, b: { createdAt: string }) =>
    b.createdAt.localeCompare(a.createdAt);
  const live = [
    ...emergencies.filter((e) => e.state === 'active').map((e) => ({ emergency: e, createdAt: e.createdAt })),
    ...blackouts.filter((b) => b.active).map((b) => ({ blackout: b, createdAt: b.createdAt })),
  ].sort(byNewest);
  const ended = [
    ...emergencies
      .filter((e) => e.state === 'cleared' || e.state === 'expired')
      .map((e) => ({ emergency: e, createdAt: e.clearedAt ?? e.expiresAt ?? e.createdAt })),
    ...blackouts.filter((b) => !b.active).map((b) => ({ blackout: b, createdAt: b.liftedAt ?? b.createdAt })),
  ]
    .sort(byNewest)
    .slice(0, 10);
  const card = (item: { emergency?: Emergency; blackout?: Blackout }) =>
    item.emergency ? (
      <EmergencyCard key={item.emergency.id} e={item.emergency} {...{ ov, me, names, ask: setConfirm }} />
    ) : item.blackout ? (
      <BlackoutCard key={item.blackout.id} b={item.blackout} {...{ ov, names, ask: setConfirm }} />
    ) : null;
  return (
    <div class="override-board">
      <section aria-labelledby="pending-heading">
        <h3 id="pending-heading">{t('pendingEmergencies')}</h3>
        {pending.length === 0 && <p class="empty">{t('noPendingEmergencies')}</p>}
        <div class="override-cards">{pending.map((emergency) => card({ emergency }))}</div>
      </section>
      <section aria-labelledby="live-heading">
        <h3 id="live-heading">{t('ovLiveHeading')}</h3>
        {live.length === 0 && <p class="empty">{t('ovNoneLive')}</p>}
        <div class="override-cards">{live.map(card)}</div>
      </section>
      <section aria-labelledby="recent-heading">
        <h3 id="recent-heading">{t('ovRecentHeading')}</h3>
        {ended.length === 0 && <p class="empty">{t('ovNoneRecent')}</p>}
        <div class="override-cards">{ended.map(card)}</div>
      </section>
      {confirm && (
        <OverrideConfirm
          spec={confirm}
          onClose={(done) => {
            setConfirm(undefined);
            if (done) onDone();
          }}
        />
      )}
    </div>
  );
}

function EmergencyCard({
  e,
  ov,
  me,
  names,
  ask,
}: {
  e: Emergency;
  ov: OverridesApi;
  me: Me;
  names: Names;
  ask: (spec: ConfirmSpec) => void;
}) {
  const zone = zoneOf(e.gateIds, names);
  const reach = reachOf(e.gateIds, e.screenIds ?? [], names);
  const [stateKey, badge] = emergencyState[e.state];
  const { lang, text } = headline(e);
  const actions = e.actions ?? [];
  const mine =
    e.createdBy.person === `user:${me.id}` || (e.createdBy.kind === me.kind && e.createdBy.id === me.id);
  const everything = e.targets.all === true;
  const where = { screens: screenCount(reach), gates: gateNames(reach), minutes: e.ttlMinutes };
  const titleId = `override-${e.id}`;
  return (
    <article
      class="override-card"
      data-override={e.id}
      data-kind="emergency"
      data-state={e.state}
      aria-labelledby={titleId}
    >
      <p class="override-head">
        <span class={`badge ${badge}`}>{t(stateKey)}</span> <span class="muted">{t('ovKindEmergency')}</span>
      </p>
      <h4 id={titleId} lang={lang}>
        {text}
      </h4>
      <dl class="override-facts">
        <Fact term="ovFactSent">{stamp(e.createdBy.name, e.createdAt, zone)}</Fact>
        {e.approvedBy ? (
          <Fact term="ovFactApproved">{stamp(e.approvedBy.name, e.activatedAt, zone)}</Fact>
        ) : e.secondApproval === 'waived-by-gate-policy' ? (
          <Fact term="ovFactApproved">{t('ovWaived')}</Fact>
        ) : null}
        {e.state === 'pending' && (
          <Fact term="ovFactApprovers">
            {e.approvers && e.approvers.length > 0
              ? e.approvers.map(personName).join(', ')
              : t('ovNoApprovers')}
          </Fact>
        )}
        <Targets all={everything} reach={reach} />
        <Fact term="ovFactTime">
          {e.expiresAt
            ? t('ovTtlUntil', { minutes: e.ttlMinutes, at: formatInstant(e.expiresAt, zone) })
            : t('ovTtlAfterApproval', { minutes: e.ttlMinutes })}
        </Fact>
        {e.clearedBy && <Fact term="ovFactCleared">{stamp(e.clearedBy.name, e.clearedAt, zone)}</Fact>}
      </dl>
      {e.activatedAt && (
        <details class="override-acks" open={e.state === 'active'}>
          <summary>
            {t('acksHeading')} ({(e.acks ?? []).length}/{(e.screenIds ?? []).length})
          </summary>
          <ul>
            {reach.screens.map((s) => {
              const ack = e.acks?.find((a) => a.screenId === s.id);
              const gate = reach.gates.find((g) => g.id === s.gateId)?.name ?? '';
              return (
                <li key={s.id} data-ack-screen={s.id} data-acked={ack ? 'true' : 'false'}>
                  {s.name} ({gate}):{' '}
                  {ack ? t('ackedAt', { time: formatInstant(ack.at, zone) }) : t('notAcked')}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {e.state === 'pending' && mine && <p class="hint">{t('cannotApproveOwn')}</p>}
      {actions.length > 0 && (
        <div class="actions">
          {actions.includes('approve') && (
            <button
              type="button"
              class="primary"
              aria-describedby={titleId}
              onClick={() => {
                ask({
                  heading: t('ovConfirmApproveHeading'),
                  sentence: t('ovConfirmSendNow', where),
                  reach,
                  everything,
                  confirmLabel: t('approveEmergency'),
                  run: () => ov.approve(e.id),
                });
              }}
            >
              {t('approveEmergency')}
            </button>
          )}
          {actions.includes('clear') && (
            <button
              type="button"
              class="danger"
              aria-describedby={titleId}
              onClick={() => {
                ask({
                  heading: t('ovConfirmClearHeading'),
                  sentence: e.state === 'pending' ? t('ovConfirmWithdraw') : t('ovConfirmClear', where),
                  reach,
                  everything,
                  confirmLabel: t('clear'),
                  run: () => ov.clear(e.id),
                });
              }}
            >
              {t('clear')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

function BlackoutCard({
  b,
  ov,
  names,
  ask,
}: {
  b: Blackout;
  ov: OverridesApi;
  names: Names;
  ask: (spec: ConfirmSpec) => void;
}) {
  const zone = zoneOf(b.gateIds, names);
  const reach = reachOf(b.gateIds, b.screenIds ?? [], names);
  const titleId = `override-${b.id}`;
  const where = { screens: screenCount(reach), gates: gateNames(reach) };
  return (
    <article
      class="override-card"
      data-override={b.id}
      data-kind="blackout"
      data-state={b.active ? 'active' : 'lifted'}
      aria-labelledby={titleId}
    >
      <p class="override-head">
        <span class={`badge ${b.active ? 'badge-bad' : 'badge-muted'}`}>
          {t(b.active ? 'ovStateBlackedOut' : 'ovStateLifted')}
        </span>{' '}
        <span class="muted">{t('ovKindBlackout')}</span>
      </p>
      <h4 id={titleId}>{b.reason}</h4>
      <dl class="override-facts">
        <Fact term="ovFactStarted">{stamp(b.createdBy.name, b.createdAt, zone)}</Fact>
        <Targets all={b.targets.all === true} reach={reach} />
        {b.liftedBy && <Fact term="ovFactLifted">{stamp(b.liftedBy.name, b.liftedAt, zone)}</Fact>}
      </dl>
      {(b.actions ?? []).includes('lift') && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            aria-describedby={titleId}
            onClick={() => {
              ask({
                heading: t('ovConfirmLiftHeading'),
                sentence: t('ovConfirmLift', where),
                reach,
                everything: b.targets.all === true,
                confirmLabel: t('ovLift'),
                run: () => ov.lift(b.id),
              });
            }}
          >
            {t('ovLift')}
          </button>
        </div>
      )}
    </article>
  );
}
