import type { GateHours } from '../../../schemas/types.ts';
import type { Gate, GateInput } from '../api.ts';
import { formatList } from '../list-field.ts';
import { listOf, numberOf, numberText, untouched } from './fields.ts';

/**
 * The gate form's state and the body it sends, as pure functions: `bodyOf(formOf(x), x)` is x's own fields
 * exactly (test/unit/console-forms.gate.test.ts); the default playlist and any field the form does not show
 * go back as stored.
 */

export type Policy = NonNullable<GateInput['emergencyPolicy']>;
export type Digits = NonNullable<GateInput['digits']>;

export interface GateForm {
  name: string;
  province: string;
  borderCountry: string;
  borderRegion: string;
  timeZone: string;
  lat: string;
  lon: string;
  /** Comma-separated language tags. */
  languages: string;
  /** Unset: the stored gate had none (the server's default); sent once chosen. */
  emergencyPolicy?: Policy;
  quietStart: string;
  quietEnd: string;
  /** Khmer and Lao digits on the gate's screens; unset: the stored gate had none (0-9); sent once chosen. */
  digits?: Digits;
  /** The operating hours as stored until edited (gate-hours.tsx); unset: the gate has none. */
  hours?: GateHours;
}

/** The form of a stored gate, or of a new one. */
export function formOf(stored: Gate | undefined): GateForm {
  return {
    name: stored?.name ?? '',
    province: stored?.province ?? '',
    borderCountry: stored?.borderCountry ?? 'KH',
    borderRegion: stored?.borderRegion ?? '',
    timeZone: stored?.timeZone ?? 'Asia/Ho_Chi_Minh',
    lat: numberText(stored?.location.lat),
    lon: numberText(stored?.location.lon),
    languages: formatList(stored?.languages ?? ['vi', 'en']),
    ...(stored?.emergencyPolicy === undefined ? {} : { emergencyPolicy: stored.emergencyPolicy }),
    quietStart: stored?.quietHours?.start ?? '',
    quietEnd: stored?.quietHours?.end ?? '',
    ...(stored?.digits === undefined ? {} : { digits: stored.digits }),
    ...(stored?.hours ? { hours: stored.hours } : {}),
  };
}

/** Quiet hours are both times or none: one alone has no meaning (the form says so before sending). */
export const quietHoursHalf = (form: GateForm): boolean =>
  Boolean(form.quietStart) !== Boolean(form.quietEnd);

const known = [
  'name',
  'province',
  'borderCountry',
  'borderRegion',
  'timeZone',
  'location',
  'languages',
  'emergencyPolicy',
  'quietHours',
  'digits',
  'hours',
];

/** The body a save sends: what the form holds, and the stored fields it does not show. */
export function bodyOf(form: GateForm, stored: Gate | undefined): GateInput {
  const region = form.borderRegion !== '' || stored?.borderRegion !== undefined;
  return {
    ...untouched(stored, known),
    name: form.name,
    province: form.province,
    borderCountry: form.borderCountry.trim().toUpperCase(),
    ...(region ? { borderRegion: form.borderRegion } : {}),
    timeZone: form.timeZone,
    location: {
      lat: numberOf(form.lat, stored?.location.lat),
      lon: numberOf(form.lon, stored?.location.lon),
    },
    languages: listOf(form.languages, true).list ?? [],
    ...(form.emergencyPolicy === undefined ? {} : { emergencyPolicy: form.emergencyPolicy }),
    ...(form.quietStart || form.quietEnd
      ? { quietHours: { start: form.quietStart, end: form.quietEnd } }
      : {}),
    ...(form.digits === undefined ? {} : { digits: form.digits }),
    ...(form.hours ? { hours: form.hours } : {}),
  };
}
