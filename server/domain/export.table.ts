import writeXlsxFile, { type Cell as XlsxCell } from 'write-excel-file/node';

/**
 * One cell of an exported report, typed: the CSV writes it as a Vietnamese Excel reads text, the .xlsx as
 * a real date or number with a display format. Both files are made from the same table, so they hold the
 * same rows.
 */
export type ExportCell =
  | { kind: 'text'; value: string }
  /** A calendar day, YYYY-MM-DD. */
  | { kind: 'date'; value: string }
  /** A wall-clock time at the gate, YYYY-MM-DDTHH:mm. */
  | { kind: 'datetime'; value: string }
  | { kind: 'integer'; value: number }
  /** A share, 0..1. */
  | { kind: 'percent'; value: number };

/** A report as exported: a sheet name, column headers and typed rows. */
export interface ExportTable {
  sheet: string;
  columns: { header: string; width: number }[];
  rows: ExportCell[][];
}

export const cell = {
  text: (value: string): ExportCell => ({ kind: 'text', value }),
  date: (value: string): ExportCell => ({ kind: 'date', value }),
  datetime: (value: string): ExportCell => ({ kind: 'datetime', value }),
  integer: (value: number): ExportCell => ({ kind: 'integer', value }),
  percent: (value: number): ExportCell => ({ kind: 'percent', value }),
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** A text cell quoted; one that a spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe. */
const quoted = (text: string) => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
};

/** A cell as Excel set to Vietnamese reads it: dd/MM/yyyy dates, a decimal comma, no digit grouping. */
function csvCell(c: ExportCell): string {
  switch (c.kind) {
    case 'text':
      return quoted(c.value);
    case 'date':
      return dmy(c.value);
    case 'datetime':
      return `${dmy(c.value.slice(0, 10))} ${c.value.slice(11, 16)}`;
    case 'integer':
      return String(c.value);
    case 'percent':
      return (c.value * 100).toFixed(1).replace('.', ',');
  }
}

/**
 * The table as CSV for Excel with Vietnamese settings: UTF-8 with a byte-order mark (diacritics intact),
 * `;` between fields (Vietnamese Windows separates lists with `;`, since `,` is its decimal mark),
 * decimal commas, CRLF line ends.
 */
export function tableCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((c) => quoted(c.header)).join(';'),
    ...table.rows.map((r) => r.map(csvCell).join(';')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Midnight UTC of a day (and wall time, when given): .xlsx dates carry no zone, so they are written as UTC. */
const wall = (value: string) => new Date(`${value.length === 10 ? `${value}T00:00` : value}:00Z`);

function xlsxCell(c: ExportCell): XlsxCell {
  switch (c.kind) {
    case 'text':
      return { value: c.value, type: String };
    case 'date':
      return { value: wall(c.value), type: Date, format: 'dd/mm/yyyy' };
    case 'datetime':
      return { value: wall(c.value), type: Date, format: 'dd/mm/yyyy hh:mm' };
    case 'integer':
      return { value: c.value, type: Number, format: '#,##0' };
    case 'percent':
      return { value: c.value, type: Number, format: '0.0%' };
  }
}

/** The table as an .xlsx workbook of one sheet: bold, frozen header row; real dates and numbers. */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const header: XlsxCell[] = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
  return writeXlsxFile([header, ...table.rows.map((r) => r.map(xlsxCell))], {
    sheet: table.sheet,
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
