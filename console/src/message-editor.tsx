import { useMemo, useRef, useState } from 'preact/hooks';
import type { ApprovalSummary, Gate, Me, Playlist, Schedule, Screen } from './api.ts';
import type { ContentApi } from './content-api.ts';
import { codePointLabel } from './coverage.ts';
import { ageProblem } from './data-age.ts';
import { FieldError, fieldErrors, useFocusInvalid } from './field-error.tsx';
import { useFormFocus } from './form-focus.ts';
import { languageName } from './format.ts';
import {
  bodyOf,
  emptyVariant,
  hasFields,
  ownerOf,
  textPointer,
  uncoveredTexts,
  untranslatedTexts,
  variantsOf,
  type Level,
  type MessageForm,
  type StoredMessage,
  type TextField,
} from './forms/message.form.ts';
import { t, type MessageKey } from './i18n.ts';
import { gatesOfMessage, languagesNeeded, missingLanguages } from './languages.ts';
import { ReadabilityTable } from './legibility.tsx';
import { ageProblemText } from './data-words.ts';
import {
  anyFieldProblem,
  FieldOptionsFields,
  fieldPaths,
  fieldProblems,
  FieldProblems,
} from './message-fields.tsx';
import { OwnerPicker } from './owner-picker.tsx';
import { PreviewPanel, type PreviewItem } from './preview.tsx';

const formId = 'message-editor';
const langTag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
const levels: readonly Level[] = ['normal', 'priority', 'emergency'];
const levelKey = { normal: 'levelNormal', priority: 'levelPriority', emergency: 'levelEmergency' } as const;
const fieldKey: Record<TextField, MessageKey> = {
  title: 'fieldTitle',
  body: 'fieldBody',
  ticker: 'fieldTicker',
};
// Pointers of the fields the editor shows: an error elsewhere goes to its status line.
const pointersOf = (form: MessageForm) => [
  '/name',
  '/gateId',
  '/province',
  '/level',
  '/acknowledgedMissing',
  '/fieldOptions/stale',
  '/fieldOptions/maxAgeSeconds',
  ...form.variants.map((v) => `/variants/${v.lang}`),
];

export interface EditorContext {
  gates: Gate[];
  screens: Screen[];
  playlists: Playlist[];
  schedules: Schedule[];
}

/**
 * The message editor: owner, level, every language's title, text and ticker, the missing languages to
 * acknowledge, the checks (untranslated, uncovered characters) beside their fields, and a live preview.
 * Its state is the pure form model (forms/message.form.ts): saving an unchanged message changes nothing.
 */
export function MessageEditor(props: {
  content: ContentApi;
  me: Me;
  /** The message as stored (editing), or undefined (a new one or a duplicate). */
  stored: StoredMessage | undefined;
  initial: MessageForm;
  heading: string;
  summary: ApprovalSummary | undefined;
  context: EditorContext;
  onSaved: (saved: StoredMessage) => void;
  onClose: () => void;
}) {
  const { content, context } = props;
  const [stored, setStored] = useState(props.stored);
  const [form, setForm] = useState(props.initial);
  const [extra, setExtra] = useState('');
  const [extraError, setExtraError] = useState('');
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState('');
  const [blocked, setBlocked] = useState('');
  const [busy, setBusy] = useState(false);
  const [ageError, setAgeError] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  useFormFocus(ref, props.stored?.id ?? props.heading);
  useFocusInvalid(ref, error);
  const errors = fieldErrors(formId, error);

  const variants = useMemo(() => variantsOf(form.variants), [form.variants]);
  const needed = useMemo(
    () =>
      languagesNeeded(
        gatesOfMessage(
          {
            id: stored?.id,
            gateId: form.owner === 'gate' ? form.gateId : null,
            province: form.owner === 'province' ? form.province : null,
          },
          context.playlists,
          context.schedules,
          context.screens,
          context.gates,
        ),
        context.gates,
        context.screens,
      ),
    [stored?.id, form.owner, form.gateId, form.province, context],
  );
  const missing = missingLanguages(variants, needed);
  const unacknowledged = missing.filter(([lang]) => !acknowledged.has(lang));
  const untranslated = untranslatedTexts(form.variants);
  const uncovered = uncoveredTexts(form.variants);
  const shown = [...form.variants.map((v) => v.lang)];
  for (const lang of needed.keys()) if (!shown.includes(lang)) shown.push(lang);

  const preview = useMemo(
    (): PreviewItem[] => [
      {
        type: 'message',
        name: form.name || t('newMessage'),
        level: form.level ?? 'normal',
        variants,
        duration: 4,
      },
    ],
    [form.name, form.level, variants],
  );
  // Only the screens this message can reach (its owner's, and where loops naming it play): a screen elsewhere
  // would preview languages its boards never show. None reached: the panel says there is nothing to preview.
  const previewScreens = useMemo(() => {
    const reached = gatesOfMessage(
      {
        id: stored?.id,
        gateId: form.owner === 'gate' ? form.gateId : null,
        province: form.owner === 'province' ? form.province : null,
      },
      context.playlists,
      context.schedules,
      context.screens,
      context.gates,
    );
    return context.screens.filter((s) => reached.has(s.gateId));
  }, [stored?.id, form.owner, form.gateId, form.province, context]);

  const setText = (lang: string, field: TextField, value: string) => {
    setForm((was) => {
      const has = was.variants.some((v) => v.lang === lang);
      const list = has ? was.variants : [...was.variants, emptyVariant(lang)];
      return { ...was, variants: list.map((v) => (v.lang === lang ? { ...v, [field]: value } : v)) };
    });
  };
  const addLanguage = () => {
    const tag = extra.trim();
    if (!tag) return;
    if (!langTag.test(tag)) {
      setExtraError(t('languageTagInvalid'));
      return;
    }
    setExtraError('');
    setForm((was) =>
      was.variants.some((v) => v.lang === tag)
        ? was
        : { ...was, variants: [...was.variants, emptyVariant(tag)] },
    );
    setExtra('');
    // The new language's first field, once drawn.
    requestAnimationFrame(() => {
      ref.current?.querySelector<HTMLElement>(`[name="title-${tag}"]`)?.focus();
    });
  };

  const withFields = hasFields(form.variants);
  const paths = useMemo(() => fieldPaths(form.variants), [form.variants]);
  /** The field options' age, checked before anything is sent: false (and the field marked) when it is wrong. */
  const ageFine = (): boolean => {
    const problem = withFields
      ? ageProblem(form.fieldOptions.maxAge, stored?.fieldOptions?.maxAgeSeconds)
      : undefined;
    setAgeError(ageProblemText(problem));
    if (problem) ref.current?.querySelector<HTMLElement>('[name="fields-max-age"]')?.focus();
    return problem === undefined;
  };

  const save = async (): Promise<StoredMessage> => {
    const saved: StoredMessage = await content.saveMessage(bodyOf(form, stored), stored?.id);
    setStored(saved);
    props.onSaved(saved);
    return saved;
  };
  const run = (what: () => Promise<string>) => {
    setBusy(true);
    setNote('');
    setBlocked('');
    what().then(
      (text) => {
        setBusy(false);
        setError(undefined);
        setNote(text);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || !ageFine()) return;
    // A malformed field would show on no board as written: submission waits until each is right.
    if (anyFieldProblem(form.variants)) {
      setNote('');
      setBlocked(t('fieldProblemsFirst'));
      ref.current?.querySelector<HTMLElement>('[data-field-problem-field]')?.focus();
      return;
    }
    // Submitting is where an unacknowledged missing language or an unrenderable character is stopped.
    if (unacknowledged.length > 0 || uncovered.length > 0) {
      setNote('');
      setBlocked(unacknowledged.length > 0 ? t('acknowledgeFirst') : t('uncoveredFirst'));
      const first = ref.current?.querySelector<HTMLElement>(
        unacknowledged.length > 0 ? 'input[name^="ack-"]:not(:checked)' : '[data-uncovered-field]',
      );
      first?.focus();
      return;
    }
    run(async () => {
      const saved = await save();
      await content.submitMessage(
        saved.id,
        missing.map(([lang]) => lang),
      );
      return t('submitted');
    });
  };
  // Enter in a one-line field never submits the message; in "add a language" it adds the language.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Chromium submits on Enter in a box or a radio button too: none of them is the submit button.
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    event.preventDefault();
    if (target.name === 'add-language') addLanguage();
  };

  const rejection = props.summary?.state === 'draft' ? props.summary.rejection : null;
  const unplaced = errors.unplaced(pointersOf(form));

  return (
    <form
      ref={ref}
      id={formId}
      class="editor"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby="message-editor-heading"
      aria-busy={busy ? 'true' : undefined}
    >
      <h3 id="message-editor-heading">{props.heading}</h3>
      {rejection && (
        <p class="error" role="note" data-rejection>
          {t('rejectedBecause', { by: rejection.by.name, reason: rejection.reason })}
        </p>
      )}
      <div class="row">
        <label>
          {t('messageName')}
          <input
            name="name"
            required
            value={form.name}
            {...errors.input('/name')}
            onInput={(e) => {
              const name = e.currentTarget.value;
              setForm((was) => ({ ...was, name }));
            }}
          />
          <FieldError errors={errors} pointer="/name" />
        </label>
        <label>
          {t('levelLabel')}
          <select
            name="level"
            value={form.level ?? 'normal'}
            {...errors.input('/level')}
            onChange={(e) => {
              const level = e.currentTarget.value as Level;
              setForm((was) => ({ ...was, level }));
            }}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(levelKey[l])}
              </option>
            ))}
          </select>
          <FieldError errors={errors} pointer="/level" />
        </label>
      </div>
      <OwnerPicker
        formId={formId}
        value={form}
        stored={
          stored
            ? { owner: ownerOf(stored), gateId: stored.gateId ?? '', province: stored.province ?? '' }
            : undefined
        }
        gates={context.gates}
        scope={props.me.scope}
        errors={errors}
        onChange={(owner) => {
          setForm((was) => ({ ...was, ...owner }));
        }}
      />
      <FieldError errors={errors} pointer="/variants" />
      <div class="languages">
        {shown.map((lang) => {
          const v = form.variants.find((x) => x.lang === lang) ?? emptyVariant(lang);
          return (
            <fieldset key={lang} class="variant" data-lang={lang}>
              <legend>{languageName(lang)}</legend>
              {(['title', 'body', 'ticker'] as const).map((field) => {
                const pointer = textPointer(lang, field);
                const same = untranslated.find((u) => u.lang === lang && u.field === field);
                const chars = uncovered.find((u) => u.lang === lang && u.field === field)?.chars;
                const malformed = fieldProblems(v[field]).length > 0;
                const hints = [
                  ...(same ? [`${formId}-same-${lang}-${field}`] : []),
                  ...(chars ? [`${formId}-uncovered-${lang}-${field}`] : []),
                  ...(malformed ? [`${formId}-fields-${lang}-${field}`] : []),
                ];
                const invalid = errors.input(pointer);
                const described = [invalid['aria-describedby'], ...hints].filter(Boolean).join(' ');
                const common = {
                  lang,
                  name: `${field}-${lang}`,
                  value: v[field],
                  ...(invalid['aria-invalid'] ? { 'aria-invalid': 'true' as const } : {}),
                  ...(described ? { 'aria-describedby': described } : {}),
                  ...(chars ? { 'data-uncovered-field': '' } : {}),
                  ...(malformed ? { 'data-field-problem-field': '' } : {}),
                  onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
                    setText(lang, field, e.currentTarget.value);
                  },
                };
                return (
                  <label key={field}>
                    {t(fieldKey[field], { lang })}
                    {field === 'body' ? <textarea rows={3} {...common} /> : <input {...common} />}
                    <FieldError errors={errors} pointer={pointer} />
                    <FieldProblems id={`${formId}-fields-${lang}-${field}`} text={v[field]} />
                    {same && (
                      <span id={`${formId}-same-${lang}-${field}`} class="warning small" data-untranslated>
                        {t('looksUntranslated', { lang: languageName(same.sameAs) })}
                      </span>
                    )}
                    {chars && (
                      <span id={`${formId}-uncovered-${lang}-${field}`} class="error small" data-uncovered>
                        {t('uncoveredIn', {
                          field: t(fieldKey[field], { lang: languageName(lang) }),
                          chars: chars.map((c) => `${c} ${codePointLabel(c)}`).join(', '),
                        })}
                      </span>
                    )}
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      <div class="row">
        <label>
          {t('addLanguage')}
          <input
            name="add-language"
            placeholder="lo, zh-Hans, jra…"
            value={extra}
            aria-describedby={`${formId}-add-language-hint`}
            {...(extraError ? { 'aria-invalid': 'true' as const } : {})}
            onInput={(e) => {
              setExtra(e.currentTarget.value);
            }}
          />
          <span id={`${formId}-add-language-hint`} class={extraError ? 'error small' : 'hint'}>
            {extraError || t('addLanguageHint')}
          </span>
        </label>
        <button type="button" onClick={addLanguage}>
          {t('add')}
        </button>
      </div>
      {withFields && (
        <FieldOptionsFields
          formId={formId}
          value={form.fieldOptions}
          paths={paths}
          errors={errors}
          ageError={ageError}
          onChange={(fieldOptions) => {
            setAgeError('');
            setForm((was) => ({ ...was, fieldOptions }));
          }}
        />
      )}
      <section class="checks" aria-labelledby={`${formId}-missing`} data-check="languages">
        <h4 id={`${formId}-missing`}>{t('missingLanguages')}</h4>
        {missing.length === 0 ? (
          <p class="success">{t('noMissing')}</p>
        ) : (
          <>
            <p class="hint">{t('missingHint')}</p>
            <ul class="warning">
              {missing.map(([lang, gates]) => (
                <li key={lang} data-missing={lang}>
                  <label class="check">
                    <input
                      type="checkbox"
                      name={`ack-${lang}`}
                      checked={acknowledged.has(lang)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setAcknowledged((was) => {
                          const next = new Set(was);
                          if (on) next.add(lang);
                          else next.delete(lang);
                          return next;
                        });
                      }}
                    />
                    {t('acknowledgeMissing', { lang: languageName(lang), gates: gates.join(', ') })}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        <FieldError errors={errors} pointer="/acknowledgedMissing" />
      </section>
      <section class="checks" aria-labelledby="message-preview-heading" data-check="preview">
        <h4 id="message-preview-heading">{t('previewHeading')}</h4>
        <PreviewPanel
          screens={previewScreens}
          gates={context.gates}
          items={preview}
          liveOf={(id) => content.screenLive(id)}
        />
        <ReadabilityTable screens={previewScreens} gates={context.gates} items={preview} />
      </section>
      <p class={blocked || error !== undefined ? 'error' : 'success'} role="status" data-form-status>
        {blocked || unplaced || (error === undefined ? note : t('fixMarkedFields'))}
      </p>
      <div class="actions">
        <button
          type="button"
          data-action="save"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => {
            if (busy || !ageFine()) return;
            run(async () => {
              await save();
              return t('saved');
            });
          }}
        >
          {t('save')}
        </button>
        <button type="submit" class="primary" data-action="submit" aria-disabled={busy ? 'true' : undefined}>
          {t('submit')}
        </button>
        <button type="button" data-action="close" onClick={props.onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
