import type { FleetScreen, ScreenHeartbeat } from './monitor-api.ts';
import { formatInstant } from './format.ts';
import { t } from './i18n.ts';

/** "3 d 4 h 5 min": long enough to read at a glance, short enough for a table cell. */
export function formatUptime(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  return [d ? `${d} d` : '', h ? `${h} h` : '', `${m} min`].filter(Boolean).join(' ');
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
            <dd data-fact="on-screen">
              {on?.type}
              {on?.lang ? ` (${on.lang})` : ''}
              {(on?.messageId ?? on?.assetId) ? ` — ${on.messageId ?? on.assetId}` : ''}
            </dd>
            <dt>{t('uptime')}</dt>
            <dd>{formatUptime(hb.uptimeSeconds)}</dd>
            <dt>{t('playerVersion')}</dt>
            <dd>{hb.playerVersion}</dd>
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
              {hb.display.width}×{hb.display.height} @{hb.display.devicePixelRatio}x, stage{' '}
              {hb.display.stageWidth}×{hb.display.stageHeight}
            </dd>
          </>
        )}
        <dt>{t('appliedVersion')}</dt>
        <dd data-fact="applied">
          <code>{fleet?.appliedVersion ?? hb?.manifestVersion ?? t('none')}</code>
        </dd>
        <dt>{t('currentVersion')}</dt>
        <dd data-fact="current">
          <code>{fleet?.currentVersion ?? t('none')}</code>
        </dd>
      </dl>
      <h4>{t('recentErrors')}</h4>
      {hb && hb.errors.length > 0 ? (
        <ul data-fact="errors">
          {[...hb.errors].reverse().map((e) => (
            <li key={`${e.at}${e.message}`}>
              <span class="small">{formatInstant(new Date(e.at).toISOString(), zone)}</span> {e.message}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('noErrors')}</p>
      )}
    </section>
  );
}
