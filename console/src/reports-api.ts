import { hrefOf } from './api.ts';
import { periodQuery, type Period } from './monitor-api.ts';

/** A report the console offers as a download. */
export type ReportName = 'plays' | 'availability' | 'alerts';
/** The file it comes as: CSV (Excel set to Vietnamese) or an .xlsx workbook. */
export type ReportFormat = 'csv' | 'xlsx';

/** A report's download for a period (a link: the browser sends the session cookie), the gate only when chosen. */
export function reportHref(report: ReportName, format: ReportFormat, period: Period): string {
  const params = { query: periodQuery(period) };
  // The alert report covers every gate the person sees: the period only.
  if (report === 'alerts')
    return hrefOf('/api/v1/alerts/report', { query: { from: period.from, until: period.until, format } });
  switch (`${report}.${format}` as const) {
    case 'plays.csv':
      return hrefOf('/api/v1/reports/plays.csv', params);
    case 'plays.xlsx':
      return hrefOf('/api/v1/reports/plays.xlsx', params);
    case 'availability.csv':
      return hrefOf('/api/v1/reports/availability.csv', params);
    case 'availability.xlsx':
      return hrefOf('/api/v1/reports/availability.xlsx', params);
  }
}
