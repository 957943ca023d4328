import type { AlertRule, AlertSource, AlertSourceInput } from './alerts-api.ts';
import {
  certainties,
  severities,
  urgencies,
  type Certainty,
  type Severity,
  type Urgency,
} from './alerts-words.ts';
import { numberOf, numberText } from './forms/fields.ts';

/**
 * The alert source editor's state and the body it sends, as pure functions: `bodyOf(formOf(s), s)` is s's
 * own input fields exactly (alert-sources.form.test.ts), so saving an unchanged source changes nothing.
 */
export interface RuleForm {
  severities: Severity[];
  urgencies: Urgency[];
  certainties: Certainty[];
  gates: string[];
}

export interface SourceForm {
  name: string;
  kind: 'push' | 'feed';
  url: string;
  pollMinutes: string;
  allowPrivate: boolean;
  wholeCountry: boolean;
  provinces: string[];
  gates: string[];
  rules: RuleForm[];
  ttl: string;
  enabled: boolean;
  note: string;
}

/** A rule that matches every alert of the source (nothing ticked). */
export const emptyRule = (): RuleForm => ({ severities: [], urgencies: [], certainties: [], gates: [] });

/** The form of a stored source, or of a new one (a push source, nationwide, every alert waiting for approval). */
export function formOf(stored: AlertSource | undefined): SourceForm {
  return {
    name: stored?.name ?? '',
    kind: stored?.kind ?? 'push',
    url: stored?.feed?.url ?? '',
    pollMinutes: numberText(stored?.feed?.pollMinutes ?? (stored ? undefined : 5)),
    allowPrivate: stored?.feed?.allowPrivate ?? false,
    wholeCountry: stored ? stored.scope.global === true : true,
    provinces: stored?.scope.provinces ?? [],
    gates: stored?.scope.gates ?? [],
    rules: (stored?.immediate ?? []).map((r) => ({
      severities: r.severities ?? [],
      urgencies: r.urgencies ?? [],
      certainties: r.certainties ?? [],
      gates: r.gates ?? [],
    })),
    ttl: numberText(stored?.defaultTtlMinutes ?? 720),
    enabled: stored?.enabled ?? true,
    note: stored?.note ?? '',
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[] | undefined) =>
  a.length === (b ?? []).length && a.every((x, i) => x === b?.[i]);
const text = (typed: string, was: string | undefined): string =>
  typed === was ? typed : typed.normalize('NFC').trim();
/** A list in the order the form offers it (ticked in any order, sent in one). */
const ordered = <T>(list: readonly T[], order: readonly T[]): T[] => order.filter((x) => list.includes(x));

/** One rule as sent: only the lists that narrow it (an empty list would match nothing: left out). */
function ruleOf(r: RuleForm): AlertRule {
  return {
    ...(r.gates.length > 0 ? { gates: r.gates } : {}),
    ...(r.severities.length > 0 ? { severities: ordered(r.severities, severities) } : {}),
    ...(r.urgencies.length > 0 ? { urgencies: ordered(r.urgencies, urgencies) } : {}),
    ...(r.certainties.length > 0 ? { certainties: ordered(r.certainties, certainties) } : {}),
  };
}

const sameRule = (r: RuleForm, s: AlertRule) =>
  sameList(r.severities, s.severities) &&
  sameList(r.urgencies, s.urgencies) &&
  sameList(r.certainties, s.certainties) &&
  sameList(r.gates, s.gates);

/** The body a save sends: what the form holds; what was left as stored goes back as stored. */
export function bodyOf(form: SourceForm, stored: AlertSource | undefined): AlertSourceInput {
  const was = stored?.feed;
  const feedAsStored =
    was !== undefined &&
    form.url === was.url &&
    form.pollMinutes === numberText(was.pollMinutes) &&
    form.allowPrivate === (was.allowPrivate ?? false);
  const feedEmpty = was === undefined && form.url === '' && form.pollMinutes === '' && !form.allowPrivate;
  const feed =
    (form.kind === 'feed' && !feedEmpty) || (feedAsStored && stored?.kind === form.kind)
      ? feedAsStored
        ? was
        : {
            url: text(form.url, was?.url),
            pollMinutes: numberOf(form.pollMinutes, was?.pollMinutes),
            ...(form.allowPrivate || was?.allowPrivate !== undefined
              ? { allowPrivate: form.allowPrivate }
              : {}),
          }
      : undefined;
  const scopeAsStored =
    stored !== undefined &&
    form.wholeCountry === (stored.scope.global === true) &&
    (form.wholeCountry ||
      (sameList(form.provinces, stored.scope.provinces) && sameList(form.gates, stored.scope.gates)));
  const rulesAsStored =
    stored !== undefined &&
    form.rules.length === stored.immediate.length &&
    form.rules.every((r, i) => {
      const s = stored.immediate[i];
      return s !== undefined && sameRule(r, s);
    });
  const note = text(form.note, stored?.note);
  return {
    name: text(form.name, stored?.name),
    kind: form.kind,
    ...(feed ? { feed } : {}),
    scope: scopeAsStored
      ? stored.scope
      : form.wholeCountry
        ? { global: true }
        : { provinces: form.provinces, gates: form.gates },
    immediate: rulesAsStored ? stored.immediate : form.rules.map(ruleOf),
    defaultTtlMinutes: numberOf(form.ttl, stored?.defaultTtlMinutes),
    enabled: form.enabled,
    // An empty note is left out, unless the stored source has one that is empty.
    ...(note !== '' || stored?.note === '' ? { note } : {}),
  };
}
