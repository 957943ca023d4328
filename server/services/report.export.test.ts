import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { cell, tableCsv, tableXlsx, type ExportTable } from '../domain/export.table.ts';
import { languageLabel, typeLabel } from './report.tables.ts';

const table: ExportTable = {
  sheet: 'Khả dụng',
  columns: ['Ngày', 'Tên', 'Lúc', 'Số', 'Tỷ lệ (%)'].map((header) => ({ header, width: 10 })),
  rows: [
    [
      cell.date('2026-03-07'),
      cell.text('=HYPERLINK("x"); "Bảng" 1'),
      cell.datetime('2026-03-07T09:05'),
      cell.integer(12345),
      cell.percent(0.0034),
    ],
  ],
};

describe('report exports', () => {
  it('writes CSV as Excel set to Vietnamese reads it: BOM, ;, dd/MM/yyyy, decimal comma, formulas defused', () => {
    expect(tableCsv(table)).toBe(
      '\uFEFF"Ngày";"Tên";"Lúc";"Số";"Tỷ lệ (%)"\r\n' +
        `07/03/2026;"'=HYPERLINK(""x""); ""Bảng"" 1";07/03/2026 09:05;12345;0,3\r\n`,
    );
  });

  it('writes .xlsx with real dates and numbers', async () => {
    const [header, row = []] = await readSheet(await tableXlsx(table));
    expect(header).toEqual(['Ngày', 'Tên', 'Lúc', 'Số', 'Tỷ lệ (%)']);
    // A time of day is a fraction of a day in the file: it reads back to the minute, give or take a float.
    const toMinute = (v: unknown) =>
      v instanceof Date ? new Date(Math.round(v.getTime() / 60_000) * 60_000) : v;
    expect(row.map(toMinute)).toEqual([
      new Date('2026-03-07T00:00:00Z'),
      '=HYPERLINK("x"); "Bảng" 1',
      new Date('2026-03-07T09:05:00Z'),
      12345,
      0.0034,
    ]);
  });

  it('names kinds and languages in Vietnamese, with the tag', () => {
    expect(typeLabel('clock')).toBe('Đồng hồ');
    expect(languageLabel('km')).toBe('Tiếng Khmer (km)');
    expect(languageLabel('jra')).toBe('Tiếng Gia Rai (jra)');
    expect(languageLabel('')).toBe('');
    expect(languageLabel('x-unknown')).toBe('x-unknown');
  });
});
