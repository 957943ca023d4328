import type { ApprovalSummary } from './api.ts';
import { t } from './i18n.ts';

/** Where an item stands, with the rejection reason for its author. */
export function StateBadge({ summary }: { summary: ApprovalSummary | undefined }) {
  if (!summary) return null;
  const label =
    summary.state === 'approved'
      ? t('stateApproved')
      : summary.state === 'submitted'
        ? t('stateSubmitted')
        : t('stateDraft');
  return (
    <span data-state={summary.state}>
      <span
        class={`badge badge-${summary.state === 'approved' ? 'ok' : summary.state === 'submitted' ? 'warn' : 'muted'}`}
      >
        {label}
      </span>
      {summary.state === 'draft' && summary.rejection && (
        <span class="error small" data-rejection>
          {t('rejectedBecause', { by: summary.rejection.by.name, reason: summary.rejection.reason })}
        </span>
      )}
      {summary.state === 'approved' && summary.approvedBy && (
        <span class="small">{t('approvedBy', { by: summary.approvedBy.name })}</span>
      )}
    </span>
  );
}
