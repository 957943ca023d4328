import { useState } from 'preact/hooks';
import type { Gate, Me } from './api.ts';
import type { DataApi, DataSource, StoredValue } from './data-api.ts';
import { dataErrorText, enteredByMe, moveText, previousText, timeZoneOf, valueText } from './data-words.ts';
import { formatInstant } from './format.ts';
import { t } from './i18n.ts';
import { scopeText } from './people-parts.tsx';

/** One held value: where it is from, what it jumped from and to, and the decision (or why not this person). */
function HeldValue({
  value,
  source,
  zone,
  me,
  mayDecide,
  busy,
  onDecide,
}: {
  value: StoredValue;
  source: DataSource | undefined;
  zone: string | undefined;
  me: Me;
  mayDecide: boolean;
  busy: boolean;
  onDecide: (value: StoredValue, decision: 'approve' | 'reject') => void;
}) {
  const before = previousText(value, zone);
  const after = valueText(value, zone);
  const move = moveText(value.previous, value.value);
  const mine = enteredByMe(value, me);
  // The buttons are named by their word and the value's path and source, which are marked as not prose.
  const what = `held-${value.id}`;
  return (
    <li class="data-held-item" data-held={value.id} data-path={value.path}>
      <p class="data-held-what" id={`${what}-what`}>
        <strong>{source?.name ?? t('dataUnknownSource')}</strong>
        {' · '}
        <code translate={false}>{value.path}</code>
      </p>
      <p class="data-held-move" data-move>
        {before !== undefined && (
          <>
            <span data-before>{before}</span>
            <span aria-hidden="true"> → </span>
            <span class="visually-hidden"> {t('dataMovedTo')} </span>
          </>
        )}
        <strong data-after>{after}</strong>
        {move !== undefined && (
          <span class="badge badge-warn" data-percent>
            {move}
          </span>
        )}
      </p>
      <p class="small">
        {t('dataObservedAt', { time: formatInstant(new Date(value.observedAt).toISOString()) })}
        {'. '}
        {value.enteredBy ? (
          <>
            {t('dataEnteredBy')} <span translate={false}>{value.enteredBy.name}</span>.
          </>
        ) : (
          t('dataSentBySource')
        )}
      </p>
      {mine ? (
        <p class="note small" data-own-value>
          {t('dataOwnValue')}
        </p>
      ) : (
        mayDecide && (
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-action="approve"
              id={`${what}-approve`}
              aria-labelledby={`${what}-approve ${what}-what`}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                onDecide(value, 'approve');
              }}
            >
              {t('dataApprove')}
            </button>
            <button
              type="button"
              data-action="reject"
              id={`${what}-reject`}
              aria-labelledby={`${what}-reject ${what}-what`}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                onDecide(value, 'reject');
              }}
            >
              {t('dataReject')}
            </button>
          </div>
        )
      )}
    </li>
  );
}

/**
 * "Giá trị chờ duyệt": the values that moved beyond their source's bound and wait for a look, each from
 * what to what and by how much; an approver lets one through (it asks first: the boards change) or turns it
 * down. A value a person entered waits for someone else (the server refuses its enterer: same_person).
 */
export function HeldValues({
  data,
  me,
  held,
  sources,
  gates,
  mayDecide,
  onDecided,
}: {
  data: DataApi;
  me: Me;
  held: readonly StoredValue[];
  sources: readonly DataSource[];
  gates: readonly Gate[];
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const decide = (value: StoredValue, decision: 'approve' | 'reject') => {
    if (busy) return;
    const source = sources.find((s) => s.id === value.sourceId);
    const after = valueText(value, timeZoneOf(source, gates));
    const where = source ? scopeText(source.scope, gates) : '';
    if (
      decision === 'approve' &&
      !confirm(t('dataConfirmApprove', { value: after, name: source?.name ?? '', where }))
    )
      return;
    setBusy(true);
    setSaid('');
    setFailure(undefined);
    (decision === 'approve' ? data.approve(value.id) : data.reject(value.id)).then(
      (decided) => {
        setBusy(false);
        setSaid(t(decided.state === 'accepted' ? 'dataApproved' : 'dataRejected', { value: after }));
        onDecided();
      },
      (err: unknown) => {
        setBusy(false);
        setFailure(err);
      },
    );
  };
  return (
    <section aria-labelledby="data-held-heading" class="data-held" data-held-list>
      <h3 id="data-held-heading">
        {t('dataHeldHeading')} {held.length > 0 && <span class="badge badge-warn">{held.length}</span>}
      </h3>
      {held.length === 0 ? (
        <p class="empty">{t('dataHeldEmpty')}</p>
      ) : (
        <>
          <p class="hint">{t('dataHeldHint')}</p>
          <ul class="data-held-items">
            {held.map((v) => {
              const source = sources.find((s) => s.id === v.sourceId);
              return (
                <HeldValue
                  key={v.id}
                  value={v}
                  source={source}
                  zone={timeZoneOf(source, gates)}
                  me={me}
                  mayDecide={mayDecide}
                  busy={busy}
                  onDecide={decide}
                />
              );
            })}
          </ul>
        </>
      )}
      <p class="success" role="status">
        {said}
      </p>
      <p class="error" role="alert" data-held-error>
        {failure === undefined ? '' : dataErrorText(failure)}
      </p>
    </section>
  );
}
