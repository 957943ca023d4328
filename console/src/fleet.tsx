import { useEffect, useState } from 'preact/hooks';
import type { Gate, Screen, ScreenStatus } from './api.ts';
import type { PageProps } from './app.tsx';
import { formatInstant, languageName, regionName, timeZoneLabel } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { DeviceTokensDialog } from './device-tokens-dialog.tsx';
import { GateForm } from './gate-form.tsx';
import { PairingDialog } from './pairing-dialog.tsx';
import { ScreenForm } from './screen-form.tsx';
import { TokenDialog } from './token-dialog.tsx';

type Open =
  | { kind: 'pair'; screen: Screen }
  | { kind: 'token'; screen: Screen; gate: Gate; url: string; expiresAt: string }
  | { kind: 'tokens'; screen: Screen; gate: Gate }
  | { kind: 'gate'; gate: Gate | undefined }
  | { kind: 'screen'; gate: Gate; screen: Screen | undefined }
  | undefined;

/** Every gate in scope with its screens; each screen's status updates live over /console. */
export function FleetPage({ api, live }: PageProps) {
  const fleet = useLoad(async () => {
    const [gates, screens] = await Promise.all([api.gates(), api.screens()]);
    return { gates: gates.items, screens: screens.items };
  }, [api]);
  const [statuses, setStatuses] = useState(new Map<string, ScreenStatus>());
  const [open, setOpen] = useState<Open>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    if (!fleet.data) return;
    let stopped = false;
    void Promise.all(fleet.data.screens.map((s) => api.screenStatus(s.id).catch(() => undefined))).then(
      (all) => {
        if (stopped) return;
        setStatuses(
          new Map(all.filter((s): s is ScreenStatus => s !== undefined).map((s) => [s.screenId, s])),
        );
      },
    );
    const onStatus = (status: ScreenStatus) => {
      setStatuses((was) => new Map(was).set(status.screenId, status));
    };
    live.on('screen:status', onStatus);
    return () => {
      stopped = true;
      live.off('screen:status', onStatus);
    };
  }, [fleet.data, api, live]);

  const newLink = (screen: Screen, gate: Gate) => {
    api.createPlayerLink(screen.id).then((made) => {
      setOpen({ kind: 'token', screen, gate, url: made.playerUrl, expiresAt: made.expiresAt });
    }, setError);
  };
  const focusBack = (key: string) => {
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  };
  const gates = [...(fleet.data?.gates ?? [])].sort(byName);
  return (
    <section class="fleet" aria-labelledby="fleet-heading">
      <div class="toolbar">
        <h2 id="fleet-heading">{t('fleetHeading')}</h2>
        <button type="button" onClick={fleet.reload}>
          {t('refresh')}
        </button>
        <button
          type="button"
          data-focus-key="add-gate"
          onClick={() => {
            setOpen({ kind: 'gate', gate: undefined });
          }}
        >
          {t('addGate')}
        </button>
        <p class="hint">{t('autoRefresh')}</p>
      </div>
      <p class="error" role="alert" hidden={!(fleet.error ?? error)}>
        {fleet.error || error ? errorText(fleet.error ?? error) : ''}
      </p>
      {fleet.data && gates.length === 0 && <p class="empty">{t('noGates')}</p>}
      {gates.map((gate) => (
        <GateSection
          key={gate.id}
          gate={gate}
          screens={(fleet.data?.screens ?? []).filter((s) => s.gateId === gate.id).sort(byName)}
          statuses={statuses}
          onPair={(screen) => {
            setOpen({ kind: 'pair', screen });
          }}
          onToken={(screen) => {
            newLink(screen, gate);
          }}
          onEdit={(target) => {
            setOpen(target);
          }}
        />
      ))}
      {open?.kind === 'gate' && (
        <GateForm
          api={api}
          gate={open.gate}
          onClose={(saved) => {
            setOpen(undefined);
            focusBack(open.gate ? `gate-${open.gate.id}` : 'add-gate');
            if (saved) fleet.reload();
          }}
        />
      )}
      {open?.kind === 'screen' && (
        <ScreenForm
          api={api}
          gate={open.gate}
          screen={open.screen}
          onClose={(saved) => {
            setOpen(undefined);
            focusBack(open.screen ? `screen-${open.screen.id}` : `add-screen-${open.gate.id}`);
            if (saved) fleet.reload();
          }}
        />
      )}
      {open?.kind === 'tokens' && (
        <DeviceTokensDialog
          api={api}
          screen={open.screen}
          timeZone={open.gate.timeZone}
          onClose={() => {
            setOpen(undefined);
            focusBack(`tokens-${open.screen.id}`);
          }}
        />
      )}
      {open?.kind === 'pair' && (
        <PairingDialog
          api={api}
          screen={open.screen}
          onClose={(paired) => {
            setOpen(undefined);
            focusBack(`pair-${open.screen.id}`);
            if (paired) fleet.reload();
          }}
        />
      )}
      {open?.kind === 'token' && (
        <TokenDialog
          screenName={open.screen.name}
          playerUrl={open.url}
          expiresAt={formatInstant(open.expiresAt, open.gate.timeZone)}
          onClose={() => {
            setOpen(undefined);
            focusBack(`token-${open.screen.id}`);
          }}
        />
      )}
    </section>
  );
}

interface GateProps {
  gate: Gate;
  screens: Screen[];
  statuses: ReadonlyMap<string, ScreenStatus>;
  onPair: (screen: Screen) => void;
  onToken: (screen: Screen) => void;
  /** Opens the gate form, the screen form or a screen's token list. */
  onEdit: (open: NonNullable<Open>) => void;
}

function GateSection({ gate, screens, statuses, onPair, onToken, onEdit }: GateProps) {
  const headingId = `gate-${gate.id}`;
  return (
    <section class="gate" aria-labelledby={headingId}>
      <div class="toolbar">
        <h3 id={headingId}>{gate.name}</h3>
        <button
          type="button"
          data-focus-key={`gate-${gate.id}`}
          aria-label={t('editGateFor', { name: gate.name })}
          onClick={() => {
            onEdit({ kind: 'gate', gate });
          }}
        >
          {t('editGate')}
        </button>
        <button
          type="button"
          data-focus-key={`add-screen-${gate.id}`}
          aria-label={t('addScreenTo', { gate: gate.name })}
          onClick={() => {
            onEdit({ kind: 'screen', gate, screen: undefined });
          }}
        >
          {t('addScreen')}
        </button>
      </div>
      <dl class="facts">
        <div>
          <dt>{t('province')}</dt>
          <dd>{gate.province}</dd>
        </div>
        <div>
          <dt>{t('borderCountry')}</dt>
          <dd>{regionName(gate.borderCountry) + (gate.borderRegion ? ` — ${gate.borderRegion}` : '')}</dd>
        </div>
        <div>
          <dt>{t('timeZone')}</dt>
          <dd>{timeZoneLabel(gate.timeZone)}</dd>
        </div>
        <div>
          <dt>{t('languages')}</dt>
          <dd>{gate.languages.map(languageName).join(', ')}</dd>
        </div>
      </dl>
      {screens.length === 0 ? (
        <p class="empty">{t('noScreens')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('screensCaption', { gate: gate.name })}</caption>
            <thead>
              <tr>
                {(
                  [
                    'colName',
                    'colKind',
                    'colSize',
                    'colLanguages',
                    'colGroups',
                    'colConnection',
                    'colContent',
                  ] as const
                ).map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">{t('colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {screens.map((screen) => (
                <ScreenRow
                  key={screen.id}
                  screen={screen}
                  status={statuses.get(screen.id)}
                  timeZone={gate.timeZone}
                  onPair={onPair}
                  onToken={onToken}
                  onManage={(kind, target) => {
                    onEdit({ kind, gate, screen: target });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ScreenRow({
  screen,
  status,
  timeZone,
  onPair,
  onToken,
  onManage,
}: {
  screen: Screen;
  status: ScreenStatus | undefined;
  timeZone: string;
  onManage: (kind: 'screen' | 'tokens', screen: Screen) => void;
} & Pick<GateProps, 'onPair' | 'onToken'>) {
  return (
    <tr data-screen-row={screen.id}>
      <th scope="row">{screen.name}</th>
      <td>{kindLabel(screen.kind)}</td>
      <td>
        <span class="nowrap">{`${screen.width}×${screen.height}`}</span>
        {screen.kind === 'led' && (
          <span class="small">{t('offset', { x: screen.offsetX ?? 0, y: screen.offsetY ?? 0 })}</span>
        )}
      </td>
      <td>
        {screen.languages?.length ? (
          screen.languages.join(', ')
        ) : (
          <span class="muted">{t('gateLanguages')}</span>
        )}
      </td>
      <td>
        {screen.groups?.length ? (
          screen.groups.map((g) => (
            <span key={g} class="chip">
              {g}
            </span>
          ))
        ) : (
          <span class="muted">{t('none')}</span>
        )}
      </td>
      <td>
        {!status ? (
          <Badge tone="muted" icon="?" text={t('statusUnknown')} />
        ) : status.connected ? (
          <Badge tone="ok" icon="●" text={t('connected')} />
        ) : (
          <Badge tone="bad" icon="○" text={t('disconnected')} />
        )}
      </td>
      <td data-content-status>
        {!status ? (
          <Badge tone="muted" icon="?" text={t('statusUnknown')} />
        ) : status.currentVersion === null ? (
          <Badge tone="muted" icon="–" text={t('nothingPublished')} />
        ) : status.appliedVersion === status.currentVersion ? (
          <Badge tone="ok" icon="✓" text={t('upToDate')} />
        ) : (
          <Badge tone="warn" icon="!" text={t('pending')} />
        )}
        {status?.appliedAt && (
          <span class="small">{t('appliedAt', { time: formatInstant(status.appliedAt, timeZone) })}</span>
        )}
      </td>
      <td>
        <div class="actions">
          <button
            type="button"
            data-focus-key={`pair-${screen.id}`}
            aria-label={t('pairFor', { screen: screen.name })}
            onClick={() => {
              onPair(screen);
            }}
          >
            {t('pair')}
          </button>
          <button
            type="button"
            data-focus-key={`token-${screen.id}`}
            aria-label={t('newPlayerLinkFor', { screen: screen.name })}
            onClick={() => {
              onToken(screen);
            }}
          >
            {t('newPlayerLink')}
          </button>
          <button
            type="button"
            data-focus-key={`tokens-${screen.id}`}
            aria-label={t('deviceTokensOf', { screen: screen.name })}
            onClick={() => {
              onManage('tokens', screen);
            }}
          >
            {t('deviceTokens')}
          </button>
          <button
            type="button"
            data-focus-key={`screen-${screen.id}`}
            aria-label={t('editScreenFor', { name: screen.name })}
            onClick={() => {
              onManage('screen', screen);
            }}
          >
            {t('editScreen')}
          </button>
        </div>
      </td>
    </tr>
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

function kindLabel(kind: Screen['kind']): string {
  switch (kind) {
    case 'led':
      return t('kindLed');
    case 'kiosk':
      return t('kindKiosk');
    case 'indoor':
      return t('kindIndoor');
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'vi');
}
