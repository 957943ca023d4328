import { DateTime } from 'luxon';
import type { AvailabilityRow, PlayReportRow } from '../../schemas/types.ts';
import type { Logger } from 'pino';
import type { Principal } from '../domain/access.ts';
import type { Asset, Gate, Message, Screen } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { ReportRepository } from '../repositories/report.repository.ts';
import type { PlayDailyRow } from '../repositories/schema.ts';
import type { AccessPolicy } from './access.service.ts';
import { tableCsv, type ExportTable } from '../domain/export.table.ts';
import type { WorkbookRepository } from '../repositories/workbook.repository.ts';
import { availabilityTable, playsTable } from './report.tables.ts';
import { overlapMs, scheduledIntervals } from '../../shared/hours.ts';

export interface ReportPeriod {
  from: string;
  until: string;
  gateId?: string | undefined;
}

const watermarkName = 'plays-rollup';

/** An exported report: its file name and bytes (CSV text or an .xlsx workbook). */
export interface ReportFile {
  name: string;
  body: string | Buffer;
}
export type ReportFormat = 'csv' | 'xlsx';

/**
 * Proof-of-play and availability reports. Plays are rolled up per gate-local day; the rollup recomputes
 * exactly the screen-days that received records since the last run (late uploads from players that were
 * offline for days included), so a report always matches the records.
 */
export class ReportService {
  private readonly deps: {
    reports: ReportRepository;
    gates: DocumentRepository<Gate>;
    screens: DocumentRepository<Screen>;
    messages: DocumentRepository<Message>;
    assets: DocumentRepository<Asset>;
    access: AccessPolicy;
    clock: Clock;
    log: Logger;
    /** Writes .xlsx workbooks (off the event loop). */
    workbooks: Pick<WorkbookRepository, 'write'>;
  };
  private rolling: Promise<number> | undefined;

  constructor(deps: ReportService['deps']) {
    this.deps = deps;
  }

  /** Brings the daily rollup up to date; returns how many screen-days were recomputed. */
  rollup(): Promise<number> {
    // One rollup at a time: a report asked for during the job's run waits for it.
    this.rolling ??= this.rollupNow().finally(() => {
      this.rolling = undefined;
    });
    return this.rolling;
  }

  private async rollupNow(): Promise<number> {
    const { reports } = this.deps;
    const after = (await reports.jobValue(watermarkName)) ?? '';
    const upTo = isoNow(this.deps.clock);
    const touched = await reports.touched(after, upTo);
    if (touched.length === 0) return 0;
    const zones = new Map((await this.deps.gates.all()).map((g) => [g.id, g.timeZone]));
    const days = new Map<string, { screenId: string; gateId: string; day: string; zone: string }>();
    for (const t of touched) {
      const zone = zones.get(t.gateId) ?? 'UTC';
      // A UTC day overlaps two local days in any zone but UTC: recompute both.
      const start = DateTime.fromISO(`${t.utcDay}T00:00:00Z`);
      for (const at of [start, start.plus({ days: 1 }).minus({ milliseconds: 1 })]) {
        const day = at.setZone(zone).toISODate() ?? t.utcDay;
        days.set(`${t.screenId}|${day}`, { screenId: t.screenId, gateId: t.gateId, day, zone });
      }
    }
    for (const { screenId, gateId, day, zone } of days.values()) {
      const from = DateTime.fromISO(day, { zone }).startOf('day');
      const plays = await reports.plays(screenId, iso(from), iso(from.plus({ days: 1 })));
      const rows = new Map<string, PlayDailyRow>();
      for (const p of plays) {
        const item = p.messageId ? `message:${p.messageId}` : p.assetId ? `asset:${p.assetId}` : p.type;
        const lang = p.lang ?? '';
        const key = `${item}|${lang}`;
        const row = rows.get(key) ?? {
          day,
          gate_id: gateId,
          screen_id: screenId,
          item,
          lang,
          message_id: p.messageId,
          asset_id: p.assetId,
          type: p.type,
          plays: 0,
          on_screen_ms: 0,
        };
        row.plays += 1;
        row.on_screen_ms = Number(row.on_screen_ms) + p.durationMs;
        rows.set(key, row);
      }
      await reports.replaceDay(screenId, day, [...rows.values()]);
    }
    await reports.setJobValue(watermarkName, upTo);
    this.deps.log.info({ job: 'plays-rollup', screenDays: days.size }, 'proof of play rolled up');
    return days.size;
  }

  /** Plays and on-screen time per day × gate × screen × item × language, for the gates in scope. */
  async plays(actor: Principal, period: ReportPeriod): Promise<PlayReportRow[]> {
    this.deps.access.assertCan(actor, 'read');
    checkPeriod(period);
    await this.rollup();
    const gates = await this.gatesFor(actor, period.gateId);
    const rows = await this.deps.reports.daily(period.from, period.until, [...gates.keys()]);
    const screens = new Map((await this.deps.screens.all()).map((s) => [s.id, s]));
    const names = new Map<string, string>();
    const nameOf = async (row: PlayDailyRow): Promise<string> => {
      if (!names.has(row.item)) {
        const found = row.message_id
          ? (await this.deps.messages.get(row.message_id))?.name
          : row.asset_id
            ? (await this.deps.assets.get(row.asset_id))?.name
            : ''; // a clock: named by its type where it is shown
        names.set(row.item, found ?? `${row.item} (đã xoá)`);
      }
      return names.get(row.item) ?? row.item;
    };
    const out: PlayReportRow[] = [];
    for (const r of rows) {
      const gate = gates.get(r.gate_id);
      if (!gate) continue;
      out.push({
        day: r.day,
        province: gate.province,
        gateId: gate.id,
        gate: gate.name,
        screenId: r.screen_id,
        screen: screens.get(r.screen_id)?.name ?? r.screen_id,
        item: r.item,
        itemName: await nameOf(r),
        type: r.type,
        lang: r.lang,
        plays: r.plays,
        onScreenSeconds: Math.round(Number(r.on_screen_ms) / 1000),
      });
    }
    return out;
  }

  /** Proof of play over a period as a file: CSV for Excel set to Vietnamese, or .xlsx. */
  async playsFile(actor: Principal, period: ReportPeriod, format: ReportFormat): Promise<ReportFile> {
    const table = playsTable(period, await this.plays(actor, period));
    return this.fileOf(`gatecast-luot-phat-${period.from}-${period.until}`, table, format);
  }

  /**
   * Share of the period in which each screen sent heartbeats, counted from the later of the period's start
   * and the screen's creation (a screen added today is not down for the days before it existed); a gate's
   * row sums its screens' own minutes. A screen made after the period is not in it. A gate with operating
   * hours counts only its scheduled time (shared/hours.ts): a board dark by schedule is neither up nor down.
   */
  async availability(actor: Principal, period: ReportPeriod): Promise<AvailabilityRow[]> {
    this.deps.access.assertCan(actor, 'read');
    checkPeriod(period);
    const gates = await this.gatesFor(actor, period.gateId);
    const screens = (await this.deps.screens.all()).filter((s) => gates.has(s.gateId));
    const now = this.deps.clock.now();
    const out: AvailabilityRow[] = [];
    for (const gate of gates.values()) {
      const from = DateTime.fromISO(period.from, { zone: gate.timeZone }).startOf('day').toMillis();
      const until = DateTime.fromISO(period.until, { zone: gate.timeZone }).plus({ days: 1 }).startOf('day');
      const end = Math.max(from, Math.min(until.toMillis(), now));
      // The minutes the gate's screens were meant to be on: the whole span without hours.
      const scheduled = scheduledIntervals(gate.hours, gate.timeZone, from, end);
      const up = gate.hours
        ? await this.deps.reports.minutesUpWithin(
            scheduled.map(([s, e]) => [instant(s), instant(e)] as const),
          )
        : await this.deps.reports.minutesUp(instant(from), iso(until));
      const own = screens.filter((s) => s.gateId === gate.id && createdAt(s) < until.toMillis());
      const base = { province: gate.province, gateId: gate.id, gate: gate.name, countedUntil: instant(end) };
      let sum = 0;
      let total = 0;
      let first = end;
      for (const s of own) {
        // Minutes are counted on the heartbeat history's grid: the minute the screen was made counts.
        const start = Math.min(end, Math.max(from, Math.floor(createdAt(s) / 60_000) * 60_000));
        const minutes = Math.ceil(overlapMs(scheduled, start, end) / 60_000);
        const minutesUp = Math.min(minutes, up.get(s.id) ?? 0);
        sum += minutesUp;
        total += minutes;
        first = Math.min(first, start);
        out.push({
          ...base,
          screenId: s.id,
          screen: s.name,
          countedFrom: instant(start),
          minutesUp,
          minutes,
          availability: minutes > 0 ? minutesUp / minutes : 0,
        });
      }
      out.push({
        ...base,
        screenId: null,
        screen: null,
        countedFrom: instant(own.length > 0 ? first : from),
        minutesUp: sum,
        minutes: total,
        availability: total > 0 ? sum / total : 0,
      });
    }
    return out;
  }

  /** Availability over a period as a file: CSV for Excel set to Vietnamese, or .xlsx. */
  async availabilityFile(actor: Principal, period: ReportPeriod, format: ReportFormat): Promise<ReportFile> {
    const rows = await this.availability(actor, period);
    const zones = new Map((await this.deps.gates.all()).map((g) => [g.id, g.timeZone]));
    const table = availabilityTable(period, rows, (id) => zones.get(id) ?? 'UTC');
    return this.fileOf(`gatecast-kha-dung-${period.from}-${period.until}`, table, format);
  }

  private async fileOf(name: string, table: ExportTable, format: ReportFormat): Promise<ReportFile> {
    return format === 'csv'
      ? { name: `${name}.csv`, body: tableCsv(table) }
      : { name: `${name}.xlsx`, body: await this.deps.workbooks.write(table) };
  }

  private async gatesFor(actor: Principal, gateId: string | undefined): Promise<Map<string, Gate>> {
    const scope = await this.deps.access.gatesInScope(actor);
    const gates = (await this.deps.gates.all()).filter(
      (g) => (scope === 'all' || scope.has(g.id)) && (gateId === undefined || g.id === gateId),
    );
    return new Map(gates.map((g) => [g.id, g]));
  }
}

function iso(at: DateTime): string {
  return at.toUTC().toISO() ?? '';
}

/** When a screen was made, in ms; a stored date that does not parse counts as always there. */
function createdAt(screen: Screen): number {
  const at = Date.parse(screen.createdAt);
  return Number.isFinite(at) ? at : -Infinity;
}

function instant(ms: number): string {
  return new Date(ms).toISOString();
}

function checkPeriod(period: ReportPeriod): void {
  if (period.until < period.from)
    throw new ValidationError('until must not be before from', '/until', 'validation_failed', {
      reason: 'until_before_from',
      params: { from: period.from },
    });
  const days = DateTime.fromISO(period.until).diff(DateTime.fromISO(period.from), 'days').days;
  if (days > 366) throw new ValidationError('a report covers at most 366 days', '/until');
}
