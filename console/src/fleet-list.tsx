import { useMemo } from 'preact/hooks';
import { ApiError, type ApiClient, type Gate, type Screen, type ScreenStatus } from './api.ts';
import { EntityList, type ListColumn, type ListFilter } from './entity-list.tsx';
import { connectivities } from './fleet-status.ts';
import { formatInstant, kindLabel, languageName, regionName } from './format.ts';
import { errorText, t } from './i18n.ts';
import type { Connectivity } from './monitor-api.ts';
import { ConnectivityBadge, statusText } from './status-badge.tsx';
import './fleet-list.css';

/**
 * The fleet page's two lists, over the shared EntityList: the gates (search, province, neighbour and language
 * filters, sort, pages) and every screen of every gate in scope (search, gate, province, kind, language shown,
 * group, status and content filters, sort, pages). Status (the dashboard's four: online, stale, offline,
 * never) and applied version stay live: the page passes what it keeps from `screen:connectivity` and
 * `screen:status`.
 */

export type ContentState = 'current' | 'pending' | 'none' | 'unknown';

export const contentOf = (status: ScreenStatus | undefined): ContentState =>
  !status
    ? 'unknown'
    : status.currentVersion === null
      ? 'none'
      : status.appliedVersion === status.currentVersion
        ? 'current'
        : 'pending';

/** The languages a screen shows: its own, else its gate's. */
export const languagesShown = (screen: Screen, gate: Gate | undefined): readonly string[] =>
  screen.languages?.length ? screen.languages : (gate?.languages ?? []);

const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'vi'));

interface GatesListProps {
  gates: readonly Gate[];
  screens: readonly Screen[];
  connectivity: ReadonlyMap<string, Connectivity>;
  onEdit: (gate: Gate) => void;
  onAddScreen: (gate: Gate) => void;
  onDelete: (gate: Gate) => void;
}

/** The gates in scope; each gate's name is a heading, so a screen reader can jump from gate to gate. */
export function GatesList({ gates, screens, connectivity, onEdit, onAddScreen, onDelete }: GatesListProps) {
  const counts = useMemo(() => {
    const out = new Map<string, { count: number; online: number }>();
    for (const s of screens) {
      const was = out.get(s.gateId) ?? { count: 0, online: 0 };
      out.set(s.gateId, {
        count: was.count + 1,
        online: was.online + (connectivity.get(s.id) === 'online' ? 1 : 0),
      });
    }
    return out;
  }, [screens, connectivity]);
  const columns = useMemo(
    (): ListColumn<Gate>[] => [
      {
        key: 'name',
        label: t('flColName'),
        render: (g) => (
          <h3 id={`gate-${g.id}`} class="cell-heading">
            {g.name}
          </h3>
        ),
        sortValue: (g) => g.name,
      },
      { key: 'province', label: t('flColProvince'), render: (g) => g.province, sortValue: (g) => g.province },
      {
        key: 'border',
        label: t('flColBorder'),
        render: (g) => regionName(g.borderCountry) + (g.borderRegion ? ` — ${g.borderRegion}` : ''),
        sortValue: (g) => regionName(g.borderCountry) + (g.borderRegion ?? ''),
      },
      {
        key: 'languages',
        label: t('flColLanguages'),
        render: (g) => <LanguageChips languages={g.languages} />,
      },
      {
        key: 'screens',
        label: t('flColScreens'),
        render: (g) => {
          const c = counts.get(g.id) ?? { count: 0, online: 0 };
          return (
            <>
              {t('flScreenCount', { count: c.count })}
              {c.count > 0 && <span class="small">{t('flOnlineCount', { online: c.online })}</span>}
            </>
          );
        },
        sortValue: (g) => counts.get(g.id)?.count ?? 0,
      },
    ],
    [counts],
  );
  const filters = useMemo(
    (): ListFilter<Gate>[] => [
      {
        key: 'province',
        label: t('flFilterProvince'),
        options: sorted(gates.map((g) => g.province)).map((p) => ({ value: p, label: p })),
        test: (g, v) => g.province === v,
      },
      {
        key: 'border',
        label: t('flFilterBorder'),
        options: sorted(gates.map((g) => g.borderCountry)).map((c) => ({ value: c, label: regionName(c) })),
        test: (g, v) => g.borderCountry === v,
      },
      {
        key: 'language',
        label: t('flFilterGateLanguage'),
        options: sorted(gates.flatMap((g) => g.languages)).map((l) => ({ value: l, label: languageName(l) })),
        test: (g, v) => g.languages.includes(v),
      },
    ],
    [gates],
  );
  return (
    <EntityList
      name="gates"
      label={t('flGatesLabel')}
      rows={gates}
      rowKey={(g) => g.id}
      columns={columns}
      filters={filters}
      searchTexts={gateTexts}
      empty={t('flNoGates')}
      initialSort={{ key: 'name', direction: 'ascending' }}
      pageSize={10}
      actions={(gate) => (
        <span class="actions">
          <button
            type="button"
            data-focus-key={`gate-${gate.id}`}
            aria-label={t('editGateFor', { name: gate.name })}
            onClick={() => {
              onEdit(gate);
            }}
          >
            {t('editGate')}
          </button>
          <button
            type="button"
            data-focus-key={`add-screen-${gate.id}`}
            aria-label={t('addScreenTo', { gate: gate.name })}
            onClick={() => {
              onAddScreen(gate);
            }}
          >
            {t('addScreen')}
          </button>
          <button
            type="button"
            class="danger"
            data-focus-key={`delete-gate-${gate.id}`}
            aria-label={t('flDeleteGateFor', { name: gate.name })}
            onClick={() => {
              onDelete(gate);
            }}
          >
            {t('flDelete')}
          </button>
        </span>
      )}
    />
  );
}

const gateTexts = (g: Gate): string[] => [
  g.name,
  g.province,
  g.borderRegion ?? '',
  regionName(g.borderCountry),
];

interface ScreensListProps {
  gates: readonly Gate[];
  screens: readonly Screen[];
  /** Each screen's status as the dashboard says it (absent until the fleet is read). */
  connectivity: ReadonlyMap<string, Connectivity>;
  statuses: ReadonlyMap<string, ScreenStatus>;
  onPair: (screen: Screen) => void;
  onToken: (screen: Screen) => void;
  onTokens: (screen: Screen) => void;
  onEdit: (screen: Screen) => void;
  onDuplicate: (screen: Screen) => void;
  onDelete: (screen: Screen) => void;
}

/** Every screen in scope with its gate, live connection and content status, and what can be done with it. */
export function ScreensList(props: ScreensListProps) {
  const { gates, screens, statuses, connectivity } = props;
  const gateOf = useMemo(() => new Map(gates.map((g) => [g.id, g])), [gates]);
  const columns = useMemo(
    (): ListColumn<Screen>[] => [
      {
        key: 'name',
        label: t('flColName'),
        render: (s) => <a href={`#screen/${encodeURIComponent(s.id)}`}>{s.name}</a>,
        sortValue: (s) => s.name,
      },
      {
        key: 'gate',
        label: t('flColGate'),
        render: (s) => gateOf.get(s.gateId)?.name ?? '',
        sortValue: (s) => gateOf.get(s.gateId)?.name,
      },
      {
        key: 'kind',
        label: t('flColKindSize'),
        render: (s) => (
          <>
            <span data-kind={s.kind}>{kindLabel(s.kind)}</span>
            <span class="small nowrap">
              {`${s.width}×${s.height}`}
              {s.kind === 'led' && ` · ${t('offset', { x: s.offsetX ?? 0, y: s.offsetY ?? 0 })}`}
            </span>
          </>
        ),
        sortValue: (s) => kindLabel(s.kind),
      },
      {
        key: 'languages',
        label: t('flColLanguagesGroups'),
        render: (s) => (
          <>
            {s.languages?.length ? (
              <LanguageChips languages={s.languages} />
            ) : (
              <span class="muted">{t('gateLanguages')}</span>
            )}
            {s.groups?.length ? (
              <span class="small">
                {s.groups.map((g) => (
                  <span key={g} class="chip">
                    {g}
                  </span>
                ))}
              </span>
            ) : null}
          </>
        ),
      },
      {
        key: 'connection',
        label: t('flColStatus'),
        render: (s) => (
          <span class="status-cell">
            <ScreenConnectivity connectivity={connectivity.get(s.id)} />
            <ContentBadge status={statuses.get(s.id)} timeZone={gateOf.get(s.gateId)?.timeZone} />
          </span>
        ),
        sortValue: (s) =>
          connectivityRank(connectivity.get(s.id)) * 10 + contentRank[contentOf(statuses.get(s.id))],
      },
    ],
    [gateOf, statuses, connectivity],
  );
  const filters = useMemo((): ListFilter<Screen>[] => {
    const shown = (s: Screen) => languagesShown(s, gateOf.get(s.gateId));
    return [
      {
        key: 'gate',
        label: t('flFilterGate'),
        options: [...gates]
          .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
          .map((g) => ({ value: g.id, label: g.name })),
        test: (s, v) => s.gateId === v,
      },
      {
        key: 'province',
        label: t('flFilterProvince'),
        options: sorted(gates.map((g) => g.province)).map((p) => ({ value: p, label: p })),
        test: (s, v) => gateOf.get(s.gateId)?.province === v,
      },
      {
        key: 'kind',
        label: t('flFilterKind'),
        options: (['led', 'kiosk', 'indoor'] as const).map((k) => ({ value: k, label: kindLabel(k) })),
        test: (s, v) => s.kind === v,
      },
      {
        key: 'language',
        label: t('flFilterLanguage'),
        options: sorted(screens.flatMap(shown)).map((l) => ({ value: l, label: languageName(l) })),
        test: (s, v) => shown(s).includes(v),
      },
      {
        key: 'group',
        label: t('flFilterGroup'),
        options: sorted(screens.flatMap((s) => s.groups ?? [])).map((g) => ({ value: g, label: g })),
        test: (s, v) => (s.groups ?? []).includes(v),
      },
      {
        key: 'connection',
        label: t('flFilterConnection'),
        options: connectivities.map((c) => ({ value: c, label: statusText(c) })),
        test: (s, v) => connectivity.get(s.id) === v,
      },
      {
        key: 'content',
        label: t('flFilterContent'),
        options: [
          { value: 'current', label: t('upToDate') },
          { value: 'pending', label: t('pending') },
          { value: 'none', label: t('nothingPublished') },
          { value: 'unknown', label: t('statusUnknown') },
        ],
        test: (s, v) => contentOf(statuses.get(s.id)) === v,
      },
    ];
  }, [gates, screens, gateOf, statuses, connectivity]);
  const searchTexts = useMemo(
    () => (s: Screen) => {
      const gate = gateOf.get(s.gateId);
      return [s.name, gate?.name ?? '', gate?.province ?? '', ...(s.groups ?? [])];
    },
    [gateOf],
  );
  return (
    <EntityList
      name="screens"
      label={t('flScreensLabel')}
      rows={screens}
      rowKey={(s) => s.id}
      columns={columns}
      filters={filters}
      searchTexts={searchTexts}
      empty={t('flNoScreens')}
      initialSort={{ key: 'gate', direction: 'ascending' }}
      pageSize={15}
      actions={(screen) => <ScreenActions screen={screen} {...props} />}
    />
  );
}

function ScreenActions({
  screen,
  onPair,
  onToken,
  onTokens,
  onEdit,
  onDuplicate,
  onDelete,
}: { screen: Screen } & Omit<ScreensListProps, 'gates' | 'screens' | 'statuses' | 'connectivity'>) {
  const button = (key: string, label: string, text: string, run: (s: Screen) => void, danger = false) => (
    <button
      type="button"
      class={danger ? 'danger' : undefined}
      data-focus-key={`${key}-${screen.id}`}
      aria-label={label}
      onClick={() => {
        run(screen);
      }}
    >
      {text}
    </button>
  );
  return (
    <span class="actions screen-actions">
      {button('pair', t('pairFor', { screen: screen.name }), t('pair'), onPair)}
      {button('token', t('newPlayerLinkFor', { screen: screen.name }), t('newPlayerLink'), onToken)}
      {button('tokens', t('deviceTokensOf', { screen: screen.name }), t('deviceTokens'), onTokens)}
      {button('screen', t('editScreenFor', { name: screen.name }), t('editScreen'), onEdit)}
      {button('duplicate', t('flDuplicateScreenFor', { name: screen.name }), t('flDuplicate'), onDuplicate)}
      {button('delete-screen', t('flDeleteScreenFor', { name: screen.name }), t('flDelete'), onDelete, true)}
    </span>
  );
}

// Sorting by status puts the screens that need attention first (the dashboard's order: offline first).
const connectivityRank = (c: Connectivity | undefined): number =>
  c === undefined ? connectivities.length : connectivities.indexOf(c);
const contentRank: Record<ContentState, number> = { pending: 0, unknown: 1, none: 2, current: 3 };

/** Language tags as short chips, each named in full for the pointer. */
function LanguageChips({ languages }: { languages: readonly string[] }) {
  return (
    <span class="chips">
      {languages.map((lang) => (
        <abbr key={lang} class="chip" title={languageName(lang)}>
          {lang}
        </abbr>
      ))}
    </span>
  );
}

/** A screen's status in the dashboard's words and colours; unknown only until the fleet has been read. */
function ScreenConnectivity({ connectivity }: { connectivity: Connectivity | undefined }) {
  return connectivity ? (
    <ConnectivityBadge connectivity={connectivity} />
  ) : (
    <Badge tone="muted" icon="?" text={t('statusUnknown')} />
  );
}

function ContentBadge({
  status,
  timeZone,
}: {
  status: ScreenStatus | undefined;
  timeZone?: string | undefined;
}) {
  const state = contentOf(status);
  return (
    <span data-content-status={state}>
      {state === 'unknown' ? (
        <Badge tone="muted" icon="?" text={t('statusUnknown')} />
      ) : state === 'none' ? (
        <Badge tone="muted" icon="–" text={t('nothingPublished')} />
      ) : state === 'current' ? (
        <Badge tone="ok" icon="✓" text={t('upToDate')} />
      ) : (
        <Badge tone="warn" icon="!" text={t('pending')} />
      )}
      {status?.appliedAt && (
        <span class="small">{t('appliedAt', { time: formatInstant(status.appliedAt, timeZone) })}</span>
      )}
    </span>
  );
}

// Status is told by text and symbol as well as colour.
function Badge({ tone, icon, text }: { tone: 'ok' | 'warn' | 'bad' | 'muted'; icon: string; text: string }) {
  return (
    <span class={`badge badge-${tone}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}

/**
 * Why a delete was refused, in the interface's language: the catalogue's sentence for the server's reason
 * (errorText), then, for an item still in use, the names of what uses it (looked up in scope; never ids).
 */
export async function refusalText(api: ApiClient, error: unknown, known: readonly Screen[]): Promise<string> {
  const why = errorText(error);
  const params = error instanceof ApiError && error.body?.reason === 'in_use' ? error.body.params : undefined;
  const ids = Array.isArray(params?.ids) ? params.ids : [];
  const by = typeof params?.by === 'string' ? params.by.replace(/s$/, '') : '';
  if (ids.length === 0) return why;
  try {
    const named = async (): Promise<
      | {
          key: 'flUsedByScreens' | 'flUsedByPlaylists' | 'flUsedBySchedules' | 'flUsedByMessages';
          all: readonly { id: string; name: string }[];
        }
      | undefined
    > => {
      if (by === 'screen') return { key: 'flUsedByScreens', all: known };
      if (by === 'playlist') return { key: 'flUsedByPlaylists', all: (await api.playlists()).items };
      if (by === 'schedule') return { key: 'flUsedBySchedules', all: (await api.schedules()).items };
      if (by === 'message') return { key: 'flUsedByMessages', all: (await api.messages()).items };
      return undefined;
    };
    const found = await named();
    if (!found) return why;
    const names = ids
      .map((id) => found.all.find((x) => x.id === id)?.name)
      .filter((n): n is string => n !== undefined);
    return names.length > 0 ? `${why} ${t(found.key, { names: names.join(', ') })}` : why;
  } catch {
    return why;
  }
}
