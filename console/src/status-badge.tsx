import type { Connectivity, FleetScreen } from './monitor-api.ts';
import { badgeClass } from './fleet-status.ts';
import { t, type MessageKey } from './i18n.ts';

const labelKey: Record<Connectivity, MessageKey> = {
  online: 'statusOnline',
  stale: 'statusStale',
  offline: 'statusOffline',
  never: 'statusNever',
  'scheduled-off': 'statusScheduledOff',
};

// Status is told by a symbol and words as well as colour (the same on every page).
const icon: Record<Connectivity, string> = {
  online: '●',
  stale: '◐',
  offline: '○',
  never: '–',
  'scheduled-off': '◌',
};

/** A connectivity status in words. */
export function statusText(c: Connectivity): string {
  return t(labelKey[c]);
}

/** One of the five statuses (online, stale, offline, never, scheduled off): the same colour, symbol and words everywhere. */
export function ConnectivityBadge({ connectivity }: { connectivity: Connectivity }) {
  return (
    <span class={`badge ${badgeClass(connectivity)}`} data-connectivity={connectivity}>
      <span aria-hidden="true">{icon[connectivity]}</span> {statusText(connectivity)}
    </span>
  );
}

/** A screen's status: a coloured badge that also says it in words, plus the flags that need a look. */
export function StatusBadge({
  screen,
}: {
  screen: Pick<FleetScreen, 'connectivity' | 'outdated' | 'clockUntrusted'>;
}) {
  return (
    <span class="status" data-connectivity={screen.connectivity}>
      <ConnectivityBadge connectivity={screen.connectivity} />
      {screen.outdated && <span class="badge badge-warn">{t('statusOutdated')}</span>}
      {screen.clockUntrusted && <span class="badge badge-warn">{t('statusClockUntrusted')}</span>}
    </span>
  );
}
