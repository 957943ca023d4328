import type { Person, PersonInput, Role } from '../people-api.ts';
import { untouched } from './fields.ts';

/**
 * The person form's state and the body it sends, as pure functions: `bodyOf(formOf(p), p)` is p's own fields
 * exactly (test/unit/console-forms.person.test.ts); a scope left as it was goes back as stored.
 */
export interface PersonForm {
  username: string;
  displayName: string;
  roles: Role[];
  wholeCountry: boolean;
  provinces: string[];
  gates: string[];
  /** The password of someone new, or a reset; empty leaves it as it is. */
  password: string;
  disabled: boolean;
}

/** The form of a stored person, or of a new one (at `defaultGates`: an admin of one gate adds people there). */
export function formOf(stored: Person | undefined, defaultGates: string[] = []): PersonForm {
  return {
    username: stored?.username ?? '',
    displayName: stored?.displayName ?? '',
    roles: stored?.roles ?? ['viewer'],
    wholeCountry: stored?.scope.global === true,
    provinces: stored?.scope.provinces ?? [],
    gates: stored?.scope.gates ?? defaultGates,
    password: '',
    disabled: stored?.disabled ?? false,
  };
}

const known = ['username', 'displayName', 'roles', 'scope', 'password', 'disabled', 'secondFactor'];
const sameList = (a: readonly string[], b: readonly string[] | undefined) =>
  a.length === (b ?? []).length && a.every((x, i) => x === b?.[i]);

/** The body a save sends: what the form holds, typed text trimmed only where it was changed. */
export function bodyOf(form: PersonForm, stored: Person | undefined): PersonInput {
  const scopeAsStored =
    stored !== undefined &&
    form.wholeCountry === (stored.scope.global === true) &&
    (form.wholeCountry ||
      (sameList(form.provinces, stored.scope.provinces) && sameList(form.gates, stored.scope.gates)));
  const text = (typed: string, was: string | undefined) => (typed === was ? was : typed.trim());
  return {
    ...untouched(stored, known),
    username: text(form.username, stored?.username),
    displayName: text(form.displayName, stored?.displayName),
    roles: form.roles,
    scope: scopeAsStored
      ? stored.scope
      : form.wholeCountry
        ? { global: true }
        : { provinces: form.provinces, gates: form.gates },
    ...(stored === undefined || stored.disabled !== undefined || form.disabled
      ? { disabled: form.disabled }
      : {}),
    ...(form.password ? { password: form.password } : {}),
  };
}
