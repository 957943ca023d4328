import type { DataSourceWithToken } from './data-api.ts';
import { t } from './i18n.ts';
import { ShownOnceDialog } from './token-dialog.tsx';

/** A push source's token, just created or renewed, shown once, with how the sending system uses it. */
export function DataTokenDialog({ made, onClose }: { made: DataSourceWithToken; onClose: () => void }) {
  return (
    <ShownOnceDialog
      id="data-token"
      heading={t('dataTokenHeading', { name: made.source.name })}
      warning={t('dataTokenWarning')}
      label={t('srcTokenLabel')}
      secret={made.token}
      copyFailed={t('srcCopyFailed')}
      onClose={onClose}
    >
      <p class="hint">
        {t('dataTokenUsage')} <code lang="en">PUT /api/v1/data/values</code>{' '}
        <code lang="en">Authorization: Bearer …</code>
      </p>
    </ShownOnceDialog>
  );
}
