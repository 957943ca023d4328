import { DateTime } from 'luxon';
import type { AlertReportQuery } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import type { Gate, Screen } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
import { tableCsv } from '../domain/export.table.ts';
import type { Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { WorkbookRepository } from '../repositories/workbook.repository.ts';
import { alertTable, type AlertReportGate } from './alert-report.tables.ts';
import type { AlertService } from './alert.service.ts';
import type { EmergencyService } from './emergency.service.ts';
import type { ReportFile } from './report.service.ts';

export interface AlertReportServiceDeps {
  alerts: Pick<AlertService, 'receivedBetween'>;
  emergencies: Pick<EmergencyService, 'get'>;
  gates: DocumentRepository<Gate>;
  screens: DocumentRepository<Screen>;
  workbooks: Pick<WorkbookRepository, 'write'>;
  clock: Clock;
}

/** The zone of a day's bounds for an alert that reached no gate (every reference gate keeps this time). */
const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * The alert report, for a department's quarterly filing: every alert received in a period, at each gate
 * and screen, when it was shown, until when, for how long, and whether its screenshot arrived.
 */
export class AlertReportService {
  private readonly deps: AlertReportServiceDeps;

  constructor(deps: AlertReportServiceDeps) {
    this.deps = deps;
  }

  /** The report over calendar days (in each gate's time zone) as CSV for Excel set to Vietnamese, or .xlsx. */
  async file(actor: Principal, query: AlertReportQuery): Promise<ReportFile> {
    const { from, until, format = 'csv' } = query;
    if (until < from)
      throw new ValidationError('until must not be before from', '/until', 'validation_failed', {
        reason: 'until_before_from',
        params: { from },
      });
    if (DateTime.fromISO(until).diff(DateTime.fromISO(from), 'days').days > 366)
      throw new ValidationError('a report covers at most 366 days', '/until');
    // A day lasts from 14 h before to 12 h after its UTC counterpart somewhere: take a wide window, then keep
    // each alert whose reception falls on the period's days at its gate.
    const wideFrom = DateTime.fromISO(from, { zone: 'UTC' }).minus({ hours: 14 }).toISO() ?? '';
    const wideUntil = DateTime.fromISO(until, { zone: 'UTC' }).plus({ days: 1, hours: 14 }).toISO() ?? '';
    const [alerts, gates, screens] = await Promise.all([
      this.deps.alerts.receivedBetween(actor, wideFrom, wideUntil),
      this.deps.gates.all(),
      this.deps.screens.all(),
    ]);
    const gateById = new Map(gates.map((g) => [g.id, g]));
    const screenNames = new Map(screens.map((s) => [s.id, s.name]));
    const inPeriod = (iso: string, zone: string) => {
      const day = DateTime.fromISO(iso, { zone }).toISODate() ?? '';
      return day >= from && day <= until;
    };
    const rows: AlertReportGate[] = [];
    for (const alert of alerts) {
      if (alert.gates.length === 0) {
        if (inPeriod(alert.receivedAt, DEFAULT_ZONE))
          rows.push({
            alert,
            gateId: '',
            gateName: '',
            timeZone: DEFAULT_ZONE,
            outcome: alert.outcome,
            screenNames,
          });
        continue;
      }
      for (const g of alert.gates) {
        const zone = gateById.get(g.gateId)?.timeZone ?? DEFAULT_ZONE;
        if (!inPeriod(alert.receivedAt, zone)) continue;
        const emergency = g.emergencyId ? await this.deps.emergencies.get(actor, g.emergencyId) : undefined;
        rows.push({
          alert,
          gateId: g.gateId,
          gateName: g.name,
          timeZone: zone,
          outcome: g.outcome,
          ...(emergency ? { emergency } : {}),
          screenNames,
        });
      }
    }
    const table = alertTable({ from, until }, rows, this.deps.clock.now());
    const name = `gatecast-canh-bao-${from}-${until}`;
    return format === 'csv'
      ? { name: `${name}.csv`, body: tableCsv(table) }
      : { name: `${name}.xlsx`, body: await this.deps.workbooks.write(table) };
  }
}
