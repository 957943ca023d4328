import { useEffect, useState } from 'preact/hooks';
import type { Emergency } from './api.ts';
import type { PageProps } from './app.tsx';
import type { EmergencyScreenAck } from '../../schemas/events.ts';
import { emergencyTemplates, fillFromTemplate } from './emergency-templates.ts';
import { formatInstant, languageName } from './format.ts';
import { useLoad } from './hooks.ts';
import { errorText, t } from './i18n.ts';
import { monitorApi } from './monitor-api.ts';
import { PendingEmergencies } from './pending-emergencies.tsx';

/** Compose in every language of the chosen gates, send, watch each screen acknowledge it live, clear. */
export function EmergencyPage({ api, live, me }: PageProps) {
  const pending = useLoad(
    () =>
      monitorApi(api)
        .emergencies()
        .then((r) => r.items),
    [api],
  );
  const [template, setTemplate] = useState('');
  const ctx = useLoad(async () => {
    const [gates, screens] = await Promise.all([api.gates(), api.screens()]);
    return { gates: gates.items, screens: screens.items };
  }, [api]);
  const [targets, setTargets] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<string, string>>({});
  // As typed: 0 or an empty box is sent and refused by the server beside the field, never made 1 minute.
  const [ttl, setTtl] = useState('30');
  const [sent, setSent] = useState<Emergency | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const onAck = (ack: EmergencyScreenAck) => {
      setSent((was) =>
        was && was.id === ack.id
          ? { ...was, acks: [...(was.acks ?? []).filter((a) => a.screenId !== ack.screenId), ack] }
          : was,
      );
    };
    live.on('emergency:ack', onAck);
    return () => {
      live.off('emergency:ack', onAck);
    };
  }, [live]);

  const gates = ctx.data?.gates ?? [];
  const langs = [...new Set(gates.filter((g) => targets.includes(g.id)).flatMap((g) => g.languages))];
  const send = (event: Event) => {
    event.preventDefault();
    if (targets.length === 0) {
      setError(t('chooseGate'));
      return;
    }
    const variants = Object.fromEntries(
      langs.filter((l) => texts[l]?.trim()).map((l) => [l, { title: texts[l]?.trim() ?? '' }]),
    );
    setError(undefined);
    api
      .sendEmergency({ variants, targets: { gates: targets }, ttlMinutes: Number(ttl) })
      .then((made) => api.emergency(made.id))
      .then(
        (made) => {
          setSent(made);
          pending.reload();
        },
        (err: unknown) => {
          setError(errorText(err));
        },
      );
  };
  const screenName = (id: string) => ctx.data?.screens.find((s) => s.id === id)?.name ?? id;
  const zoneOf = (id: string) =>
    gates.find((g) => g.id === ctx.data?.screens.find((s) => s.id === id)?.gateId)?.timeZone;
  return (
    <section aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{t('emergencyHeading')}</h2>
      <form class="editor" noValidate onSubmit={send}>
        <fieldset>
          <legend>{t('targets')}</legend>
          {gates.map((g) => (
            <label key={g.id} class="check">
              <input
                type="checkbox"
                name="gate"
                value={g.id}
                checked={targets.includes(g.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setTargets((was) => (on ? [...was, g.id] : was.filter((x) => x !== g.id)));
                }}
              />
              {g.name}
            </label>
          ))}
        </fieldset>
        <label>
          {t('template')}
          <select
            name="template"
            aria-describedby="template-hint"
            value={template}
            onChange={(e) => {
              const chosen = emergencyTemplates.find((x) => x.id === e.currentTarget.value);
              setTemplate(e.currentTarget.value);
              if (chosen) setTexts((was) => fillFromTemplate(chosen, langs, was));
            }}
          >
            <option value="">{t('templateNone')}</option>
            {emergencyTemplates.map((x) => (
              <option key={x.id} value={x.id}>
                {t(x.name)}
              </option>
            ))}
          </select>
        </label>
        <p id="template-hint" class="hint">
          {t('templateHint')}
        </p>
        <div class="languages">
          {langs.map((lang) => (
            <label key={lang} data-lang={lang}>
              {t('titleIn', { lang: languageName(lang) })}
              <textarea
                lang={lang}
                name={`emergency-${lang}`}
                rows={2}
                value={texts[lang] ?? ''}
                onInput={(e) => {
                  const v = e.currentTarget.value;
                  setTexts((was) => ({ ...was, [lang]: v }));
                }}
              />
            </label>
          ))}
        </div>
        <label>
          {t('ttl')}
          <input
            type="number"
            name="ttl"
            min={1}
            max={10080}
            value={ttl}
            onInput={(e) => {
              setTtl(e.currentTarget.value);
            }}
          />
        </label>
        <p class="error" role="alert" hidden={!error}>
          {error}
        </p>
        <button type="submit" class="primary danger">
          {t('send')}
        </button>
      </form>
      {sent && (
        <section aria-labelledby="acks-heading" data-emergency={sent.id}>
          <p role="status">
            {sent.state === 'pending'
              ? t('awaitingSecondApprover')
              : t('emergencyState', { state: sent.state })}
          </p>
          <h3 id="acks-heading">{t('acksHeading')}</h3>
          <ul>
            {(sent.screenIds ?? []).map((id) => {
              const ack = sent.acks?.find((a) => a.screenId === id);
              return (
                <li key={id} data-ack-screen={id} data-acked={ack ? 'true' : 'false'}>
                  {screenName(id)}:{' '}
                  {ack ? t('ackedAt', { time: formatInstant(ack.at, zoneOf(id)) }) : t('notAcked')}
                </li>
              );
            })}
          </ul>
          {sent.state === 'active' || sent.state === 'pending' ? (
            <button
              type="button"
              onClick={() => {
                api.clearEmergency(sent.id).then(
                  (c) => {
                    setSent({ ...sent, ...c, acks: sent.acks ?? [], screenIds: sent.screenIds ?? [] });
                  },
                  (err: unknown) => {
                    setError(errorText(err));
                  },
                );
              }}
            >
              {t('clear')}
            </button>
          ) : null}
        </section>
      )}
      <PendingEmergencies
        items={pending.data ?? []}
        me={me}
        onApprove={async (id) => {
          const approved = await monitorApi(api).approveEmergency(id);
          pending.reload();
          setSent((was) => (was?.id === id ? { ...was, ...approved } : was));
        }}
      />
    </section>
  );
}
