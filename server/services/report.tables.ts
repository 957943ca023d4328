import { DateTime } from 'luxon';
import type { AvailabilityRow, PlayReportRow } from '../../schemas/types.ts';
import { cell, type ExportTable } from '../domain/export.table.ts';

// The exports are in Vietnamese, the language of the people who file them; values are named, never codes.
const typeNames: Record<string, string> = {
  message: 'Thông điệp',
  image: 'Ảnh',
  video: 'Video',
  clock: 'Đồng hồ',
};

// Languages of the border provinces that Intl does not name (the console names them the same way).
const minorityNames: Record<string, string> = {
  jra: 'Tiếng Gia Rai',
  bdq: 'Tiếng Ba Na',
  tmm: 'Tiếng Thái Thanh',
  blt: 'Tiếng Thái Đen',
  rad: 'Tiếng Ê Đê',
  cmo: 'Tiếng M’Nông',
  sed: 'Tiếng Xơ Đăng',
  kdt: 'Tiếng Cơ Tu',
};
const displayNames = new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'code' });

/** A language tag's Vietnamese name with the tag, e.g. "Tiếng Khmer (km)"; empty for no language. */
export function languageLabel(tag: string): string {
  if (!tag) return '';
  try {
    const base = new Intl.Locale(tag).language;
    const name = minorityNames[base] ?? (displayNames.of(base) === base ? undefined : displayNames.of(tag));
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** What kind of item played, in words. */
export function typeLabel(type: string): string {
  return typeNames[type] ?? type;
}

/** The period every row carries, so a sheet copied out of its file still says what it covers. */
export interface ExportPeriod {
  from: string;
  until: string;
}

const periodColumns = [
  { header: 'Từ ngày', width: 12 },
  { header: 'Đến ngày', width: 12 },
];
const periodCells = (p: ExportPeriod) => [cell.date(p.from), cell.date(p.until)];

/** Proof of play as exported: one row per day × screen × item × language. */
export function playsTable(period: ExportPeriod, rows: readonly PlayReportRow[]): ExportTable {
  return {
    sheet: 'Lượt phát',
    columns: [
      ...periodColumns,
      { header: 'Ngày', width: 12 },
      { header: 'Tỉnh', width: 16 },
      { header: 'Cửa khẩu', width: 24 },
      { header: 'Màn hình', width: 24 },
      { header: 'Nội dung', width: 32 },
      { header: 'Loại', width: 12 },
      { header: 'Ngôn ngữ', width: 22 },
      { header: 'Lượt phát', width: 11 },
      { header: 'Thời lượng (giây)', width: 16 },
    ],
    rows: rows.map((r) => [
      ...periodCells(period),
      cell.date(r.day),
      cell.text(r.province),
      cell.text(r.gate),
      cell.text(r.screen),
      cell.text(r.itemName || typeLabel(r.type)),
      cell.text(typeLabel(r.type)),
      cell.text(languageLabel(r.lang)),
      cell.integer(r.plays),
      cell.integer(r.onScreenSeconds),
    ]),
  };
}

/** An instant as wall-clock time in a zone, YYYY-MM-DDTHH:mm. */
const wallTime = (instant: string, zone: string) =>
  DateTime.fromISO(instant).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");

/**
 * Availability as exported: each gate's own row (scope "Cả cửa khẩu", no screen) and its screens' rows
 * (scope "Màn hình"), each with the span it was counted over, at the gate.
 */
export function availabilityTable(
  period: ExportPeriod,
  rows: readonly AvailabilityRow[],
  zoneOf: (gateId: string) => string,
): ExportTable {
  return {
    sheet: 'Khả dụng',
    columns: [
      ...periodColumns,
      { header: 'Tỉnh', width: 16 },
      { header: 'Cửa khẩu', width: 24 },
      { header: 'Phạm vi', width: 13 },
      { header: 'Màn hình', width: 24 },
      { header: 'Tính từ', width: 17 },
      { header: 'Tính đến', width: 17 },
      { header: 'Số phút hoạt động', width: 17 },
      { header: 'Số phút tính', width: 13 },
      { header: 'Tỷ lệ khả dụng (%)', width: 18 },
    ],
    rows: rows.map((r) => [
      ...periodCells(period),
      cell.text(r.province),
      cell.text(r.gate),
      cell.text(r.screenId === null ? 'Cả cửa khẩu' : 'Màn hình'),
      cell.text(r.screen ?? ''),
      cell.datetime(wallTime(r.countedFrom, zoneOf(r.gateId))),
      cell.datetime(wallTime(r.countedUntil, zoneOf(r.gateId))),
      cell.integer(r.minutesUp),
      cell.integer(r.minutes),
      cell.percent(r.availability),
    ]),
  };
}
