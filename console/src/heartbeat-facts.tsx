import type { FleetScreen, ScreenHeartbeat } from './monitor-api.ts';
import { formatInstant, languageName } from './format.ts';
import { t, type MessageKey } from './i18n.ts';

type OnScreenType = ScreenHeartbeat['heartbeat']['onScreen']['type'];

// What a player says it shows, in the interface's words (the heartbeat carries the type's code).
const onScreenKey: Record<OnScreenType, MessageKey> = {
  message: 'onScreenMessage',
  image: 'onScreenImage',
  video: 'onScreenVideo',
  clock: 'onScreenClock',
  idle: 'onScreenIdle',
  emergency: 'onScreenEmergency',
  blackout: 'onScreenBlackout',
  'test-pattern': 'onScreenTestPattern',
  'scheduled-off': 'onScreenScheduledOff',
};

/** What a heartbeat's `onScreen.type` means, in words. */
export function onScreenText(type: OnScreenType): string {
  return t(onScreenKey[type]);
}

/** "3 ngày 4 giờ 5 phút": long enough to read at a glance, short enough for a table cell. */
export function formatUptime(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  return [
    d ? t('uptimeDays', { n: d }) : '',
    h ? t('uptimeHours', { n: h }) : '',
    t('uptimeMinutes', { n: m }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Bytes in the largest unit that keeps the number readable (1 decimal). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: i ? 1 : 0 }).format(v)} ${units[i]}`;
}

/** The fields of a screen's latest heartbeat, and its applied version next to the current one. */
export function HeartbeatFacts({
  latest,
  fleet,
  zone,
}: {
  latest: ScreenHeartbeat | null;
  fleet: FleetScreen | undefined;
  zone: string | undefined;
}) {
  const hb = latest?.heartbeat;
  const on = hb?.onScreen;
  const shownId = on?.messageId ?? on?.assetId;
  return (
    <section aria-labelledby="heartbeat-heading">
      <h3 id="heartbeat-heading">{t('heartbeatHeading')}</h3>
      {!hb && <p class="empty">{t('noHeartbeat')}</p>}
      <dl class="facts">
        {latest && (
          <>
            <dt>{t('receivedAt')}</dt>
            <dd data-fact="received">{formatInstant(new Date(latest.receivedAt).toISOString(), zone)}</dd>
          </>
        )}
        {hb && (
          <>
            <dt>{t('onScreenNow')}</dt>
            <dd data-fact="on-screen" data-type={on?.type}>
              {on && onScreenText(on.type)}
              {on?.lang ? ` (${languageName(on.lang)})` : ''}
              {/* An id is a code, not words of any language (zxx). */}
              {shownId ? (
                <>
                  {' — '}
                  <code lang="zxx">{shownId}</code>
                </>
              ) : null}
            </dd>
            <dt>{t('uptime')}</dt>
            <dd>{formatUptime(hb.uptimeSeconds)}</dd>
            <dt>{t('playerVersion')}</dt>
            <dd>
              <Version value={hb.playerVersion} />
            </dd>
            <dt>{t('cacheHealth')}</dt>
            <dd data-fact="cache" class={hb.cache.missing > 0 ? 'error' : undefined}>
              {t('cacheLine', {
                bytes: formatBytes(hb.cache.bytes),
                assets: hb.cache.assets,
                missing: hb.cache.missing,
                pending: hb.cache.pendingPlays ?? 0,
              })}
            </dd>
            <dt>{t('clockLabel')}</dt>
            <dd data-fact="clock">
              {t('clockLine', {
                offset: hb.clock.offsetMs,
                trust: hb.clock.trusted ? t('clockTrusted') : t('clockNotTrusted'),
              })}
            </dd>
            <dt>{t('displayLabel')}</dt>
            <dd>
              {t('displayLine', {
                width: hb.display.width,
                height: hb.display.height,
                ratio: hb.display.devicePixelRatio,
                stageWidth: hb.display.stageWidth,
                stageHeight: hb.display.stageHeight,
              })}
            </dd>
          </>
        )}
        <dt>{t('appliedVersion')}</dt>
        <dd data-fact="applied">
          <Version value={fleet?.appliedVersion ?? hb?.manifestVersion} />
        </dd>
        <dt>{t('currentVersion')}</dt>
        <dd data-fact="current">
          <Version value={fleet?.currentVersion} />
        </dd>
      </dl>
      <h4>{t('recentErrors')}</h4>
      {hb && hb.errors.length > 0 ? (
        <ul data-fact="errors">
          {[...hb.errors].reverse().map((e) => (
            <li key={`${e.at}${e.message}`}>
              <span class="small">{formatInstant(new Date(e.at).toISOString(), zone)}</span>{' '}
              {/* The player reports its errors in English, as its logs do: marked so, not translated. */}
              <span lang="en">{e.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('noErrors')}</p>
      )}
    </section>
  );
}

/** A version code (no words of any language: zxx), or "none". */
function Version({ value }: { value: string | null | undefined }) {
  return value ? <code lang="zxx">{value}</code> : <>{t('none')}</>;
}
