import type { DataSource } from './data-api.ts';
import type { Unit, ValueType } from './data-words.ts';

/**
 * A json or xml source's field mapping as the editor holds it (one row per field, and where the document
 * dates its values) and as it goes back: a row left as shown goes back as the stored field it came from,
 * so a source saved unchanged sends what was stored (test/unit/console-forms.data-source.test.ts).
 */
type Pull = NonNullable<DataSource['pull']>;
export type FieldMapping = NonNullable<Pull['fields']>[number];
export type ObservedSelect = NonNullable<Pull['observedAt']>;
export type Decimal = '.' | ',';
export type ObservedFormat = NonNullable<ObservedSelect['format']>;

export const decimals = ['.', ','] as const satisfies readonly Decimal[];
export const observedFormats = ['iso', 'epoch-s', 'epoch-ms'] as const satisfies readonly ObservedFormat[];

export interface MappingRow {
  /** The row's own key: its inputs stay with it when a row above is removed. */
  key: number;
  /** The index of the stored field the row shows (none: a row added here). */
  from?: number;
  path: string;
  type: ValueType;
  /** number only; '' for none. */
  unit: Unit | '';
  /** money only. */
  currency: string;
  select: string;
  /** number and money: the decimal mark of a value written as text. */
  decimal: Decimal;
}

/** Whether a type is read as a number (with a decimal mark). */
export const numeric = (type: ValueType): boolean => type === 'number' || type === 'money';

const rowOf = (field: FieldMapping, index: number): MappingRow => ({
  key: index,
  from: index,
  path: field.path,
  type: field.type,
  unit: field.unit ?? '',
  currency: field.currency ?? '',
  select: field.select,
  decimal: field.decimal ?? '.',
});

/** The stored fields as rows (none: an empty list). */
export const rowsOf = (fields: readonly FieldMapping[] | undefined): MappingRow[] =>
  (fields ?? []).map(rowOf);

/** A new empty row, keyed apart from `rows`: a number read with a decimal point. */
export function newRow(rows: readonly MappingRow[]): MappingRow {
  const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
  return { key, path: '', type: 'number', unit: '', currency: '', select: '', decimal: '.' };
}

const shown = (row: MappingRow) => [row.path, row.type, row.unit, row.currency, row.select, row.decimal];
const text = (typed: string, was: string | undefined): string =>
  typed === was ? typed : typed.normalize('NFC').trim();

/**
 * One row as sent: the stored field when the row still shows it, else what is typed, with only what its
 * type takes (a unit for a number, a currency for money, a decimal mark for both; a comma, or a mark the
 * stored field had, is sent; a point is the server's own default).
 */
export function mappingOf(row: MappingRow, stored: FieldMapping | undefined): FieldMapping {
  if (stored && shown(rowOf(stored, 0)).every((v, i) => v === shown(row)[i])) return stored;
  const { type } = row;
  return {
    path: text(row.path, stored?.path),
    type,
    ...(type === 'number' && row.unit !== '' ? { unit: row.unit } : {}),
    ...(type === 'money' ? { currency: text(row.currency, stored?.currency).toUpperCase() } : {}),
    select: text(row.select, stored?.select),
    ...(numeric(type) && (row.decimal !== '.' || stored?.decimal !== undefined)
      ? { decimal: row.decimal }
      : {}),
  };
}

/** The rows as sent, each against the stored field it came from. */
export const mappingsOf = (rows: readonly MappingRow[], stored: readonly FieldMapping[] | undefined) =>
  rows.map((row) => mappingOf(row, row.from === undefined ? undefined : stored?.[row.from]));

/**
 * Where the document dates its values, as sent: as stored when the form still shows it, none when the
 * place is left empty (the values are then dated when read), the format sent when it is not the default
 * (or was stored).
 */
export function observedOf(
  select: string,
  format: ObservedFormat,
  stored: ObservedSelect | undefined,
): ObservedSelect | undefined {
  if (select === (stored?.select ?? '') && format === (stored?.format ?? 'iso')) return stored;
  const place = text(select, stored?.select);
  if (place === '') return undefined;
  return { select: place, ...(format !== 'iso' || stored?.format !== undefined ? { format } : {}) };
}
