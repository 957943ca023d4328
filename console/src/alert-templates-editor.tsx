import { useRef, useState } from 'preact/hooks';
import type { Gate, Me } from './api.ts';
import { bodyOf, formOf, placeholders, type TemplateForm } from './alert-templates.form.ts';
import type { AlertsApi, AlertTemplate } from './alerts-api.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import { formatInstant, languageName } from './format.ts';
import { t } from './i18n.ts';

const FORM = 'alert-template-form';
const placed = ['/gateId', '/event', '/lang', '/title', '/body'];

/** A template's state as a badge: a draft waits for another person's approval; only approved ones are used. */
export function TemplateState({ template }: { template: Pick<AlertTemplate, 'state'> }) {
  return template.state === 'approved' ? (
    <span class="badge badge-ok" data-state="approved">
      {t('stateApproved')}
    </span>
  ) : (
    <span class="badge badge-muted" data-state="draft">
      {t('stateDraft')}
    </span>
  );
}

/** Whether the person is the one who last changed it (the two-person rule compares people, not tokens). */
const isMine = (actor: AlertTemplate['updatedBy'], me: Me) =>
  actor.person === `user:${me.id}` || (actor.kind === me.kind && actor.id === me.id);

/**
 * Writes one gate's text for one event in one language: the gate (of the person's own), the event, a
 * language of that gate, title and text drawn in that language's bundled face, the placeholders the alert
 * fills in. A save returns it to draft; another person approves it before alerts use it.
 */
export function TemplateEditor({
  alerts,
  me,
  gates,
  events,
  stored: initial,
  onSaved,
  onClose,
}: {
  alerts: AlertsApi;
  me: Me;
  gates: readonly Gate[];
  /** Events other templates are written for, offered as suggestions. */
  events: readonly string[];
  stored: AlertTemplate | undefined;
  onSaved: (saved: AlertTemplate) => void;
  onClose: () => void;
}) {
  const [stored, setStored] = useState(initial);
  const [form, setForm] = useState<TemplateForm>(() => formOf(initial, gates[0]));
  const [error, setError] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFormFocus(ref, initial?.id ?? 'new');
  useFocusInvalid(ref, error);
  const errors = fieldErrors(FORM, error);
  const gate = gates.find((g) => g.id === form.gateId);
  // The gate's languages; a stored template in a language the gate no longer shows keeps it on offer.
  const langs = [
    ...(gate?.languages ?? []),
    ...(form.lang && !gate?.languages.includes(form.lang) ? [form.lang] : []),
  ];
  const mayEdit = stored ? (stored.actions ?? []).includes('edit') : true;
  const mayApprove = (stored?.actions ?? []).includes('approve');
  const mayWrite = me.roles.includes('admin') || me.roles.includes('editor');
  const headingId = 'alert-template-heading';
  const set = (patch: Partial<TemplateForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };

  const act = (run: () => Promise<AlertTemplate>, said: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setStatus('');
    run().then(
      (saved) => {
        setBusy(false);
        setStored(saved);
        setForm(formOf(saved));
        setStatus(said);
        onSaved(saved);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    act(() => alerts.saveTemplate(bodyOf(form, stored), stored?.id), t('tplSaved'));
  };

  return (
    <section class="editor" aria-labelledby={headingId} data-editor="alert-template">
      <h3 id={headingId}>
        {stored ? t('tplEditHeading', { event: stored.event, lang: languageName(stored.lang) }) : t('tplNew')}
      </h3>
      {stored && (
        <p class="small" data-template-state={stored.state}>
          <TemplateState template={stored} />{' '}
          {t('tplChangedBy', {
            by: stored.updatedBy.name,
            at: formatInstant(stored.updatedAt, gate?.timeZone),
          })}
          {stored.approvedBy &&
            stored.approvedAt &&
            ` · ${t('tplApprovedBy', { by: stored.approvedBy.name, at: formatInstant(stored.approvedAt, gate?.timeZone) })}`}
        </p>
      )}
      {stored?.state === 'draft' && isMine(stored.updatedBy, me) && <p class="hint">{t('tplOwnDraft')}</p>}
      <form ref={ref} id={FORM} class="editor-form cap-rule" noValidate onSubmit={submit}>
        <div class="row">
          <label>
            {t('gate')}
            <select
              name="template-gate"
              value={form.gateId}
              disabled={!mayEdit}
              onChange={(e) => {
                const next = gates.find((g) => g.id === e.currentTarget.value);
                set({
                  gateId: e.currentTarget.value,
                  ...(next && !next.languages.includes(form.lang)
                    ? { lang: next.languages.find((l) => l !== 'vi') ?? next.languages[0] ?? '' }
                    : {}),
                });
              }}
              {...errors.input('/gateId')}
            >
              {gates.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            <FieldError errors={errors} pointer="/gateId" />
          </label>
          <label>
            {t('tplColLanguage')}
            <select
              name="template-lang"
              value={form.lang}
              disabled={!mayEdit}
              onChange={(e) => {
                set({ lang: e.currentTarget.value });
              }}
              {...errors.input('/lang')}
            >
              {langs.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
            <FieldError errors={errors} pointer="/lang" />
          </label>
        </div>
        <label>
          {t('tplFieldEvent')}
          <input
            name="template-event"
            value={form.event}
            list="alert-template-events"
            autoComplete="off"
            readOnly={!mayEdit}
            onInput={(e) => {
              set({ event: e.currentTarget.value });
            }}
            {...errors.input('/event')}
          />
          <span class="hint">{t('tplEventHint')}</span>
          <FieldError errors={errors} pointer="/event" />
        </label>
        <datalist id="alert-template-events">
          {events.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
        <label>
          {t('tplFieldTitleIn', { lang: languageName(form.lang) })}
          <input
            name="template-title"
            lang={form.lang}
            value={form.title}
            readOnly={!mayEdit}
            onInput={(e) => {
              set({ title: e.currentTarget.value });
            }}
            {...errors.input('/title')}
          />
          <FieldError errors={errors} pointer="/title" />
        </label>
        <label>
          {t('tplFieldBodyIn', { lang: languageName(form.lang) })}
          <textarea
            name="template-body"
            lang={form.lang}
            rows={5}
            value={form.body}
            readOnly={!mayEdit}
            aria-describedby="alert-template-placeholders"
            onInput={(e) => {
              set({ body: e.currentTarget.value });
            }}
            {...errors.input('/body')}
          />
          <FieldError errors={errors} pointer="/body" />
        </label>
        <p id="alert-template-placeholders" class="hint cap-placeholders">
          {t('tplPlaceholders')}{' '}
          {placeholders.map((p) => (
            <code key={p} translate={false}>{`{${p}}`}</code>
          ))}
        </p>
        <p class="error" role="alert" hidden={!errors.unplaced(placed)}>
          {errors.unplaced(placed)}
        </p>
        <p class="success" role="status">
          {status}
        </p>
        <div class="actions">
          {mayWrite && mayEdit && (
            <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
              {t('tplSave')}
            </button>
          )}
          {stored && mayApprove && (
            <button
              type="button"
              class="primary"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                act(() => alerts.approveTemplate(stored.id), t('tplApproved'));
              }}
            >
              {t('tplApprove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </section>
  );
}
