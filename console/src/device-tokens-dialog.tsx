import { useState } from 'preact/hooks';
import type { DeviceToken, Screen } from './api.ts';
import type { PageProps } from './app.tsx';
import { Dialog } from './dialog.tsx';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';

/** A screen's device tokens, live and revoked; revoking one disconnects the player that holds it. */
export function DeviceTokensDialog({
  api,
  screen,
  timeZone,
  onClose,
}: Pick<PageProps, 'api'> & { screen: Screen; timeZone: string; onClose: () => void }) {
  const tokens = useLoad(() => api.deviceTokens(screen.id), [api, screen.id]);
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const revoke = (token: DeviceToken) => {
    if (!confirm(t('revokeConfirm', { label: token.label || token.id }))) return;
    api.revokeDeviceToken(screen.id, token.id).then(
      () => {
        setNote({ ok: true, text: t('revoked') });
        tokens.reload();
      },
      (err: unknown) => {
        setNote({ ok: false, text: errorText(err) });
      },
    );
  };
  const items = tokens.data?.items ?? [];
  return (
    <Dialog labelledBy="device-tokens-heading" onClose={onClose}>
      <h2 id="device-tokens-heading">{t('deviceTokensFor', { screen: screen.name })}</h2>
      {tokens.data && items.length === 0 && <p class="empty">{t('noDeviceTokens')}</p>}
      {items.length > 0 && (
        // On a phone the table scrolls sideways inside its box, not the dialog.
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('deviceTokensFor', { screen: screen.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokenLabel')}</th>
                <th scope="col">{t('createdAt')}</th>
                <th scope="col">{t('tokenState')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((token) => (
                <tr key={token.id} data-token={token.id} data-revoked={token.revokedAt ? 'true' : 'false'}>
                  <th scope="row">{token.label || token.id.slice(0, 8)}</th>
                  <td>{formatInstant(token.createdAt, timeZone)}</td>
                  <td>
                    {token.revokedAt
                      ? t('revokedAt', { time: formatInstant(token.revokedAt, timeZone) })
                      : t('tokenActive')}
                  </td>
                  <td>
                    {!token.revokedAt && (
                      <button
                        type="button"
                        class="danger"
                        aria-label={t('revokeFor', { label: token.label || token.id.slice(0, 8) })}
                        onClick={() => {
                          revoke(token);
                        }}
                      >
                        {t('revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class={note?.ok ? 'success' : 'error'} role="status">
        {note?.text ?? (tokens.error ? errorText(tokens.error) : '')}
      </p>
      <form method="dialog" class="dialog-actions">
        <button type="submit">{t('close')}</button>
      </form>
    </Dialog>
  );
}
