import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApprovalSummary } from './api.ts';
import type { PageProps } from './app.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t, type MessageKey } from './i18n.ts';
import { reviewApi, type Review } from './review-api.ts';
import { ReviewView, type Outcome } from './review-view.tsx';
import './review.css';

/**
 * The review queue: submitted items, oldest first. Opening one shows it as a person reads it (per-language
 * text diff in the bundled fonts, rendered previews, sentences and timelines); approve, or reject with a reason.
 */
export function ApprovalsPage({ api, live }: PageProps) {
  const reviews = useMemo(() => reviewApi(api), [api]);
  const queue = useLoad(() => reviews.queue(), [reviews]);
  const names = useLoad(() => reviews.names(), [reviews]);
  const [open, setOpen] = useState<Review | undefined>(undefined);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const onChange = () => {
      queue.reload();
    };
    live.on('approval:changed', onChange);
    return () => {
      live.off('approval:changed', onChange);
    };
  }, [live, queue]);
  useEffect(() => {
    if (open) document.getElementById('review-heading')?.focus();
  }, [open?.status.id]);

  const review = (item: ApprovalSummary) => {
    setNote(undefined);
    names.reload(); // names of what the item refers to may be newer than the page
    reviews.review(item.entity, item.id).then(setOpen, (err: unknown) => {
      setNote({ ok: false, text: errorText(err) });
    });
  };
  const done = (result: Outcome) => {
    setOpen(undefined);
    setNote({ ok: true, text: result.text });
    queue.reload();
  };
  // The review closes on a decision: focus goes to what it says (not lost to the page's top).
  useEffect(() => {
    if (note?.ok) outcome.current?.focus();
  }, [note]);
  const items = queue.data?.items ?? [];
  return (
    <section aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">{t('approvalsHeading')}</h2>
      <p ref={outcome} tabIndex={-1} class={note?.ok ? 'success' : 'error'} role="status" data-outcome>
        {note?.text ?? (queue.error ? errorText(queue.error) : '')}
      </p>
      {queue.data && items.length === 0 && <p class="empty">{t('queueEmpty')}</p>}
      <ul class="cards">
        {items.map((item) => (
          <li key={`${item.entity}-${item.id}`} class="card" data-approval={item.id}>
            <span class="chip">{t(`entity_${item.entity}` as MessageKey)}</span> <strong>{item.name}</strong>
            {item.submittedBy && item.submittedAt && (
              <span class="small">
                {t('rvSubmittedBy', { by: item.submittedBy.name, time: formatInstant(item.submittedAt) })}
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
      {open && names.data && (
        <ReviewView
          key={`${open.status.entity}-${open.status.id}-${open.status.revision}`}
          review={open}
          names={names.data}
          reviews={reviews}
          onDone={done}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      )}
      {open && !names.data && <p class="muted">{t('rvLoading')}</p>}
    </section>
  );
}
