import { useEffect, useState } from 'preact/hooks';
import type { ApprovalStatus, ApprovalSummary } from './api.ts';
import type { PageProps } from './app.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t, type MessageKey } from './i18n.ts';

/** The review queue: submitted items, each with its draft beside what is live; approve or reject with a reason. */
export function ApprovalsPage({ api, live }: PageProps) {
  const queue = useLoad(() => api.approvals('submitted'), [api]);
  const [open, setOpen] = useState<ApprovalStatus | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  useEffect(() => {
    const onChange = () => {
      queue.reload();
    };
    live.on('approval:changed', onChange);
    return () => {
      live.off('approval:changed', onChange);
    };
  }, [live, queue]);

  const review = (item: ApprovalSummary) => {
    setNote(undefined);
    api.approval(item.entity, item.id).then(setOpen, (err: unknown) => {
      setNote({ ok: false, text: errorText(err) });
    });
  };
  const items = queue.data?.items ?? [];
  return (
    <section aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">{t('approvalsHeading')}</h2>
      <p class={note?.ok ? 'success' : 'error'} role="status">
        {note?.text ?? (queue.error ? errorText(queue.error) : '')}
      </p>
      {queue.data && items.length === 0 && <p class="empty">{t('queueEmpty')}</p>}
      <ul class="cards">
        {items.map((item) => (
          <li key={`${item.entity}-${item.id}`} class="card" data-approval={item.id}>
            <span class="chip">{t(`entity_${item.entity}` as MessageKey)}</span> <strong>{item.name}</strong>
            {item.submittedBy && item.submittedAt && (
              <span class="small">
                {t('submittedBy', { by: item.submittedBy.name, time: formatInstant(item.submittedAt) })}
              </span>
            )}
            <button
              type="button"
              aria-label={t('reviewFor', { name: item.name })}
              onClick={() => {
                review(item);
              }}
            >
              {t('review')}
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <Review
          key={`${open.entity}-${open.id}-${open.revision}`}
          status={open}
          {...{ api, live }}
          onDone={(text) => {
            setOpen(undefined);
            setNote({ ok: true, text });
            queue.reload();
          }}
        />
      )}
    </section>
  );
}

function Review({
  status,
  api,
  onDone,
}: { status: ApprovalStatus; onDone: (text: string) => void } & Pick<PageProps, 'api' | 'live'>) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const changed = changedKeys(status.draft, status.approved);
  const act = (what: Promise<unknown>, done: string) => {
    what.then(
      () => {
        onDone(done);
      },
      (err: unknown) => {
        setError(errorText(err));
      },
    );
  };
  const reject = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('reasonMissing'));
      return;
    }
    act(api.reject(status.entity, status.id, reason.trim()), t('rejectedDone'));
  };
  return (
    <section class="editor" aria-labelledby="review-heading">
      <h3 id="review-heading">{t('reviewFor', { name: status.name })}</h3>
      <p class="small">
        {t('changedFields')}: {changed.join(', ') || '—'}
      </p>
      <div class="diff">
        <figure>
          <figcaption>{t('live_')}</figcaption>
          {status.approved ? (
            <pre data-side="approved">{pretty(status.approved, changed)}</pre>
          ) : (
            <p class="muted">{t('nothingLive')}</p>
          )}
        </figure>
        <figure>
          <figcaption>{t('proposed')}</figcaption>
          <pre data-side="draft">{pretty(status.draft, changed)}</pre>
        </figure>
      </div>
      <p class="error" role="alert" hidden={!error}>
        {error}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => {
            act(api.approve(status.entity, status.id), t('approvedDone'));
          }}
        >
          {t('approve')}
        </button>
      </div>
      <form noValidate onSubmit={reject} class="row">
        <label>
          {t('reason')}
          <input
            name="reason"
            value={reason}
            onInput={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
        </label>
        <button type="submit">{t('reject')}</button>
      </form>
    </section>
  );
}

const bookkeeping = new Set(['createdAt', 'updatedAt']);

/** Top-level fields whose value differs between the draft and the approved version. */
function changedKeys(draft: object, approved: object | null): string[] {
  const a = draft as Record<string, unknown>;
  const b = (approved ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !bookkeeping.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}

// Changed fields are marked with "»" so the difference reads without colour.
function pretty(doc: object, changed: string[]): string {
  return Object.entries(doc)
    .filter(([k]) => !bookkeeping.has(k))
    .map(([k, v]) => `${changed.includes(k) ? '» ' : '  '}${k}: ${JSON.stringify(v, null, 2)}`)
    .join('\n');
}
