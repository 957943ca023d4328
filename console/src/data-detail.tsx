import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Gate } from './api.ts';
import type { DataApi, DataSource, StoredValue } from './data-api.ts';
import { ValueEntry } from './data-entry.tsx';
import {
  adapterName,
  adapterWord,
  ageText,
  dataErrorText,
  kindWord,
  lastErrorText,
  stateWord,
  timeZoneOf,
  valueText,
} from './data-words.ts';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { t } from './i18n.ts';
import { scopeText } from './people-parts.tsx';

/** A path as a piece of an element id (paths hold dots, ids of labels had better not). */
const rowId = (path: string) => path.replace(/[^A-Za-z0-9_-]/g, '_');
const observed = (v: StoredValue) => formatInstant(new Date(v.observedAt).toISOString());

/** Who a value came from: the person who entered it, or the source itself. */
function Origin({ value }: { value: StoredValue }) {
  return value.enteredBy ? (
    <span translate={false}>{value.enteredBy.name}</span>
  ) : (
    <span class="muted">{t('dataFromSource')}</span>
  );
}

/** A pull source's reading: when, what went wrong then (in words, the server's text for whoever digs). */
function Reading({
  data,
  source,
  mayPoll,
  onRead,
}: {
  data: DataApi;
  source: DataSource;
  mayPoll: boolean;
  onRead: () => void;
}) {
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const { lastPolledAt, lastError, lastErrorCode } = source.health;
  const read = () => {
    if (busy) return;
    setBusy(true);
    setSaid('');
    setFailure(undefined);
    data.pollNow(source.id).then(
      (poll) => {
        setBusy(false);
        setSaid(
          poll.error === undefined
            ? t('dataPolled', { read: poll.read, stored: poll.stored, held: poll.held })
            : t('dataPollFailed', { why: lastErrorText(poll.error, poll.errorCode).text }),
        );
        onRead();
      },
      (err: unknown) => {
        setBusy(false);
        setFailure(err);
      },
    );
  };
  const error = lastError === undefined ? undefined : lastErrorText(lastError, lastErrorCode);
  return (
    <div class="data-reading" data-reading>
      <p class="small">
        {lastPolledAt ? t('dataLastRead', { at: formatInstant(lastPolledAt) }) : t('dataNeverRead')}
      </p>
      {error && lastError !== undefined && (
        <div class="small" data-last-error>
          <p>
            <span class="badge badge-warn">{t('dataReadFailed')}</span> {error.text}
          </p>
          <details>
            <summary>{t('dataErrorDetails')}</summary>
            <code lang="en">{lastError}</code>
          </details>
        </div>
      )}
      {mayPoll && (
        <div class="actions">
          <button type="button" onClick={read} aria-disabled={busy ? 'true' : undefined}>
            {t('dataReadNow')}
          </button>
        </div>
      )}
      <p class="success" role="status">
        {said}
      </p>
      <p class="error" role="alert">
        {failure === undefined ? '' : dataErrorText(failure)}
      </p>
    </div>
  );
}

/** Every version of one path, newest observation first, in every state. */
function History({
  data,
  source,
  path,
  zone,
  version,
}: {
  data: DataApi;
  source: DataSource;
  path: string;
  zone: string | undefined;
  version: number;
}) {
  const history = useLoad(() => data.history(source.id, path), [data, source.id, path, version]);
  return (
    <section aria-labelledby="data-history-heading" data-history={path}>
      <h4 id="data-history-heading">
        {t('dataHistoryOf')} <code translate={false}>{path}</code>
      </h4>
      <p class="error" role="alert" hidden={!history.error}>
        {history.error ? dataErrorText(history.error) : ''}
      </p>
      {history.data && (
        // Scrolled sideways on a phone, by keyboard too: the region takes the focus.
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="data-history-heading">
          <table aria-labelledby="data-history-heading">
            <thead>
              <tr>
                <th scope="col">{t('dataColObserved')}</th>
                <th scope="col">{t('dataColValue')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('dataColReceived')}</th>
                <th scope="col">{t('dataColFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((v) => (
                <tr key={v.id} data-version={v.id} data-state={v.state}>
                  <th scope="row" class="nowrap">
                    {observed(v)}
                  </th>
                  <td>{valueText(v, zone)}</td>
                  <td>
                    <span
                      class={`badge ${v.state === 'accepted' ? 'badge-ok' : v.state === 'held' ? 'badge-warn' : 'badge-muted'}`}
                    >
                      {stateWord(v.state)}
                    </span>
                    {v.decidedBy && (
                      <span class="small">
                        {' '}
                        {t('dataDecidedBy')} <span translate={false}>{v.decidedBy.name}</span>
                      </span>
                    )}
                  </td>
                  <td class="nowrap">{formatInstant(v.receivedAt)}</td>
                  <td>
                    <Origin value={v} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * One source open: its settings and health (a pull source's last read, "Đọc ngay" for administrators),
 * the current value of each path as a Vietnamese board writes it, one path's history, and the form to enter
 * a value by hand (editors).
 */
export function SourceDetail({
  data,
  source,
  gates,
  refresh,
  mayEnter,
  mayPoll,
  onChanged,
  onClose,
}: {
  data: DataApi;
  source: DataSource;
  gates: readonly Gate[];
  /** Changes when values changed elsewhere on the page (a held one decided): read them again. */
  refresh: number;
  mayEnter: boolean;
  mayPoll: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const [version, setVersion] = useState(0);
  const current = useLoad(() => data.current(source.id), [data, source.id, version, refresh]);
  const [path, setPath] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const zone = timeZoneOf(source, gates);
  const values = useMemo(() => current.data?.items ?? [], [current.data]);
  const changed = () => {
    setVersion((n) => n + 1);
    onChanged();
  };
  // Opened from the list, the source takes the focus (its heading), in view.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [source.id]);

  const { pull } = source;
  return (
    <section class="cap-detail data-detail" aria-labelledby="data-detail-heading" data-source={source.id}>
      <div class="toolbar">
        <h3 id="data-detail-heading" ref={heading} tabIndex={-1}>
          {source.name}
        </h3>
        <button type="button" onClick={onClose}>
          {t('dataCloseSource')}
        </button>
      </div>
      <dl class="cap-facts">
        <div>
          <dt>{t('dataColKind')}</dt>
          <dd>{kindWord(source.kind)}</dd>
        </div>
        <div>
          <dt>{t('pScope')}</dt>
          <dd>{scopeText(source.scope, gates)}</dd>
        </div>
        <div>
          <dt>{t('dataMaxAge')}</dt>
          <dd>{ageText(source.maxAgeSeconds)}</dd>
        </div>
        <div>
          <dt>{t('dataBound')}</dt>
          <dd>
            {source.boundPercent === undefined
              ? t('dataNoBound')
              : t('dataBoundPercent', { n: source.boundPercent.toLocaleString('vi-VN') })}
          </dd>
        </div>
        <div>
          <dt>{t('dataColHealth')}</dt>
          <dd data-health>
            {source.health.stale ? (
              <span class="badge badge-bad" data-badge="stale">
                {t('dataStale')}
              </span>
            ) : (
              <span class="badge badge-ok">{t('dataFresh')}</span>
            )}{' '}
            {source.health.lastValueAt
              ? t('dataLastValue', { at: formatInstant(source.health.lastValueAt) })
              : t('dataNoValueYet')}
          </dd>
        </div>
        {pull && (
          <>
            <div>
              <dt>{t('dataAdapter')}</dt>
              <dd>
                {adapterWord(pull.adapter)}
                {adapterName(pull.adapter) !== undefined && (
                  <>
                    {' · '}
                    <span translate={false}>{adapterName(pull.adapter)}</span>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('dataUrl')}</dt>
              <dd>
                <code lang="zxx" translate={false} class="data-url">
                  {pull.url}
                </code>
              </dd>
            </div>
            <div>
              <dt>{t('dataSchedule')}</dt>
              <dd data-schedule>
                {pull.cron === undefined ? (
                  t('dataEveryAge', { age: ageText(pull.everyMinutes * 60) })
                ) : (
                  <>
                    {t('dataOnCron')}{' '}
                    <code lang="zxx" translate={false}>
                      {pull.cron}
                    </code>{' '}
                    {t('dataCronZone')}
                  </>
                )}
              </dd>
            </div>
            {pull.fields && (
              <div>
                <dt>{t('dataMappedFields')}</dt>
                <dd>
                  <ul class="data-mapped" data-mapped>
                    {pull.fields.map((f) => (
                      <li key={f.path}>
                        <code translate={false}>{f.path}</code> {t('dataMappedFrom')}{' '}
                        <code lang="zxx" translate={false}>
                          {f.select}
                        </code>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </>
        )}
      </dl>
      {source.kind === 'pull' && (
        <Reading data={data} source={source} mayPoll={mayPoll && source.enabled} onRead={changed} />
      )}

      <h4 id="data-current-heading">{t('dataCurrentHeading')}</h4>
      <p class="error" role="alert" hidden={!current.error}>
        {current.error ? dataErrorText(current.error) : ''}
      </p>
      {current.data &&
        (values.length === 0 ? (
          <p class="empty">{t('dataNoValues')}</p>
        ) : (
          <div class="table-wrap">
            <table aria-labelledby="data-current-heading" data-current>
              <thead>
                <tr>
                  <th scope="col">{t('dataColPath')}</th>
                  <th scope="col">{t('dataColValue')}</th>
                  <th scope="col">{t('dataColObserved')}</th>
                  <th scope="col">{t('dataColFrom')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('listActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.map((v) => (
                  <tr key={v.path} data-path={v.path} aria-current={v.path === path ? 'true' : undefined}>
                    <th scope="row">
                      <code translate={false} id={`data-path-${rowId(v.path)}`}>
                        {v.path}
                      </code>
                    </th>
                    <td data-value>{valueText(v, zone)}</td>
                    <td class="nowrap">{observed(v)}</td>
                    <td>
                      <Origin value={v} />
                    </td>
                    <td>
                      <button
                        type="button"
                        id={`data-history-${rowId(v.path)}`}
                        aria-labelledby={`data-history-${rowId(v.path)} data-path-${rowId(v.path)}`}
                        onClick={() => {
                          setPath(v.path);
                        }}
                      >
                        {t('dataHistory')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {path !== undefined && (
        <History data={data} source={source} path={path} zone={zone} version={version + refresh} />
      )}
      {mayEnter && <ValueEntry data={data} source={source} known={values} zone={zone} onEntered={changed} />}
    </section>
  );
}
