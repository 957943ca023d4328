import { useEffect, useMemo } from 'preact/hooks';
import type { EmergencyScreenAck } from '../../schemas/events.ts';
import type { PageProps } from './app.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { overridesApi, type Emergency, type OverrideChange } from './overrides-api.ts';
import { StartBlackout } from './overrides-blackout.tsx';
import { mergeOverrides } from './overrides-merge.ts';
import { OverrideBoard } from './overrides-list.tsx';
import { SendEmergency } from './overrides-send.tsx';
import './overrides.css';

// The pushed item is typed from schemas/ (a variant may be absent), the listed one from the contract.
/** A record without its absent entries (schemas/ types allow them; the contract's do not). */
const present = <T,>(record: Record<string, T | undefined>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])));

const pushed = ({ origin, ...e }: NonNullable<OverrideChange['emergency']>): Emergency => ({
  ...e,
  variants: present(e.variants),
  ...(origin ? { origin: { ...origin, texts: present(origin.texts) } } : {}),
});

const upsert = <T extends { id: string }>(list: readonly T[], item: T): T[] =>
  list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [item, ...list];

/**
 * Emergencies and blackouts in the person's scope, live: what waits for a second approver, what is in
 * force, what ended lately, with approve / clear / lift for whoever may (after a reload, on another
 * computer, by another person); then the forms to send an emergency and to black out gates.
 */
export function EmergencyPage({ api, live, me }: PageProps) {
  const ov = useMemo(() => overridesApi(api), [api]);
  const ctx = useLoad(async () => {
    const [gates, screens] = await Promise.all([api.gates(), api.screens()]);
    return { gates: gates.items, screens: screens.items };
  }, [api]);
  const lists = useLoad(
    async () => {
      const [emergencies, blackouts] = await Promise.all([ov.emergencies(), ov.blackouts()]);
      return { emergencies: emergencies.items, blackouts: blackouts.items };
    },
    [ov],
    mergeOverrides,
  );
  const { reload, setData } = lists;

  // Every change of state arrives as the item itself, as this person sees it; acks add to its screens.
  // After a lost connection the lists are read again, so nothing missed meanwhile stays stale.
  useEffect(() => {
    const onChange = (change: OverrideChange) => {
      setData((was) => {
        if (!was) return was;
        const { emergency, blackout } = change;
        return {
          emergencies: emergency ? upsert(was.emergencies, pushed(emergency)) : was.emergencies,
          blackouts: blackout ? upsert(was.blackouts, blackout) : was.blackouts,
        };
      });
    };
    const onAck = (ack: EmergencyScreenAck) => {
      setData(
        (was) =>
          was && {
            ...was,
            emergencies: was.emergencies.map((e) =>
              e.id === ack.id
                ? {
                    ...e,
                    acks: [
                      ...(e.acks ?? []).filter((a) => a.screenId !== ack.screenId),
                      { screenId: ack.screenId, at: ack.at },
                    ],
                  }
                : e,
            ),
          },
      );
    };
    live.on('override:changed', onChange);
    live.on('emergency:ack', onAck);
    live.on('connect', reload);
    return () => {
      live.off('override:changed', onChange);
      live.off('emergency:ack', onAck);
      live.off('connect', reload);
    };
  }, [live, reload, setData]);

  const names = ctx.data;
  const mayEmergency = me.roles.includes('admin') || me.roles.includes('approver');
  const mayBlackout = mayEmergency || me.roles.includes('technician');
  const failed = lists.error ?? ctx.error;
  return (
    <section aria-labelledby="emergency-heading" class="overrides-page">
      <h2 id="emergency-heading">{t('emergencyHeading')}</h2>
      {failed !== undefined && (
        <p class="error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {names && lists.data ? (
        <OverrideBoard
          ov={ov}
          me={me}
          names={names}
          emergencies={lists.data.emergencies}
          blackouts={lists.data.blackouts}
          onDone={reload}
        />
      ) : (
        failed === undefined && <p class="hint">{t('loading')}</p>
      )}
      {names && mayEmergency && <SendEmergency ov={ov} me={me} names={names} onSent={reload} />}
      {names && mayBlackout && <StartBlackout ov={ov} me={me} names={names} onStarted={reload} />}
    </section>
  );
}
