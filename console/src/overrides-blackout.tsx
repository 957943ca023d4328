import { useState } from 'preact/hooks';
import type { Me } from './api.ts';
import { errorText, t } from './i18n.ts';
import type { OverridesApi } from './overrides-api.ts';
import { OverrideConfirm, type ConfirmSpec } from './overrides-confirm.tsx';
import { gateNames, previewReach, screenCount, type Names } from './overrides-reach.ts';
import { EverythingBox, GateBoxes, ReachNote, targetsOf, usePreview } from './overrides-send.tsx';

/** Blacks out the screens of some gates, or every screen, after a confirmation that names them. */
export function StartBlackout({
  ov,
  me,
  names,
  onStarted,
}: {
  ov: OverridesApi;
  me: Me;
  names: Names;
  onStarted: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [all, setAll] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<ConfirmSpec | undefined>(undefined);
  const targets = targetsOf(all, chosen);
  const { preview, error: previewError } = usePreview(ov, 'blackout', targets);

  const start = (event: Event) => {
    event.preventDefault();
    setStatus('');
    if (!targets) {
      setError(t('chooseGate'));
      return;
    }
    if (!reason.trim()) {
      setError(t('ovNeedReason'));
      return;
    }
    setError(undefined);
    ov.preview('blackout', targets).then(
      (p) => {
        const reach = previewReach(p);
        const where = { screens: screenCount(reach), gates: gateNames(reach) };
        setConfirm({
          heading: t('ovConfirmBlackoutHeading', where),
          sentence: t('ovConfirmBlackout', where),
          reach,
          everything: all,
          confirmLabel: t('ovKindBlackout'),
          run: () =>
            ov.startBlackout({ targets, reason: reason.trim() }).then(() => {
              setStatus(t('ovBlackoutStarted'));
              setReason('');
            }),
        });
      },
      (err: unknown) => {
        setError(errorText(err));
      },
    );
  };

  return (
    <section aria-labelledby="blackout-heading">
      <h3 id="blackout-heading">{t('ovBlackoutHeading')}</h3>
      <form class="editor" noValidate onSubmit={start}>
        <p class="hint">{t('ovBlackoutHint')}</p>
        <fieldset>
          <legend>{t('ovBlackoutGates')}</legend>
          <EverythingBox me={me} name="blackout-everything" all={all} setAll={setAll} />
          <GateBoxes
            names={names}
            name="blackout-gate"
            chosen={chosen}
            setChosen={setChosen}
            disabled={all}
          />
        </fieldset>
        <div aria-live="polite" data-preview="blackout">
          <ReachNote preview={preview} loading={targets !== undefined} />
          {previewError && <p class="error">{previewError}</p>}
        </div>
        <label>
          {t('ovFactReason')}
          <textarea
            name="blackout-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onInput={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
        </label>
        <p class="error" role="alert" hidden={!error}>
          {error}
        </p>
        <p role="status">{status}</p>
        <button type="submit" class="primary danger">
          {t('ovStartBlackout')}
        </button>
      </form>
      {confirm && (
        <OverrideConfirm
          spec={confirm}
          onClose={(done) => {
            setConfirm(undefined);
            if (done) onStarted();
          }}
        />
      )}
    </section>
  );
}
