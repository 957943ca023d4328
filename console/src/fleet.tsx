import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Gate, Screen, ScreenStatus } from './api.ts';
import type { PageProps } from './app.tsx';
import { DeviceTokensDialog } from './device-tokens-dialog.tsx';
import { DuplicateScreenDialog } from './duplicate-screen-dialog.tsx';
import { fleetApi } from './fleet-api.ts';
import { GatesList, ScreensList, refusalText } from './fleet-list.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { GateForm } from './gate-form.tsx';
import { monitorApi, type Connectivity, type ConnectivityChange } from './monitor-api.ts';
import { PairingDialog } from './pairing-dialog.tsx';
import { ScreenForm } from './screen-form.tsx';
import { TokenDialog } from './token-dialog.tsx';

type Open =
  | { kind: 'pair'; screen: Screen }
  | { kind: 'token'; screen: Screen; gate: Gate; url: string; expiresAt: string }
  | { kind: 'tokens'; screen: Screen; gate: Gate }
  | { kind: 'gate'; gate: Gate | undefined }
  | { kind: 'screen'; gate: Gate; screen: Screen | undefined }
  | { kind: 'duplicate'; screen: Screen }
  | undefined;

/**
 * Every gate in scope and every screen, as two lists (search, filters, sort, pages: fleet-list.tsx); each
 * screen's connection and applied version update live over /console. Gates and screens are added, edited,
 * duplicated (screens) and deleted here; a refused delete says why, naming what still uses the item.
 */
export function FleetPage({ api, live }: PageProps) {
  const fleet = useLoad(async () => {
    const [gates, screens] = await Promise.all([api.gates(), api.screens()]);
    return { gates: gates.items, screens: screens.items };
  }, [api]);
  const [statuses, setStatuses] = useState(new Map<string, ScreenStatus>());
  const [connectivity, setConnectivity] = useState(new Map<string, Connectivity>());
  const [open, setOpen] = useState<Open>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState('');
  const fleetCalls = useMemo(() => fleetApi(api), [api]);

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
    // The status in the dashboard's four words (online, stale, offline, never), from the same endpoint.
    monitorApi(api)
      .fleet()
      .then(
        (read) => {
          if (!stopped) setConnectivity(new Map(read.items.map((s) => [s.screenId, s.connectivity])));
        },
        () => undefined,
      );
    const onStatus = (status: ScreenStatus) => {
      setStatuses((was) => new Map(was).set(status.screenId, status));
    };
    const onConnectivity = (change: ConnectivityChange) => {
      setConnectivity((was) => new Map(was).set(change.screenId, change.to));
    };
    live.on('screen:status', onStatus);
    live.on('screen:connectivity', onConnectivity);
    return () => {
      stopped = true;
      live.off('screen:status', onStatus);
      live.off('screen:connectivity', onConnectivity);
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
  const removeGate = (gate: Gate) => {
    if (!confirm(t('flConfirmDeleteGate', { name: gate.name }))) return;
    void settle(gate.name, fleetCalls.deleteGate(gate.id), 'gates');
  };
  const removeScreen = (screen: Screen) => {
    if (!confirm(t('flConfirmDeleteScreen', { name: screen.name }))) return;
    void settle(screen.name, fleetCalls.deleteScreen(screen.id), 'screens');
  };
  // After a delete: said in the status line, or the refusal in the alert line, with what still uses it.
  const settle = async (name: string, pending: Promise<void>, list: 'gates' | 'screens') => {
    try {
      await pending;
      setRefusal('');
      setNote(t('flDeleted', { name }));
      fleet.reload();
      // The deleted row's button goes with it: focus waits in the list's search box, not on the page.
      document.querySelector<HTMLElement>(`input[name="${list}-search"]`)?.focus();
    } catch (err: unknown) {
      setNote('');
      setRefusal(t('flNotDeleted', { name, why: await refusalText(api, err, fleet.data?.screens ?? []) }));
    }
  };
  const data = fleet.data;
  const gateOf = (screen: Screen) => data?.gates.find((g) => g.id === screen.gateId);
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
      <p class="error" role="alert" data-fleet-refusal>
        {refusal}
      </p>
      <p class="fleet-status" role="status">
        {note}
      </p>
      {data && (
        <GatesList
          gates={data.gates}
          screens={data.screens}
          connectivity={connectivity}
          onEdit={(gate) => {
            setOpen({ kind: 'gate', gate });
          }}
          onAddScreen={(gate) => {
            setOpen({ kind: 'screen', gate, screen: undefined });
          }}
          onDelete={removeGate}
        />
      )}
      {data && (
        <section class="fleet-screens" aria-labelledby="fleet-screens-heading">
          <h3 id="fleet-screens-heading">{t('flScreensHeading')}</h3>
          <ScreensList
            gates={data.gates}
            screens={data.screens}
            statuses={statuses}
            connectivity={connectivity}
            onPair={(screen) => {
              setOpen({ kind: 'pair', screen });
            }}
            onToken={(screen) => {
              const gate = gateOf(screen);
              if (gate) newLink(screen, gate);
            }}
            onTokens={(screen) => {
              const gate = gateOf(screen);
              if (gate) setOpen({ kind: 'tokens', screen, gate });
            }}
            onEdit={(screen) => {
              const gate = gateOf(screen);
              if (gate) setOpen({ kind: 'screen', gate, screen });
            }}
            onDuplicate={(screen) => {
              setOpen({ kind: 'duplicate', screen });
            }}
            onDelete={removeScreen}
          />
        </section>
      )}
      {open?.kind === 'duplicate' && data && (
        <DuplicateScreenDialog
          fleet={fleetCalls}
          screen={open.screen}
          gates={data.gates}
          onClose={(made) => {
            setOpen(undefined);
            focusBack(`duplicate-${open.screen.id}`);
            if (made) {
              setRefusal('');
              setNote(t('flDuplicated', { name: made.name }));
              fleet.reload();
            }
          }}
        />
      )}
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
