import { ageFormOf, secondsOf, type AgeForm } from './data-age.ts';
import type { DataSource, DataSourceInput } from './data-api.ts';
import { mappingsOf, observedOf, rowsOf, type MappingRow, type ObservedFormat } from './data-mapping.form.ts';
import { mapped, type Adapter, type Kind } from './data-words.ts';
import { numberOf, numberText } from './forms/fields.ts';

/**
 * The data source editor's state and the body it sends, as pure functions: `bodyOf(formOf(s), s)` is s's
 * own input fields exactly (test/unit/console-forms.data-source.test.ts), so saving an unchanged source
 * changes nothing.
 */
export interface DataSourceForm {
  name: string;
  kind: Kind;
  adapter: Adapter;
  url: string;
  /** Read every few minutes, or at the times of a cron pattern (Vietnam's clock). */
  schedule: 'every' | 'cron';
  everyMinutes: string;
  cron: string;
  timeoutSeconds: string;
  /** json and xml: the field mapping, and where the document dates its values ('' : when read). */
  fields: MappingRow[];
  observedSelect: string;
  observedFormat: ObservedFormat;
  allowPrivate: boolean;
  wholeCountry: boolean;
  provinces: string[];
  gates: string[];
  maxAge: AgeForm;
  boundPercent: string;
  enabled: boolean;
}

/** What a new source starts as: pushed, nationwide, values good for a day, every jump let through. */
export function formOf(stored: DataSource | undefined): DataSourceForm {
  return {
    name: stored?.name ?? '',
    kind: stored?.kind ?? 'push',
    adapter: stored?.pull?.adapter ?? 'vietcombank-xml',
    url: stored?.pull?.url ?? '',
    schedule: stored?.pull?.cron === undefined ? 'every' : 'cron',
    everyMinutes: numberText(stored ? stored.pull?.everyMinutes : 30),
    cron: stored?.pull?.cron ?? '',
    timeoutSeconds: numberText(stored ? stored.pull?.timeoutSeconds : 10),
    fields: rowsOf(stored?.pull?.fields),
    observedSelect: stored?.pull?.observedAt?.select ?? '',
    observedFormat: stored?.pull?.observedAt?.format ?? 'iso',
    allowPrivate: stored?.pull?.allowPrivate ?? false,
    wholeCountry: stored ? stored.scope.global === true : true,
    provinces: stored?.scope.provinces ?? [],
    gates: stored?.scope.gates ?? [],
    maxAge: ageFormOf(stored?.maxAgeSeconds ?? 86_400),
    boundPercent: numberText(stored?.boundPercent),
    enabled: stored?.enabled ?? true,
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[] | undefined) =>
  a.length === (b ?? []).length && a.every((x, i) => x === b?.[i]);
const text = (typed: string, was: string | undefined): string =>
  typed === was ? typed : typed.normalize('NFC').trim();

const minutesOk = (n: number) => Number.isInteger(n) && n >= 1 && n <= 1440;

/**
 * The pull part as sent: each part as stored while the form shows it (so an untouched source goes back as
 * stored), else as typed (numbers the server refuses as typed). On a cron pattern the minutes, hidden, still
 * go (the contract asks for them): as typed when they are a number of minutes, else as stored, else 30.
 */
function pullOf(form: DataSourceForm, stored: DataSource | undefined): DataSourceInput['pull'] {
  const was = stored?.pull;
  // What the form does not show (a reader's settings of a later kind) goes back as it was.
  const {
    url: _u,
    adapter: _a,
    everyMinutes: _e,
    cron: _c,
    timeoutSeconds: _t,
    allowPrivate: _p,
    fields: _f,
    observedAt: _o,
    ...others
  } = was ?? {};
  const every = numberOf(form.everyMinutes, was?.everyMinutes);
  const observedAt = observedOf(form.observedSelect, form.observedFormat, was?.observedAt);
  return {
    ...others,
    url: text(form.url, was?.url),
    adapter: form.adapter,
    everyMinutes: form.schedule === 'every' || minutesOk(every) ? every : (was?.everyMinutes ?? 30),
    ...(form.schedule === 'cron' ? { cron: text(form.cron, was?.cron) } : {}),
    timeoutSeconds: numberOf(form.timeoutSeconds, was?.timeoutSeconds),
    ...(form.allowPrivate || was?.allowPrivate !== undefined ? { allowPrivate: form.allowPrivate } : {}),
    // The ready readers take no mapping (the server refuses one).
    ...(mapped(form.adapter)
      ? { fields: mappingsOf(form.fields, was?.fields), ...(observedAt ? { observedAt } : {}) }
      : {}),
  };
}

/**
 * The body a save sends: what the form holds, what was left as stored going back as stored. A typed age
 * that is not a number goes as typed, for the server to refuse beside the field (the editor checks first).
 */
export function bodyOf(form: DataSourceForm, stored: DataSource | undefined): DataSourceInput {
  const scopeAsStored =
    stored !== undefined &&
    form.wholeCountry === (stored.scope.global === true) &&
    (form.wholeCountry ||
      (sameList(form.provinces, stored.scope.provinces) && sameList(form.gates, stored.scope.gates)));
  const maxAge = secondsOf(form.maxAge, stored?.maxAgeSeconds);
  const bound = form.boundPercent.trim();
  // A pull source keeps its pull part; a push source sends none (the server refuses one).
  const pull = form.kind === 'pull' ? pullOf(form, stored) : undefined;
  return {
    name: text(form.name, stored?.name),
    kind: form.kind,
    scope: scopeAsStored
      ? stored.scope
      : form.wholeCountry
        ? { global: true }
        : { provinces: form.provinces, gates: form.gates },
    ...(pull ? { pull } : {}),
    maxAgeSeconds: maxAge ?? (form.maxAge.amount as unknown as number),
    // An emptied bound is dropped: every value of the source flows again.
    ...(bound === '' ? {} : { boundPercent: numberOf(bound.replace(',', '.'), stored?.boundPercent) }),
    ...(stored?.enabled === undefined && form.enabled ? {} : { enabled: form.enabled }),
  };
}
