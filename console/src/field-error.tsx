import { useEffect } from 'preact/hooks';
import { ApiError } from './api.ts';
import { errorText } from './i18n.ts';

/**
 * Server errors beside their field. The API names the offending field with a JSON pointer (`path`); a form
 * gives each field the pointer it edits, and the field then carries aria-invalid and aria-describedby
 * pointing at the error text, which comes from the catalogue (errorText), never from the validator.
 */

/** The JSON pointer of the field an error names, if it names one. */
export function errorPointer(error: unknown): string | undefined {
  return error instanceof ApiError ? error.body?.path : undefined;
}

/** Whether an error at `path` belongs to the field at `pointer` (the field itself or a part of it). */
export function isAt(path: string | undefined, pointer: string): boolean {
  if (path === undefined) return false;
  return path === pointer || path.startsWith(`${pointer}/`);
}

/** The id of the error text of the field at `pointer` in the form `formId`. */
export function errorId(formId: string, pointer: string): string {
  return `${formId}-error${pointer.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

/** What a form knows of the last server error: which field it is at and what to say. */
export interface FieldErrors {
  /** The error text for the field at `pointer`, when the error is there. */
  at: (pointer: string) => string | undefined;
  /** aria-invalid and aria-describedby for the input of the field at `pointer`. */
  input: (pointer: string) => { 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  /** The error text when no field of `pointers` claims it (shown in the form's status line instead). */
  unplaced: (pointers: readonly string[]) => string | undefined;
  formId: string;
}

/** The field errors of `error` (any failure of the last request, or undefined) for the form `formId`. */
export function fieldErrors(formId: string, error: unknown): FieldErrors {
  const path = errorPointer(error);
  const text = error === undefined ? undefined : errorText(error);
  return {
    formId,
    at: (pointer) => (isAt(path, pointer) ? text : undefined),
    input: (pointer) =>
      isAt(path, pointer) ? { 'aria-invalid': 'true', 'aria-describedby': errorId(formId, pointer) } : {},
    unplaced: (pointers) => (text !== undefined && !pointers.some((p) => isAt(path, p)) ? text : undefined),
  };
}

/** The error text of one field, placed right after it; empty (and silent) when the field is fine. */
export function FieldError({ errors, pointer }: { errors: FieldErrors; pointer: string }) {
  const text = errors.at(pointer);
  if (text === undefined) return null;
  return (
    <span id={errorId(errors.formId, pointer)} class="error field-error" data-error-for={pointer}>
      {text}
    </span>
  );
}

/** After a refusal, moves focus to the first field marked invalid in `form`, so the person lands on it. */
export function useFocusInvalid(form: { readonly current: HTMLElement | null }, error: unknown): void {
  useEffect(() => {
    if (error === undefined) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [error, form]);
}
