import type { Connectivity, FleetScreen } from './monitor-api.ts';
import { badgeClass } from './fleet-status.ts';
import { t, type MessageKey } from './i18n.ts';

const labelKey: Record<Connectivity, MessageKey> = {
  online: 'statusOnline',
  stale: 'statusStale',
  offline: 'statusOffline',
  never: 'statusNever',
};

/** A connectivity status in words. */
export function statusText(c: Connectivity): string {
  return t(labelKey[c]);
}

/** A screen's status: a coloured badge that also says it in words, plus the flags that need a look. */
export function StatusBadge({
  screen,
}: {
  screen: Pick<FleetScreen, 'connectivity' | 'outdated' | 'clockUntrusted'>;
}) {
  return (
    <span class="status" data-connectivity={screen.connectivity}>
      <span class={`badge ${badgeClass(screen.connectivity)}`}>{statusText(screen.connectivity)}</span>
      {screen.outdated && <span class="badge badge-warn">{t('statusOutdated')}</span>}
      {screen.clockUntrusted && <span class="badge badge-warn">{t('statusClockUntrusted')}</span>}
    </span>
  );
}
