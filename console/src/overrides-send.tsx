import { useEffect, useState } from 'preact/hooks';
import type { Me } from './api.ts';
import { emergencyTemplates, fillFromTemplate } from './emergency-templates.ts';
import { languageName } from './format.ts';
import { errorText, t } from './i18n.ts';
import type { OverridePreview, OverridesApi, OverrideTargets } from './overrides-api.ts';
import { OverrideConfirm, type ConfirmSpec } from './overrides-confirm.tsx';
import { gateNames, personName, previewReach, screenCount, type Names } from './overrides-reach.ts';

/** The targets a form's choice stands for: everything, or the chosen gates (none: nothing yet). */
export function targetsOf(all: boolean, gateIds: readonly string[]): OverrideTargets | undefined {
  if (all) return { all: true };
  return gateIds.length > 0 ? { gates: [...gateIds] } : undefined;
}

/**
 * Asks the server what the chosen targets would reach (and, for an emergency, who must approve it) each
 * time they change; the answer to an older choice that arrives late is dropped.
 */
export function usePreview(
  ov: OverridesApi,
  kind: OverridePreview['kind'],
  targets: OverrideTargets | undefined,
) {
  const [preview, setPreview] = useState<OverridePreview | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const key = JSON.stringify(targets ?? null);
  useEffect(() => {
    setPreview(undefined);
    setError(undefined);
    if (!targets) return;
    let current = true;
    ov.preview(kind, targets).then(
      (p) => {
        if (current) setPreview(p);
      },
      (err: unknown) => {
        if (current) setError(errorText(err));
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  return { preview, error };
}

/** What the preview says before sending: where it goes, and whether a second approver is needed and who. */
export function ReachNote({ preview, loading }: { preview: OverridePreview | undefined; loading: boolean }) {
  if (!preview) return loading ? <p class="hint">{t('ovPreviewLoading')}</p> : null;
  const reach = previewReach(preview);
  const names = (preview.approvers ?? []).map(personName).join(', ');
  return (
    <div class="override-note">
      <p>{t('ovReach', { screens: screenCount(reach), gates: gateNames(reach) })}</p>
      {preview.secondApproval === 'waived' && <p data-second-approval="waived">{t('ovNoSecond')}</p>}
      {preview.secondApproval === 'needed' && (
        <p data-second-approval="needed" class={names ? 'override-warn' : 'override-warn error'}>
          {names ? t('ovNeedsSecond', { names }) : t('ovNeedsSecondNobody')}
        </p>
      )}
    </div>
  );
}

/** "Every screen": offered to people with national scope only (the server refuses it to others). */
export function EverythingBox({
  me,
  name,
  all,
  setAll,
}: {
  me: Me;
  name: string;
  all: boolean;
  setAll: (all: boolean) => void;
}) {
  if (me.scope.global !== true) return null;
  return (
    <label class="check">
      <input
        type="checkbox"
        name={name}
        checked={all}
        onChange={(e) => {
          setAll(e.currentTarget.checked);
        }}
      />
      {t('ovTargetsAll')}
    </label>
  );
}

/** Gate checkboxes (disabled while "every screen" is chosen). */
export function GateBoxes({
  names,
  name,
  chosen,
  setChosen,
  disabled,
}: {
  names: Names;
  name: string;
  chosen: readonly string[];
  setChosen: (update: (was: string[]) => string[]) => void;
  disabled: boolean;
}) {
  return (
    <>
      {names.gates.map((g) => (
        <label key={g.id} class="check">
          <input
            type="checkbox"
            name={name}
            value={g.id}
            disabled={disabled}
            checked={chosen.includes(g.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setChosen((was) => (on ? [...was, g.id] : was.filter((x) => x !== g.id)));
            }}
          />
          {g.name}
        </label>
      ))}
    </>
  );
}

/**
 * Composes an emergency message in every language of the chosen gates, says before sending whether a
 * second approver is needed and who could give it, and sends it after a confirmation naming the screens.
 */
export function SendEmergency({
  ov,
  me,
  names,
  onSent,
}: {
  ov: OverridesApi;
  me: Me;
  names: Names;
  onSent: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [all, setAll] = useState(false);
  const [template, setTemplate] = useState('');
  const [texts, setTexts] = useState<Record<string, string>>({});
  // As typed: 0 or an empty box is sent and refused by the server beside the field, never made 1 minute.
  const [ttl, setTtl] = useState('30');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<ConfirmSpec | undefined>(undefined);
  const targets = targetsOf(all, chosen);
  const { preview, error: previewError } = usePreview(ov, 'emergency', targets);
  const gates = names.gates.filter((g) => all || chosen.includes(g.id));
  const langs = [...new Set(gates.flatMap((g) => g.languages))];

  const send = (event: Event) => {
    event.preventDefault();
    setStatus('');
    if (!targets) {
      setError(t('chooseGate'));
      return;
    }
    const variants = Object.fromEntries(
      langs.filter((l) => texts[l]?.trim()).map((l) => [l, { title: texts[l]?.trim() ?? '' }]),
    );
    const body = { variants, targets, ttlMinutes: Number(ttl) };
    setError(undefined);
    ov.preview('emergency', targets).then(
      (p) => {
        const reach = previewReach(p);
        const where = { screens: screenCount(reach), gates: gateNames(reach), minutes: ttl };
        setConfirm({
          heading: t('ovConfirmSendHeading'),
          sentence:
            p.secondApproval === 'needed' ? t('ovConfirmSendPending', where) : t('ovConfirmSendNow', where),
          reach,
          everything: all,
          confirmLabel: t('send'),
          // A refusal (no text, 0 minutes) closes the dialog and is said beside the form's fields.
          run: () =>
            ov.send(body).then(
              (made) => {
                setStatus(
                  t('emergencyState', {
                    state: made.state === 'pending' ? t('awaitingSecondApprover') : t('ovStateActive'),
                  }),
                );
                setTexts({});
                setTemplate('');
              },
              (err: unknown) => {
                setError(errorText(err));
              },
            ),
        });
      },
      (err: unknown) => {
        setError(errorText(err));
      },
    );
  };

  return (
    <section aria-labelledby="send-heading">
      <h3 id="send-heading">{t('ovSendHeading')}</h3>
      <form class="editor" noValidate onSubmit={send}>
        <fieldset>
          <legend>{t('targets')}</legend>
          <EverythingBox me={me} name="everything" all={all} setAll={setAll} />
          <GateBoxes names={names} name="gate" chosen={chosen} setChosen={setChosen} disabled={all} />
        </fieldset>
        <div aria-live="polite" data-preview="emergency">
          <ReachNote preview={preview} loading={targets !== undefined} />
          {previewError && <p class="error">{previewError}</p>}
        </div>
        <label>
          {t('template')}
          <select
            name="template"
            aria-describedby="template-hint"
            value={template}
            onChange={(e) => {
              const picked = emergencyTemplates.find((x) => x.id === e.currentTarget.value);
              setTemplate(e.currentTarget.value);
              if (picked) setTexts((was) => fillFromTemplate(picked, langs, was));
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
        <p role="status" data-sent-status>
          {status}
        </p>
        <button type="submit" class="primary danger">
          {t('ovSendEllipsis')}
        </button>
      </form>
      {confirm && (
        <OverrideConfirm
          spec={confirm}
          onClose={(done) => {
            setConfirm(undefined);
            if (done) onSent();
          }}
        />
      )}
    </section>
  );
}
