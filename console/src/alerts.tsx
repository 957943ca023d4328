import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageProps } from './app.tsx';
import { alertsApi, type CapAlertItem } from './alerts-api.ts';
import { AlertDetail } from './alerts-detail.tsx';
import { alertOutcomes, isDrill, msgTypeWord, outcomeWord, statusWord } from './alerts-words.ts';
import { EntityList, RowActions, type ListColumn, type ListFilter } from './entity-list.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import type { OverrideChange } from './overrides-api.ts';
import './alerts.css';

/** What an alert says, in one line: its headline, else its event. */
export const alertTitle = (a: Pick<CapAlertItem, 'headline' | 'event'>): string => a.headline ?? a.event;

/**
 * The alerts the authorities sent (CAP), newest first, filterable by outcome and source; one opens below
 * the list with what it did at each gate. Alerts that create, approve or clear emergencies show up live.
 */
export function AlertsPage({ api, live }: PageProps) {
  const alerts = useMemo(() => alertsApi(api), [api]);
  const names = useLoad(async () => {
    const [gates, screens] = await Promise.all([api.gates(), api.screens()]);
    return { gates: gates.items, screens: screens.items };
  }, [api]);
  const list = useLoad(() => alerts.alerts(), [alerts]);
  const [open, setOpen] = useState<string | undefined>(undefined);
  const { reload } = list;

  // An emergency that came from an alert changed (a new alert made it, someone approved or cleared it).
  const [changed, setChanged] = useState<{ alertId: string; seq: number } | undefined>(undefined);
  const seq = useRef(0);
  useEffect(() => {
    const onChange = (change: OverrideChange) => {
      const origin = change.emergency?.origin;
      if (origin?.kind !== 'cap') return;
      reload();
      seq.current += 1;
      setChanged({ alertId: origin.alertId, seq: seq.current });
    };
    live.on('override:changed', onChange);
    live.on('connect', reload);
    return () => {
      live.off('override:changed', onChange);
      live.off('connect', reload);
    };
  }, [live, reload]);

  const rows = list.data?.items;
  const columns = useMemo(
    (): ListColumn<CapAlertItem>[] => [
      {
        key: 'alert',
        label: t('capColAlert'),
        render: (a) => (
          <>
            {isDrill(a) && <span class="badge badge-warn cap-drill-chip">{t('capDrill')}</span>}{' '}
            <span lang={a.languages.present[0]}>{alertTitle(a)}</span>
          </>
        ),
        sortValue: alertTitle,
      },
      {
        key: 'source',
        label: t('capColSource'),
        render: (a) => a.sourceName,
        sortValue: (a) => a.sourceName,
      },
      {
        key: 'sent',
        label: t('capColSent'),
        render: (a) => <span class="nowrap">{formatInstant(a.sent, zoneOfAlert(a, names.data?.gates))}</span>,
        sortValue: (a) => Date.parse(a.sent),
      },
      {
        key: 'status',
        label: t('capColStatus'),
        render: (a) => {
          const s = statusWord(a.status);
          return <span class={`badge ${s.badge}`}>{s.text}</span>;
        },
      },
      { key: 'type', label: t('capColMsgType'), render: (a) => msgTypeWord(a.msgType) },
      {
        key: 'outcome',
        label: t('capColOutcome'),
        render: (a) => {
          const o = outcomeWord(a.outcome);
          return (
            <span class={`badge ${o.badge}`} data-outcome={a.outcome}>
              {o.text}
            </span>
          );
        },
      },
    ],
    [names.data],
  );
  const filters = useMemo((): ListFilter<CapAlertItem>[] => {
    const sources = new Map((rows ?? []).map((a) => [a.sourceId, a.sourceName]));
    return [
      {
        key: 'outcome',
        label: t('capColOutcome'),
        options: alertOutcomes.map((o) => ({ value: o, label: outcomeWord(o).text })),
        test: (a, v) => a.outcome === v,
      },
      {
        key: 'source',
        label: t('capColSource'),
        options: [...sources].map(([value, label]) => ({ value, label })),
        test: (a, v) => a.sourceId === v,
      },
      {
        key: 'drill',
        label: t('capColStatus'),
        options: [
          { value: 'real', label: t('capStatusActual') },
          { value: 'drill', label: t('capDrill') },
        ],
        test: (a, v) => (v === 'drill') === isDrill(a),
      },
    ];
  }, [rows]);

  const failed = list.error ?? names.error;
  return (
    <section aria-labelledby="cap-heading" class="cap-page">
      <h2 id="cap-heading">{t('capHeading')}</h2>
      <p class="hint">{t('capIntro')}</p>
      {failed !== undefined && (
        <p class="error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {rows && names.data ? (
        <EntityList
          name="alerts"
          label={t('capListLabel')}
          rows={rows}
          rowKey={(a) => a.id}
          columns={columns}
          filters={filters}
          searchTexts={(a) => [a.event, a.headline ?? '', a.sourceName, a.sender, a.identifier]}
          empty={t('capEmpty')}
          initialSort={{ key: 'sent', direction: 'descending' }}
          current={open}
          actions={(a) => (
            <RowActions
              name={alertTitle(a)}
              onOpen={() => {
                setOpen(a.id);
              }}
            />
          )}
        />
      ) : (
        failed === undefined && <p class="hint">{t('loading')}</p>
      )}
      {open && names.data && (
        <AlertDetail
          key={open}
          id={open}
          alerts={alerts}
          names={names.data}
          live={live}
          changed={changed?.alertId === open ? changed.seq : 0}
          onOpen={setOpen}
          onDone={reload}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      )}
    </section>
  );
}

/** The time zone an alert's times are read in: its first gate's (the browser's when it reached none). */
export function zoneOfAlert(
  a: Pick<CapAlertItem, 'gates'>,
  gates: readonly { id: string; timeZone: string }[] | undefined,
): string | undefined {
  const first = a.gates[0]?.gateId;
  return gates?.find((g) => g.id === first)?.timeZone;
}
