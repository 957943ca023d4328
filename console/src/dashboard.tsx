import { useEffect, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { AlertList } from './alert-list.tsx';
import {
  connectivities,
  countByStatus,
  filterFleet,
  groupByPlace,
  type FleetFilter,
  type FleetSort,
} from './fleet-status.ts';
import { formatInstant, kindLabel } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t, type MessageKey } from './i18n.ts';
import { monitorApi, type ConnectivityChange, type FleetScreen, type ScreenAlert } from './monitor-api.ts';
import { StatusBadge, statusText } from './status-badge.tsx';

const sortKeys: Record<FleetSort, MessageKey> = {
  status: 'sortStatus',
  name: 'sortName',
  gate: 'sortGate',
  lastHeartbeat: 'sortLastHeartbeat',
};
type KeyedAlert = ScreenAlert & { key: string };

/** The technicians' dashboard: every screen in scope by province and gate, its status live, the latest alerts. */
export function DashboardPage({ api, live }: PageProps) {
  const mon = monitorApi(api);
  const fleet = useLoad(() => mon.fleet().then((f) => f.items), [api]);
  const zones = useLoad(
    () => api.gates().then((g) => new Map(g.items.map((x) => [x.id, x.timeZone]))),
    [api],
  );
  const [filter, setFilter] = useState<FleetFilter>({ status: 'all', place: '', text: '' });
  const [sort, setSort] = useState<FleetSort>('status');
  const [alerts, setAlerts] = useState<KeyedAlert[]>([]);

  useEffect(() => {
    const onChange = (c: ConnectivityChange) => {
      fleet.setData((was) =>
        was?.map((s) =>
          s.screenId === c.screenId
            ? { ...s, connectivity: c.to, lastHeartbeatAt: c.to === 'online' ? c.at : s.lastHeartbeatAt }
            : s,
        ),
      );
    };
    const onAlert = (a: ScreenAlert) => {
      setAlerts((was) => [{ ...a, key: `${a.screen.id}|${a.event}|${a.at}` }, ...was].slice(0, 20));
    };
    // A screen that applied a manifest changes its outdated flag and version: ask for the fleet again.
    const onStatus = () => {
      fleet.reload();
    };
    live.on('screen:connectivity', onChange);
    live.on('screen:alert', onAlert);
    live.on('screen:status', onStatus);
    return () => {
      live.off('screen:connectivity', onChange);
      live.off('screen:alert', onAlert);
      live.off('screen:status', onStatus);
    };
  }, [live, fleet.reload]);

  const items = fleet.data ?? [];
  const counts = countByStatus(items);
  const shown = filterFleet(items, filter, sort);
  const places = groupByPlace(items);
  const set = (patch: Partial<FleetFilter>) => {
    setFilter((was) => ({ ...was, ...patch }));
  };
  return (
    <section aria-labelledby="dashboard-heading" class="dashboard">
      <h2 id="dashboard-heading">{t('dashboardHeading')}</h2>
      {fleet.error !== undefined && (
        <p class="error" role="alert">
          {errorText(fleet.error)}
        </p>
      )}
      <section aria-labelledby="counts-heading">
        <h3 id="counts-heading" class="visually-hidden">
          {t('countsHeading')}
        </h3>
        <ul class="counts" aria-labelledby="counts-heading">
          {connectivities.map((c) => (
            <li key={c} data-count={c}>
              <StatusBadge screen={{ connectivity: c, outdated: false, clockUntrusted: false }} />{' '}
              <strong>{counts[c]}</strong>
            </li>
          ))}
        </ul>
      </section>
      <AlertList
        alerts={alerts}
        onDismiss={(key) => {
          setAlerts((was) => was.filter((a) => a.key !== key));
        }}
        onDismissAll={() => {
          setAlerts([]);
        }}
      />
      <form
        class="toolbar filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <label>
          {t('filterStatus')}
          <select
            name="status"
            value={filter.status}
            onChange={(e) => {
              set({ status: e.currentTarget.value as FleetFilter['status'] });
            }}
          >
            <option value="all">{t('filterAll')}</option>
            <option value="attention">{t('filterAttention')}</option>
            {connectivities.map((c) => (
              <option key={c} value={c}>
                {statusText(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterPlace')}
          <select
            name="place"
            value={filter.place}
            onChange={(e) => {
              set({ place: e.currentTarget.value });
            }}
          >
            <option value="">{t('filterPlaceAll')}</option>
            {places.map((p) => (
              <optgroup key={p.province} label={p.province}>
                <option value={`p:${p.province}`}>{p.province}</option>
                {p.gates.map((g) => (
                  <option key={g.gateId} value={`g:${g.gateId}`}>
                    {g.gate}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t('filterText')}
          <input
            type="search"
            name="q"
            value={filter.text}
            onInput={(e) => {
              set({ text: e.currentTarget.value });
            }}
          />
        </label>
        <label>
          {t('sortBy')}
          <select
            name="sort"
            value={sort}
            onChange={(e) => {
              setSort(e.currentTarget.value as FleetSort);
            }}
          >
            {(Object.keys(sortKeys) as FleetSort[]).map((k) => (
              <option key={k} value={k}>
                {t(sortKeys[k])}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="hint" role="status">
        {t('shownOf', { shown: shown.length, total: items.length })}
      </p>
      {fleet.data && shown.length === 0 && <p class="empty">{t('noScreensMatch')}</p>}
      {groupByPlace(shown).map((p) => (
        <section key={p.province} aria-label={p.province} class="province">
          <h3>{p.province}</h3>
          {p.gates.map((g) => (
            <GateTable key={g.gateId} gate={g.gate} screens={g.screens} zone={zones.data?.get(g.gateId)} />
          ))}
        </section>
      ))}
    </section>
  );
}

function GateTable({
  gate,
  screens,
  zone,
}: {
  gate: string;
  screens: FleetScreen[];
  zone: string | undefined;
}) {
  return (
    <div class="table-wrap">
      <table data-gate={gate}>
        <caption>{gate}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colScreen')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colLastHeartbeat')}</th>
            <th scope="col">{t('colVersion')}</th>
          </tr>
        </thead>
        <tbody>
          {screens.map((s) => (
            <tr key={s.screenId} data-screen={s.screenId}>
              <th scope="row">
                <a href={`#screen/${s.screenId}`}>{s.name}</a>
                {s.kind && <span class="small"> {kindLabel(s.kind)}</span>}
              </th>
              <td>
                <StatusBadge screen={s} />
              </td>
              {/* data-label: the column's name, written before the value where a phone shows rows as cards. */}
              <td data-label={t('colLastHeartbeat')}>
                {s.lastHeartbeatAt ? formatInstant(s.lastHeartbeatAt, zone) : t('never')}
              </td>
              <td class="small" data-label={t('colVersion')}>
                <code>{s.appliedVersion?.slice(0, 8) ?? '—'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
