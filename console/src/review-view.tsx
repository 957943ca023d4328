import { useState } from 'preact/hooks';
import { errorText, t, type MessageKey } from './i18n.ts';
import { firstOnScreensText } from './describe.ts';
import type { Review, ReviewApi, ReviewNames } from './review-api.ts';
import { MessageReview } from './review-message.tsx';
import { PlaylistReview } from './review-playlist.tsx';
import { ScheduleReview } from './review-schedule.tsx';
import { formatInstant } from './format.ts';

/** The gate time zone to say instants in: the item's own gate's, else the first gate's (Vietnam has one). */
function zoneOf(review: Review, names: ReviewNames): string | undefined {
  const gateId =
    review.entity === 'schedule' ? review.draft.targets.gates?.[0] : (review.draft.gateId ?? undefined);
  return (names.gates.find((g) => g.id === gateId) ?? names.gates[0])?.timeZone;
}

/** What the page says once a decision is made: approved (and when it reaches screens) or sent back. */
export interface Outcome {
  approved: boolean;
  text: string;
}

/**
 * One item under review, as a person reads it (never ids or JSON), and the decision: approve, or reject with a
 * reason its author will see.
 */
export function ReviewView({
  review,
  names,
  reviews,
  onDone,
  onClose,
}: {
  review: Review;
  names: ReviewNames;
  reviews: ReviewApi;
  onDone: (outcome: Outcome) => void;
  onClose: () => void;
}) {
  const { status } = review;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [reasonError, setReasonError] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = (what: Promise<Review>, outcome: (after: Review) => Outcome) => {
    setBusy(true);
    setError(undefined);
    what.then(
      (after) => {
        setBusy(false);
        onDone(outcome(after));
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };
  const approve = () => {
    act(reviews.approve(status.entity, status.id), (after) => ({
      approved: true,
      text: `${t('rvApproved', { name: status.name })} ${firstOnScreensText(after.status.firstOnScreens, zoneOf(review, names), Date.now())}`,
    }));
  };
  const reject = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(true);
      document.getElementById('rv-reason')?.focus();
      return;
    }
    setReasonError(false);
    act(reviews.reject(status.entity, status.id, reason.trim()), () => ({
      approved: false,
      text: t('rvRejected', { name: status.name }),
    }));
  };
  const unapproved = status.unapproved.map(({ entity, id }) => {
    const list = entity === 'message' ? names.messages : names.playlists;
    return list.find((x) => x.id === id)?.name ?? t('rvUnknown');
  });
  return (
    <section class="editor review" aria-labelledby="review-heading" data-review={status.entity}>
      <h3 id="review-heading" tabIndex={-1}>
        {t('reviewFor', { name: status.name })}{' '}
        <span class="chip">{t(`entity_${status.entity}` as MessageKey)}</span>
      </h3>
      {status.submittedBy && status.submittedAt && (
        <p class="small">
          {t('rvSubmittedBy', { by: status.submittedBy.name, time: formatInstant(status.submittedAt) })}
        </p>
      )}
      {review.entity === 'message' && (
        <MessageReview draft={review.draft} approved={review.approved} status={status} names={names} />
      )}
      {review.entity === 'playlist' && (
        <PlaylistReview draft={review.draft} approved={review.approved} names={names} />
      )}
      {review.entity === 'schedule' && (
        <ScheduleReview draft={review.draft} approved={review.approved} names={names} />
      )}
      {unapproved.length > 0 && (
        <p class="warning" data-unapproved>
          {t('rvUnapproved', { names: unapproved.join(', ') })}
        </p>
      )}
      <section class="review-decision" aria-labelledby="rv-decision">
        <h4 id="rv-decision">{t('rvDecision')}</h4>
        <p class="error" role="alert">
          {error ?? ''}
        </p>
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={approve}>
            {t('approve')}
          </button>
          <button type="button" onClick={onClose}>
            {t('rvClose')}
          </button>
        </div>
        <form noValidate onSubmit={reject} class="row">
          <label>
            {t('rvReason')}
            <textarea
              id="rv-reason"
              name="reason"
              rows={2}
              required
              aria-invalid={reasonError}
              aria-describedby={reasonError ? 'rv-reason-error' : undefined}
              value={reason}
              onInput={(e) => {
                setReason(e.currentTarget.value);
              }}
            />
          </label>
          {reasonError && (
            <p id="rv-reason-error" class="error">
              {t('rvReasonMissing')}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t('rvReject')}
          </button>
        </form>
      </section>
    </section>
  );
}
