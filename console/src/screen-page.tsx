import { useEffect } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { AvailabilityChart } from './availability-chart.tsx';
import { formatInstant } from './format.ts';
import { HeartbeatFacts } from './heartbeat-facts.tsx';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { monitorApi, type ConnectivityChange } from './monitor-api.ts';
import { ScreenCommands } from './screen-commands.tsx';
import { ScreenGeometry } from './screen-geometry.tsx';
import { StatusBadge } from './status-badge.tsx';

/** One screen for a technician: its last heartbeat, availability, screenshot and remote commands. */
export function ScreenPage({ api, live, me, param }: PageProps & { param: string }) {
  const mon = monitorApi(api);
  const id = param;
  const info = useLoad(async () => {
    const [screen, fleet, gates] = await Promise.all([api.screen(id), mon.fleet(), api.gates()]);
    return {
      screen,
      fleet: fleet.items.find((s) => s.screenId === id),
      zone: gates.items.find((g) => g.id === screen.gateId)?.timeZone,
    };
  }, [id]);
  const latest = useLoad(() => mon.heartbeat(id), [id]);
  const shot = useLoad(() => mon.screenshot(id), [id]);

  useEffect(() => {
    const onChange = (c: ConnectivityChange) => {
      if (c.screenId !== id) return;
      info.setData((was) => was && { ...was, fleet: was.fleet && { ...was.fleet, connectivity: c.to } });
      latest.reload();
    };
    const onStatus = (s: { screenId: string }) => {
      if (s.screenId === id) info.reload();
    };
    live.on('screen:connectivity', onChange);
    live.on('screen:status', onStatus);
    return () => {
      live.off('screen:connectivity', onChange);
      live.off('screen:status', onStatus);
    };
  }, [live, id, info.reload, latest.reload]);

  const data = info.data;
  const zone = data?.zone;
  const allowed = me.roles.includes('admin') || me.roles.includes('technician');
  const picture = shot.data;
  return (
    <section aria-labelledby="screen-heading" class="screen-page">
      <p>
        <a href="#dashboard">{t('backToDashboard')}</a>
      </p>
      <h2 id="screen-heading">{t('screenHeading', { name: data?.screen.name ?? id })}</h2>
      {info.error !== undefined && (
        <p class="error" role="alert">
          {errorText(info.error)}
        </p>
      )}
      {data?.fleet && (
        <p>
          {data.fleet.gate}, {data.fleet.province} — <StatusBadge screen={data.fleet} />
        </p>
      )}
      <div class="two-columns">
        <div>
          <HeartbeatFacts latest={latest.data ?? null} fleet={data?.fleet} zone={zone} />
        </div>
        <div>
          <section aria-labelledby="screenshot-heading">
            <h3 id="screenshot-heading">{t('screenshotHeading')}</h3>
            {picture ? (
              <figure class="screenshot">
                <img
                  src={`${picture.imageUrl}&id=${encodeURIComponent(picture.id)}`}
                  width={picture.width}
                  height={picture.height}
                  alt={t('screenshotAlt', {
                    name: data?.screen.name ?? id,
                    at: formatInstant(picture.takenAt, zone),
                  })}
                />
                <figcaption data-screenshot-taken={picture.takenAt}>
                  {t('takenAt', { at: formatInstant(picture.takenAt, zone) })} ({picture.width}×
                  {picture.height})
                </figcaption>
              </figure>
            ) : (
              <p class="empty">{t('noScreenshot')}</p>
            )}
          </section>
          <ScreenCommands
            mon={mon}
            screenId={id}
            allowed={allowed}
            zone={zone}
            onDone={(command) => {
              if (command.type === 'screenshot') shot.reload();
              latest.reload();
            }}
          />
          {data?.screen.kind === 'led' && (
            <ScreenGeometry api={api} screen={data.screen} allowed={allowed} zone={zone} />
          )}
        </div>
      </div>
      <AvailabilityChart mon={mon} screenId={id} since={data?.screen.createdAt} />
    </section>
  );
}
