import { useState } from 'preact/hooks';
import { formatInstant } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, failureText, t, type MessageKey } from './i18n.ts';
import type { Command, CommandInput, MonitorApi } from './monitor-api.ts';
import { OverrideConfirm, type ConfirmSpec } from './overrides-confirm.tsx';
import { previewReach } from './overrides-reach.ts';

type CommandType = CommandInput['type'];
const buttons: [CommandType, MessageKey][] = [
  ['screenshot', 'cmdScreenshot'],
  ['reload', 'cmdReload'],
  ['identify', 'cmdIdentify'],
  ['test-pattern', 'cmdTestPattern'],
  ['blackout', 'cmdBlackout'],
  ['unblank', 'cmdUnblank'],
];
const label = (type: string) => {
  const key = buttons.find(([b]) => b === type)?.[1];
  return key ? t(key) : type;
};
const stateKey: Record<Command['state'], MessageKey> = {
  sent: 'commandSent',
  done: 'commandDone',
  failed: 'commandFailed',
  timeout: 'commandTimeout',
};

/**
 * The remote command buttons and what came of each command. Users without screen:write see the buttons
 * disabled (still focusable, with the reason attached) rather than hidden, so they know the action exists.
 * A blackout turns a public board black, an unblank lights it again: each asks first, naming the screen and its gate.
 */
export function ScreenCommands({
  mon,
  screenId,
  allowed,
  zone,
  onDone,
}: {
  mon: MonitorApi;
  screenId: string;
  allowed: boolean;
  zone: string | undefined;
  onDone: (command: Command) => void;
}) {
  const recent = useLoad(() => mon.commands(screenId).then((r) => r.items), [screenId]);
  const [busy, setBusy] = useState<CommandType | undefined>(undefined);
  const [result, setResult] = useState('');
  const [confirm, setConfirm] = useState<ConfirmSpec | undefined>(undefined);
  const send = (type: CommandType): Promise<void> => {
    if (!allowed || busy) return Promise.resolve();
    setBusy(type);
    setResult(t('commandSending', { type: label(type) }));
    return mon
      .send(screenId, { type })
      .then(
        (command) => {
          setResult(
            t('commandResult', { type: label(type), state: t(stateKey[command.state]) }) +
              (command.error ? ` — ${failureText(command.error)}` : ''),
          );
          recent.setData((was) => [command, ...(was ?? [])].slice(0, 10));
          onDone(command);
        },
        (err: unknown) => {
          setResult(`${label(type)}: ${errorText(err)}`);
        },
      )
      .finally(() => {
        setBusy(undefined);
      });
  };
  // Blackout and unblank change what the public sees: they ask first, naming the screen and its gate.
  const askFirst = (type: 'blackout' | 'unblank') => {
    if (!allowed || busy) return;
    mon.previewBlackout(screenId).then(
      (preview) => {
        const names = {
          screen: preview.screens[0]?.name ?? '',
          gate: preview.gates[0]?.name ?? '',
        };
        setConfirm({
          heading: t(
            type === 'blackout' ? 'ovConfirmScreenBlackoutHeading' : 'ovConfirmScreenUnblankHeading',
            names,
          ),
          sentence: t(type === 'blackout' ? 'ovConfirmScreenBlackout' : 'ovConfirmScreenUnblank', names),
          reach: previewReach(preview),
          everything: false,
          confirmLabel: label(type),
          run: () => send(type),
        });
      },
      (err: unknown) => {
        setResult(`${label(type)}: ${errorText(err)}`);
      },
    );
  };
  return (
    <section aria-labelledby="commands-heading">
      <h3 id="commands-heading">{t('commandsHeading')}</h3>
      {!allowed && (
        <p id="commands-reason" class="note">
          {t('commandsNeedPermission')}
        </p>
      )}
      <div class="toolbar">
        {buttons.map(([type, key]) => (
          <button
            key={type}
            type="button"
            data-command={type}
            aria-disabled={!allowed || busy !== undefined}
            aria-describedby={allowed ? undefined : 'commands-reason'}
            class={type === 'blackout' ? 'danger' : undefined}
            onClick={() => {
              if (type === 'blackout' || type === 'unblank') askFirst(type);
              else void send(type);
            }}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <p role="status" data-command-result>
        {result}
      </p>
      {confirm && (
        <OverrideConfirm
          spec={confirm}
          onClose={() => {
            setConfirm(undefined);
          }}
        />
      )}
      {recent.data && recent.data.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{t('recentCommands')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colCommand')}</th>
                <th scope="col">{t('colRequestedBy')}</th>
                <th scope="col">{t('colAt')}</th>
                <th scope="col">{t('colResult')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.data.map((c) => (
                <tr key={c.id} data-command-state={c.state}>
                  <th scope="row">{label(c.type)}</th>
                  <td>{c.requestedBy.name}</td>
                  <td>{formatInstant(c.requestedAt, zone)}</td>
                  <td>
                    {t(stateKey[c.state])}
                    {c.error ? ` — ${failureText(c.error)}` : ''}
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
