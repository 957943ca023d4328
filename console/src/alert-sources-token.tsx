import type { AlertSourceWithToken } from './alerts-api.ts';
import { t } from './i18n.ts';
import { ShownOnceDialog } from './token-dialog.tsx';

/** An alert source's token, just created or renewed, shown once; a push source's with where it sends. */
export function SourceTokenDialog({ made, onClose }: { made: AlertSourceWithToken; onClose: () => void }) {
  return (
    <ShownOnceDialog
      id="source-token"
      heading={t('srcTokenHeading', { name: made.source.name })}
      warning={t('srcTokenWarning')}
      label={t('srcTokenLabel')}
      secret={made.token}
      copyFailed={t('srcCopyFailed')}
      onClose={onClose}
    >
      {made.source.kind === 'push' && (
        <p class="hint">
          {t('srcTokenUsage')} <code lang="en">POST /api/v1/cap</code>{' '}
          <code lang="en">Authorization: Bearer …</code>
        </p>
      )}
    </ShownOnceDialog>
  );
}
