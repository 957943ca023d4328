import { formatValue, type DataValue } from '../../shared/data.fields.ts';
import { ApiError } from './api.ts';
import type { ageProblem } from './data-age.ts';
import type { DataSource, StoredValue } from './data-api.ts';
import { errorText, lang, messages, t, type MessageKey } from './i18n.ts';

/**
 * The data pages' words: a source's kind and reader, a value's type, unit and state, an age, a value as the
 * board writes it (shared/data.fields.ts, in the interface's language), a held value's move, and a pull
 * source's last error (the server keeps it in English) told in the interface's language where it is known.
 */

export const kinds = ['pull', 'push'] as const;
/** A pull source's reader, as the contract names them (the ready ones are offered, any other kept). */
export type Adapter = NonNullable<DataSource['pull']>['adapter'];
/** The ready readers, with their publisher and an address to start from. */
export const adapters = ['vietcombank-xml', 'open-meteo-json'] as const satisfies readonly Adapter[];
type ReadyAdapter = (typeof adapters)[number];
/** The readers of any JSON or XML document, through the source's own field mapping. */
export const mappedAdapters = ['json', 'xml'] as const satisfies readonly Adapter[];
type MappedAdapter = (typeof mappedAdapters)[number];
/** Whether a reader reads through a field mapping (pull.fields). */
export const mapped = (adapter: Adapter): adapter is MappedAdapter =>
  (mappedAdapters as readonly Adapter[]).includes(adapter);
export const valueTypes = ['money', 'number', 'text', 'time'] as const;
export const units = ['celsius', 'millimeter', 'minute', 'percent', 'kilometer-per-hour'] as const;
export type Kind = (typeof kinds)[number];
export type ValueType = (typeof valueTypes)[number];
export type Unit = (typeof units)[number];

const kindKey: Record<Kind, MessageKey> = { pull: 'dataKindPull', push: 'dataKindPush' };
const adapterKey: Record<ReadyAdapter | MappedAdapter, MessageKey> = {
  'vietcombank-xml': 'dataAdapterVietcombank',
  'open-meteo-json': 'dataAdapterOpenMeteo',
  json: 'dataAdapterJson',
  xml: 'dataAdapterXml',
};
const typeKey: Record<ValueType, MessageKey> = {
  money: 'dataTypeMoney',
  number: 'dataTypeNumber',
  text: 'dataTypeText',
  time: 'dataTypeTime',
};
const unitKey: Record<Unit, MessageKey> = {
  celsius: 'dataUnitCelsius',
  millimeter: 'dataUnitMillimeter',
  minute: 'dataUnitMinute',
  percent: 'dataUnitPercent',
  'kilometer-per-hour': 'dataUnitKmh',
};
const stateKey: Record<StoredValue['state'], MessageKey> = {
  accepted: 'dataStateAccepted',
  held: 'dataStateHeld',
  rejected: 'dataStateRejected',
};

export const kindWord = (kind: Kind): string => t(kindKey[kind]);
/** The publisher whose format a reader reads (a name: shown as it is, marked as not to translate). */
const adapterNames: Record<ReadyAdapter, string> = {
  'vietcombank-xml': 'Vietcombank',
  'open-meteo-json': 'Open-Meteo',
};
/** An address to start from, as the publisher documents it (docs/DATA.md, "Ready adapters"). */
const adapterExamples: Record<ReadyAdapter, string> = {
  'vietcombank-xml': 'https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx',
  'open-meteo-json':
    'https://api.open-meteo.com/v1/forecast?current=temperature_2m,weather_code&daily=temperature_2m_max,temperature_2m_min,precipitation_sum,weather_code&forecast_days=3',
};
const ready = (adapter: Adapter): adapter is ReadyAdapter =>
  (adapters as readonly Adapter[]).includes(adapter);
/** A reader in words; one the editor does not offer is named as a reader of its own. */
export const adapterWord = (adapter: Adapter): string =>
  ready(adapter) || mapped(adapter) ? t(adapterKey[adapter]) : t('dataAdapterOther');
/** The publisher whose format a ready reader reads (undefined for any other reader). */
export const adapterName = (adapter: Adapter): string | undefined =>
  ready(adapter) ? adapterNames[adapter] : undefined;
/** An address to start from, for a ready reader. */
export const adapterExample = (adapter: Adapter): string | undefined =>
  ready(adapter) ? adapterExamples[adapter] : undefined;
export const typeWord = (type: ValueType): string => t(typeKey[type]);
export const unitWord = (unit: Unit): string => t(unitKey[unit]);
export const stateWord = (state: StoredValue['state']): string => t(stateKey[state]);

/** An age in seconds in words: "24 giờ", "30 phút", "2 ngày", "1 giờ 30 phút". */
export function ageText(seconds: number): string {
  if (seconds % 86_400 === 0) return t('dataAgeDays', { n: seconds / 86_400 });
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  if (hours === 0) return t('dataAgeMinutes', { n: minutes });
  if (minutes === 0) return t('dataAgeHours', { n: hours });
  return `${t('dataAgeHours', { n: hours })} ${t('dataAgeMinutes', { n: minutes })}`;
}

/** The words of a typed age's problem, beside its field (empty: none). */
export function ageProblemText(problem: ReturnType<typeof ageProblem>): string {
  return problem === 'number' ? t('ageNotNumber') : problem === 'range' ? t('ageOutOfRange') : '';
}

/**
 * The zone a source's times are shown in: its one gate's (a weather source's), else the browser's
 * (undefined). A value of type time is written on that clock, as the gate's boards write it.
 */
export function timeZoneOf(
  source: Pick<DataSource, 'scope'> | undefined,
  gates: readonly { id: string; timeZone: string }[],
): string | undefined {
  const scope = source?.scope;
  if (!scope || scope.global === true || (scope.provinces ?? []).length > 0) return undefined;
  const [only, ...more] = scope.gates ?? [];
  return only === undefined || more.length > 0 ? undefined : gates.find((g) => g.id === only)?.timeZone;
}

const WHOLE = new Set(['VND', 'KHR', 'LAK']);

/**
 * A value as a Vietnamese (or English) board writes it, every digit the source gave kept: an amount in a
 * currency a board writes whole (6.2 VND for a riel) keeps its decimals here, where someone checks it.
 */
export function valueText(value: Omit<DataValue, 'observedAt'>, timeZone?: string): string {
  const v: DataValue = { ...value, observedAt: 0 };
  const n = typeof value.value === 'number' ? value.value : undefined;
  const fraction = n === undefined ? 0 : (String(n).split('.')[1]?.length ?? 0);
  const decimals =
    value.type === 'money' && WHOLE.has(value.currency ?? '') && fraction > 0
      ? (Math.min(fraction, 4) as 1 | 2 | 3 | 4)
      : undefined;
  return formatValue(v, lang(), {
    timeZone,
    ...(decimals === undefined ? {} : { format: { decimals } }),
  });
}

/** How far a held number moved from the one it jumped from: "+900 %", or undefined when it cannot say. */
export function moveText(previous: unknown, next: unknown): string | undefined {
  if (typeof previous !== 'number' || typeof next !== 'number') return undefined;
  if (previous === 0) return next === 0 ? undefined : t('dataMoveFromZero');
  const ratio = (next - previous) / Math.abs(previous);
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** The value a held one jumped from, written as the held one is (same type, currency and unit). */
export function previousText(held: StoredValue, timeZone?: string): string | undefined {
  if (held.previous === undefined) return undefined;
  return valueText({ ...held, value: held.previous }, timeZone);
}

// A read that got no document (data_fetch_failed): the fetcher's words say how, where they have a known shape.
const fetchFailures: [RegExp, MessageKey][] = [
  [/no answer in time$/, 'dataErrTimeout'],
  [/more than \d+ redirects|redirects to /, 'dataErrRedirects'],
];
// Rows kept before errors carried a code (DataPullService.reason: a DomainError's "code: message", or the
// fetcher's words), recognised by their shape; anything else is told in general words with the text beside.
const lastErrors: [RegExp, MessageKey][] = [
  [/weather source reads at one gate/, 'error_data_weather_gate'],
  [/^data_malformed:/, 'error_data_malformed'],
  [/^data_forbidden_markup:/, 'error_data_forbidden_markup'],
  [/^data_too_large:|is larger than \d+ KB$/, 'error_data_too_large'],
  [/allowPrivate/, 'error_data_fetch_refused'],
  ...fetchFailures,
  [/^an unexpected error/, 'dataErrUnexpected'],
];

/** The fetcher's own words for a document that did not come: an HTTP status, a timeout, redirects. */
function fetchFailureKey(lastError: string): { key: MessageKey; status?: string } | undefined {
  const status = /answered HTTP (\d{3})$/.exec(lastError)?.[1];
  if (status) return { key: 'dataErrStatus', status };
  const key = fetchFailures.find(([pattern]) => pattern.test(lastError))?.[1];
  return key ? { key } : undefined;
}

/**
 * A pull source's last error in the interface's language, and whether it was recognised: by its code
 * (lastErrorCode, DataPullService.reason), or, for a source last read before errors had codes, by its words.
 */
export function lastErrorText(lastError: string, code?: string): { text: string; known: boolean } {
  const said = (key: MessageKey, status?: string) => ({
    text: status === undefined ? t(key) : t(key, { status }),
    known: true,
  });
  if (code === 'data_fetch_failed') {
    const how = fetchFailureKey(lastError);
    return how ? said(how.key, how.status) : said('error_data_fetch_failed');
  }
  if (code === 'internal') return said('dataErrUnexpected');
  if (code !== undefined) {
    const key = `error_${code}`;
    return Object.hasOwn(messages, key) ? said(key as MessageKey) : { text: t('dataErrOther'), known: false };
  }
  const how = fetchFailureKey(lastError);
  if (how) return said(how.key, how.status);
  const key = lastErrors.find(([pattern]) => pattern.test(lastError))?.[1];
  return key ? said(key) : { text: t('dataErrOther'), known: false };
}

/**
 * A refusal on the data pages: an approver who entered the value is told so in the data's own words
 * (same_person), every other refusal from the catalogue.
 */
export function dataErrorText(err: unknown): string {
  if (err instanceof ApiError && err.body?.reason === 'same_person') return t('dataSamePerson');
  return errorText(err);
}

/** Whether the signed-in person entered this value (an API token of theirs counts as them). */
export function enteredByMe(value: StoredValue, me: { kind: string; id: string }): boolean {
  const by = value.enteredBy;
  if (!by || me.kind !== 'user') return false;
  return by.person === `user:${me.id}` || (by.kind === 'user' && by.id === me.id);
}
