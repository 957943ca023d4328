import { ALERT_PLACEHOLDERS } from '../../shared/alert.placeholders.ts';
import type { AlertTemplate, AlertTemplateInput } from './alerts-api.ts';

/**
 * The template editor's state and the body it sends, as pure functions: `bodyOf(formOf(t), t)` is t's own
 * fields exactly (alert-templates.form.test.ts), so saving an unchanged template changes nothing.
 */
export interface TemplateForm {
  gateId: string;
  event: string;
  lang: string;
  title: string;
  body: string;
}

/** The placeholders a template may hold, filled from the alert (the controller's own list). */
export const placeholders = ALERT_PLACEHOLDERS;

/** The form of a stored template, or of a new one at `gate` in its first language. */
export function formOf(
  stored: AlertTemplate | undefined,
  gate?: { id: string; languages: readonly string[] },
): TemplateForm {
  return {
    gateId: stored?.gateId ?? gate?.id ?? '',
    event: stored?.event ?? '',
    lang: stored?.lang ?? gate?.languages.find((l) => l !== 'vi') ?? gate?.languages[0] ?? '',
    title: stored?.title ?? '',
    body: stored?.body ?? '',
  };
}

/** Typed text as sent: as stored when unchanged, else NFC and trimmed. */
const text = (typed: string, was: string | undefined): string =>
  typed === was ? typed : typed.normalize('NFC').trim();

/** The body a save sends: the form's fields; an empty text is left out (the server refuses an empty one), unless stored so. */
export function bodyOf(form: TemplateForm, stored: AlertTemplate | undefined): AlertTemplateInput {
  const body = text(form.body, stored?.body);
  return {
    gateId: form.gateId,
    event: text(form.event, stored?.event),
    lang: form.lang,
    title: text(form.title, stored?.title),
    ...(body !== '' || stored?.body === '' ? { body } : {}),
  };
}

/** Whether the form differs from what is stored (a new template always does). */
export const changed = (form: TemplateForm, stored: AlertTemplate | undefined): boolean =>
  stored === undefined ||
  JSON.stringify(bodyOf(form, stored)) !== JSON.stringify(bodyOf(formOf(stored), stored));
