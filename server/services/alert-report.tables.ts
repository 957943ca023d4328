import { DateTime } from 'luxon';
import type { Alert, Emergency } from '../../schemas/types.ts';
import { cell, type ExportCell, type ExportTable } from '../domain/export.table.ts';
import { languageLabel, type ExportPeriod } from './report.tables.ts';

// The alert report, in Vietnamese like the other exports: what each alert did at each screen, and for how long.
const outcomeNames: Record<string, string> = {
  active: 'Đang hiển thị',
  pending: 'Chờ duyệt',
  'no-exercise-screen': 'Diễn tập: không có màn hình nhận',
  'no-text': 'Không có nội dung',
  replaced: 'Đã thay bằng bản cập nhật',
  cleared: 'Đã gỡ',
  expired: 'Đã hết hạn',
  // An alert that reached no gate, as a whole.
  shown: 'Đã hiển thị',
  ended: 'Đã kết thúc',
  updated: 'Đã cập nhật cảnh báo trước',
  cancelled: 'Đã hủy cảnh báo trước',
  draft: 'Bản nháp: không hiển thị',
  'not-for-display': 'Không để hiển thị',
  'no-gate': 'Không trúng cửa khẩu nào',
  'unknown-reference': 'Tham chiếu cảnh báo chưa nhận',
};
const statusNames: Record<string, string> = {
  Actual: 'Thật',
  Exercise: 'Diễn tập',
  Test: 'Thử nghiệm',
  System: 'Hệ thống',
  Draft: 'Bản nháp',
};
const msgTypeNames: Record<string, string> = {
  Alert: 'Cảnh báo',
  Update: 'Cập nhật',
  Cancel: 'Hủy',
  Ack: 'Xác nhận',
  Error: 'Lỗi',
};

/** One alert at one gate with the emergency that carried it (absent when nothing went on screen). */
export interface AlertReportGate {
  alert: Alert;
  gateId: string;
  gateName: string;
  timeZone: string;
  outcome: string;
  emergency?: Emergency;
  /** Screen id → name. */
  screenNames: ReadonlyMap<string, string>;
}

/** An instant as wall time at the gate (YYYY-MM-DDTHH:mm), the way the exports write times. */
const wallAt = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

/** When an emergency left the screens: cleared, or its expiry (if that has passed by `now`); else still up. */
function endOf(e: Emergency, now: number): string | undefined {
  if (e.clearedAt) return e.clearedAt;
  if (e.expiresAt && Date.parse(e.expiresAt) <= now) return e.expiresAt;
  return undefined;
}

/** The languages an emergency showed, those from a template marked as such. */
function languagesOf(e: Emergency | undefined, texts: Readonly<Record<string, string | undefined>>): string {
  const shown = e ? Object.keys(e.variants) : [];
  return shown
    .map((lang) => `${languageLabel(lang)}${texts[lang] === 'template' ? ' – mẫu' : ''}`)
    .join(', ');
}

/**
 * The alert report: one row per alert × screen that showed it (acknowledged), from its acknowledgement to its
 * end, with whether its screenshot arrived; a gate where it reached no screen still has one row, so nothing
 * an authority sent drops out of the report.
 */
export function alertTable(
  period: ExportPeriod,
  gates: readonly AlertReportGate[],
  now: number,
): ExportTable {
  const rows: ExportCell[][] = [];
  for (const g of gates) {
    const { alert, emergency: e } = g;
    const texts = alert.gates.find((x) => x.gateId === g.gateId)?.texts ?? {};
    const head = [
      cell.date(period.from),
      cell.date(period.until),
      cell.datetime(wallAt(alert.receivedAt, g.timeZone)),
      cell.text(alert.sourceName),
      cell.text(alert.identifier),
      cell.text(statusNames[alert.status] ?? alert.status),
      cell.text(msgTypeNames[alert.msgType] ?? alert.msgType),
      cell.text(alert.headline ?? alert.event),
      cell.text(g.gateName),
      cell.text(outcomeNames[g.outcome] ?? g.outcome),
      cell.text(languagesOf(e, texts)),
    ];
    const acks = e?.acks ?? [];
    if (acks.length === 0) {
      rows.push([...head, cell.text(''), cell.text(''), cell.text(''), cell.text(''), cell.text('')]);
      continue;
    }
    const end = e ? endOf(e, now) : undefined;
    for (const ack of acks) {
      const minutes = Math.max(0, Math.round(((end ? Date.parse(end) : now) - Date.parse(ack.at)) / 60_000));
      rows.push([
        ...head,
        cell.text(g.screenNames.get(ack.screenId) ?? ack.screenId),
        cell.datetime(wallAt(ack.at, g.timeZone)),
        end ? cell.datetime(wallAt(end, g.timeZone)) : cell.text('đang hiển thị'),
        cell.integer(minutes),
        cell.text(e?.proofs?.some((p) => p.screenId === ack.screenId) ? 'Có' : 'Không'),
      ]);
    }
  }
  return {
    sheet: 'Cảnh báo',
    columns: [
      { header: 'Từ ngày', width: 12 },
      { header: 'Đến ngày', width: 12 },
      { header: 'Nhận lúc', width: 17 },
      { header: 'Nguồn', width: 28 },
      { header: 'Mã cảnh báo', width: 28 },
      { header: 'Trạng thái', width: 12 },
      { header: 'Loại', width: 12 },
      { header: 'Nội dung', width: 48 },
      { header: 'Cửa khẩu', width: 24 },
      { header: 'Kết quả', width: 22 },
      { header: 'Ngôn ngữ', width: 40 },
      { header: 'Màn hình', width: 24 },
      { header: 'Hiện từ', width: 17 },
      { header: 'Đến', width: 17 },
      { header: 'Số phút', width: 9 },
      { header: 'Ảnh chụp', width: 10 },
    ],
    rows,
  };
}
