import type { Screen, ScreenInput } from '../api.ts';
import { formatList } from '../list-field.ts';
import { listOf, numberOf, numberText, untouched } from './fields.ts';

/**
 * The screen form's state and the body it sends, as pure functions: `bodyOf(formOf(x), x)` is x's own
 * fields exactly (test/unit/console-forms.screen.test.ts): rotation, layout, image format, kiosk idle time,
 * an offset the form hides for a non-LED screen, and an empty language or group list all go back as stored.
 */

export type Kind = Screen['kind'];

export interface ScreenForm {
  gateId: string;
  name: string;
  kind: Kind;
  width: string;
  height: string;
  /** LED boards: the region's offset in the HDMI output (shown for LED boards only, kept for any). */
  offsetX: string;
  offsetY: string;
  /** Legibility (empty: not set): metres, millimetres, and a floor set by hand in px. */
  viewingDistanceM: string;
  pixelPitchMm: string;
  minTextPx: string;
  /** Comma-separated; empty: the gate's languages. */
  languages: string;
  groups: string;
  /** Shows drills (CAP Exercise/Test alerts). */
  exercises: boolean;
}

/** The form of a stored screen, or of a new one at `gateId`. */
export function formOf(stored: Screen | undefined, gateId: string): ScreenForm {
  return {
    gateId: stored?.gateId ?? gateId,
    name: stored?.name ?? '',
    kind: stored?.kind ?? 'led',
    width: stored ? numberText(stored.width) : '800',
    height: stored ? numberText(stored.height) : '500',
    offsetX: stored ? numberText(stored.offsetX) : '0',
    offsetY: stored ? numberText(stored.offsetY) : '0',
    viewingDistanceM: numberText(stored?.viewingDistanceM),
    pixelPitchMm: numberText(stored?.pixelPitchMm),
    minTextPx: numberText(stored?.minTextPx),
    languages: formatList(stored?.languages),
    groups: formatList(stored?.groups),
    exercises: stored?.exercises === true,
  };
}

const known = [
  'gateId',
  'name',
  'kind',
  'width',
  'height',
  'offsetX',
  'offsetY',
  'viewingDistanceM',
  'pixelPitchMm',
  'minTextPx',
  'languages',
  'groups',
  'exercises',
];

/** An optional number: left out when its field is empty (not set: the rule's default applies). */
function optional(key: string, text: string, stored: number | undefined): Record<string, number> {
  return text.trim() === '' ? {} : { [key]: numberOf(text, stored) };
}

/** An offset: as stored when the screen had one, else sent only for an LED board whose field is filled. */
function offset(text: string, stored: number | undefined, led: boolean): number | undefined {
  if (stored !== undefined) return numberOf(text, stored);
  return led && text !== '' ? numberOf(text, undefined) : undefined;
}

/** The body a save sends: what the form holds, and the stored fields it does not show. */
export function bodyOf(form: ScreenForm, stored: Screen | undefined): ScreenInput {
  const led = form.kind === 'led';
  const x = offset(form.offsetX, stored?.offsetX, led);
  const y = offset(form.offsetY, stored?.offsetY, led);
  const languages = listOf(form.languages, stored?.languages !== undefined).list;
  const groups = listOf(form.groups, stored?.groups !== undefined).list;
  return {
    ...untouched(stored, known),
    gateId: form.gateId,
    name: form.name,
    kind: form.kind,
    width: numberOf(form.width, stored?.width),
    height: numberOf(form.height, stored?.height),
    ...(x === undefined ? {} : { offsetX: x }),
    ...(y === undefined ? {} : { offsetY: y }),
    ...optional('viewingDistanceM', form.viewingDistanceM, stored?.viewingDistanceM),
    ...optional('pixelPitchMm', form.pixelPitchMm, stored?.pixelPitchMm),
    ...optional('minTextPx', form.minTextPx, stored?.minTextPx),
    ...(languages ? { languages } : {}),
    ...(groups ? { groups } : {}),
    // Sent when on, or when the stored screen said either way: an untouched form sends back what was stored.
    ...(form.exercises || stored?.exercises !== undefined ? { exercises: form.exercises } : {}),
  };
}
