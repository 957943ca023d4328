import { useRef, useState } from 'preact/hooks';
import type { Gate } from './api.ts';
import { bodyOf, emptyRule, formOf, type RuleForm, type SourceForm } from './alert-sources.form.ts';
import type { AlertSource, AlertSourceWithToken, AlertsApi } from './alerts-api.ts';
import {
  certainties,
  certaintyWord,
  severities,
  severityWord,
  urgencies,
  urgencyWord,
} from './alerts-words.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import { formatInstant } from './format.ts';
import { errorText, t } from './i18n.ts';
import { Checks, SourceScopeFields } from './scope-fields.tsx';

const FORM = 'alert-source-form';
const placed = [
  '/name',
  '/kind',
  '/feed/url',
  '/feed/pollMinutes',
  '/scope',
  '/immediate',
  '/defaultTtlMinutes',
  '/enabled',
  '/note',
];

/** One rule for immediate display: the severities, urgencies, certainties and gates it needs (none: any). */
function RuleFields({
  rule,
  n,
  gates,
  onChange,
  onRemove,
}: {
  rule: RuleForm;
  n: number;
  gates: readonly Gate[];
  onChange: (next: RuleForm) => void;
  onRemove: () => void;
}) {
  const name = `rule-${n}`;
  return (
    <fieldset class="cap-rule" data-rule={n}>
      <legend>{t('srcRuleN', { n })}</legend>
      <Checks
        legend={t('capFactSeverity')}
        name={`${name}-severity`}
        values={severities}
        chosen={rule.severities}
        word={severityWord}
        onChange={(next) => {
          onChange({ ...rule, severities: next });
        }}
      />
      <Checks
        legend={t('capFactUrgency')}
        name={`${name}-urgency`}
        values={urgencies}
        chosen={rule.urgencies}
        word={urgencyWord}
        onChange={(next) => {
          onChange({ ...rule, urgencies: next });
        }}
      />
      <Checks
        legend={t('capFactCertainty')}
        name={`${name}-certainty`}
        values={certainties}
        chosen={rule.certainties}
        word={certaintyWord}
        onChange={(next) => {
          onChange({ ...rule, certainties: next });
        }}
      />
      <Checks
        legend={t('srcRuleGates')}
        name={`${name}-gate`}
        values={gates.map((g) => g.id)}
        chosen={rule.gates}
        word={(id) => gates.find((g) => g.id === id)?.name ?? id}
        onChange={(next) => {
          onChange({ ...rule, gates: next });
        }}
      />
      <div class="actions">
        <button type="button" class="danger" onClick={onRemove}>
          {t('srcRemoveRule', { n })}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * A feed source's reading: when it was last read and what failed then (the server's own words, in English,
 * for whoever looks into it), and reading it now rather than at its next turn.
 */
function FeedReading({
  alerts,
  source,
  onRead,
}: {
  alerts: AlertsApi;
  source: AlertSource;
  onRead: () => void;
}) {
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const read = () => {
    if (busy) return;
    setBusy(true);
    setSaid('');
    setFailure(undefined);
    alerts.pollNow(source.id).then(
      (poll) => {
        setBusy(false);
        setSaid(
          t(poll.errors.length > 0 ? 'srcReadWithErrors' : 'srcRead', {
            entries: poll.entries,
            new: poll.new,
            errors: poll.errors.length,
          }),
        );
        onRead();
      },
      (err: unknown) => {
        setBusy(false);
        setFailure(err);
      },
    );
  };
  return (
    <section aria-labelledby="source-feed-heading" class="cap-rule" data-feed-reading>
      <h4 id="source-feed-heading">{t('srcFeedHeading')}</h4>
      <p class="small">
        {source.lastPolledAt
          ? t('srcLastRead', { at: formatInstant(source.lastPolledAt) })
          : t('srcNeverPolled')}
      </p>
      {source.lastPollError !== undefined && (
        <p class="small" data-poll-error>
          <span class="badge badge-bad">{t('srcPollFailed')}</span> {t('srcPollErrorSays')}{' '}
          <code lang="en">{source.lastPollError}</code>
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={read} aria-disabled={busy ? 'true' : undefined}>
          {t('srcReadNow')}
        </button>
      </div>
      <p class="success" role="status">
        {said}
      </p>
      <p class="error" role="alert">
        {failure === undefined ? '' : errorText(failure)}
      </p>
    </section>
  );
}

/**
 * Registers an authority or edits one: its name, how alerts arrive (pushed with a token, or a feed read
 * every few minutes), the gates they may reach, the rules for alerts that go on screen without approval,
 * how long an alert without an end stays, and whether it is taken at all. A new source's token is shown
 * once, by the page.
 */
export function SourceEditor({
  alerts,
  gates,
  stored: initial,
  onSaved,
  onCreated,
  onClose,
}: {
  alerts: AlertsApi;
  gates: readonly Gate[];
  stored: AlertSource | undefined;
  onSaved: (saved: AlertSource) => void;
  onCreated: (made: AlertSourceWithToken) => void;
  onClose: () => void;
}) {
  const [stored, setStored] = useState(initial);
  const [form, setForm] = useState<SourceForm>(() => formOf(initial));
  const [error, setError] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFormFocus(ref, initial?.id ?? 'new');
  useFocusInvalid(ref, error);
  const errors = fieldErrors(FORM, error);
  const set = (patch: Partial<SourceForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const headingId = 'alert-source-heading';

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setStatus('');
    const body = bodyOf(form, stored);
    const done = (saved: AlertSource) => {
      setBusy(false);
      setStored(saved);
      setForm(formOf(saved));
      setStatus(t('srcSaved'));
      onSaved(saved);
    };
    const failed = (err: unknown) => {
      setBusy(false);
      setError(err);
    };
    if (stored) alerts.updateSource(stored.id, body).then(done, failed);
    else
      alerts.createSource(body).then((made) => {
        done(made.source);
        onCreated(made);
      }, failed);
  };

  return (
    <section class="editor" aria-labelledby={headingId} data-editor="alert-source">
      <h3 id={headingId}>{stored ? t('srcEditHeading', { name: stored.name }) : t('srcNew')}</h3>
      <form ref={ref} id={FORM} class="cap-rule" noValidate onSubmit={submit}>
        <label>
          {t('srcFieldName')}
          <input
            name="source-name"
            value={form.name}
            onInput={(e) => {
              set({ name: e.currentTarget.value });
            }}
            {...errors.input('/name')}
          />
          <FieldError errors={errors} pointer="/name" />
        </label>
        <fieldset class="cap-checks" {...errors.input('/kind')}>
          <legend>{t('srcFieldKind')}</legend>
          <label class="check">
            <input
              type="radio"
              name="source-kind"
              value="push"
              checked={form.kind === 'push'}
              onChange={() => {
                set({ kind: 'push' });
              }}
            />
            {t('srcKindPushLong')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="source-kind"
              value="feed"
              checked={form.kind === 'feed'}
              onChange={() => {
                set({ kind: 'feed' });
              }}
            />
            {t('srcKindFeedLong')}
          </label>
        </fieldset>
        {form.kind === 'feed' && (
          <div class="row">
            <label>
              {t('srcFieldUrl')}
              <input
                name="source-url"
                type="url"
                inputMode="url"
                spellcheck={false}
                value={form.url}
                onInput={(e) => {
                  set({ url: e.currentTarget.value });
                }}
                {...errors.input('/feed/url')}
              />
              <FieldError errors={errors} pointer="/feed/url" />
            </label>
            <label>
              {t('srcFieldPoll')}
              <input
                name="source-poll"
                inputMode="numeric"
                value={form.pollMinutes}
                onInput={(e) => {
                  set({ pollMinutes: e.currentTarget.value });
                }}
                {...errors.input('/feed/pollMinutes')}
              />
              <FieldError errors={errors} pointer="/feed/pollMinutes" />
            </label>
            <label class="check">
              <input
                type="checkbox"
                name="source-allow-private"
                checked={form.allowPrivate}
                onChange={(e) => {
                  set({ allowPrivate: e.currentTarget.checked });
                }}
              />
              {t('srcFieldAllowPrivate')}
            </label>
          </div>
        )}
        <SourceScopeFields
          name="source"
          hint={t('srcScopeHint')}
          form={form}
          gates={gates}
          errors={errors}
          set={set}
        />
        <fieldset class="cap-rule" {...errors.input('/immediate')}>
          <legend>{t('srcRulesLegend')}</legend>
          <p class="hint">{t('srcRulesHint')}</p>
          {form.rules.length === 0 && <p class="empty">{t('srcNoRules')}</p>}
          {form.rules.map((rule, i) => (
            <RuleFields
              key={i}
              rule={rule}
              n={i + 1}
              gates={gates}
              onChange={(next) => {
                set({ rules: form.rules.map((r, j) => (j === i ? next : r)) });
              }}
              onRemove={() => {
                set({ rules: form.rules.filter((_, j) => j !== i) });
              }}
            />
          ))}
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                set({ rules: [...form.rules, emptyRule()] });
              }}
            >
              {t('srcAddRule')}
            </button>
          </div>
          <FieldError errors={errors} pointer="/immediate" />
        </fieldset>
        <div class="row">
          <label>
            {t('srcFieldTtl')}
            <input
              name="source-ttl"
              inputMode="numeric"
              value={form.ttl}
              onInput={(e) => {
                set({ ttl: e.currentTarget.value });
              }}
              {...errors.input('/defaultTtlMinutes')}
            />
            <FieldError errors={errors} pointer="/defaultTtlMinutes" />
          </label>
        </div>
        <label class="check">
          <input
            type="checkbox"
            name="source-enabled"
            checked={form.enabled}
            onChange={(e) => {
              set({ enabled: e.currentTarget.checked });
            }}
          />
          {t('srcFieldEnabled')}
        </label>
        <label>
          {t('srcFieldNote')}
          <textarea
            name="source-note"
            rows={2}
            value={form.note}
            onInput={(e) => {
              set({ note: e.currentTarget.value });
            }}
            {...errors.input('/note')}
          />
          <FieldError errors={errors} pointer="/note" />
        </label>
        <p class="error" role="alert" hidden={!errors.unplaced(placed)}>
          {errors.unplaced(placed)}
        </p>
        <p class="success" role="status">
          {status}
        </p>
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            {stored ? t('srcSave') : t('srcCreate')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
      {stored?.kind === 'feed' && (
        <FeedReading
          alerts={alerts}
          source={stored}
          onRead={() => {
            // Its last read and error, as the poll left them (what the form holds stays as typed).
            alerts.source(stored.id).then((fresh) => {
              setStored(fresh);
              onSaved(fresh);
            }, setError);
          }}
        />
      )}
    </section>
  );
}
