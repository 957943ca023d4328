import type { Response } from 'express';
import type { ReportQuery } from '../../schemas/types.ts';
import { XLSX_TYPE } from '../domain/export.table.ts';
import type { ReportFile, ReportFormat, ReportPeriod, ReportService } from '../services/report.service.ts';
import { json, page, reads, text, type Reply } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const period = (res: Response): ReportPeriod => queryOf<ReportQuery>(res);

/** Answers `body` as a CSV download named `name`. */
export function sendCsv(res: Response, name: string, body: string): void {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
}

/** Answers an exported report as a download: CSV or .xlsx. */
export function sendFile(res: Response, file: ReportFile): void {
  if (typeof file.body === 'string') {
    sendCsv(res, file.name, file.body);
    return;
  }
  res.type(XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  res.send(file.body);
}

const query = ['common.json#/$defs/reportQuery'];
/** A reply of an .xlsx workbook. */
export const xlsx = (description: string): Reply => ({
  description,
  content: { [XLSX_TYPE]: { type: 'string', contentMediaType: XLSX_TYPE } },
});
const formats: { format: ReportFormat; reply: (what: string) => Reply; as: string }[] = [
  {
    format: 'csv',
    reply: (what) => text('text/csv', `${what} as CSV`),
    as: 'CSV for Excel set to Vietnamese (UTF-8 with BOM, `;` separated, decimal comma, dd/MM/yyyy)',
  },
  { format: 'xlsx', reply: (what) => xlsx(`${what} as an .xlsx workbook`), as: 'an .xlsx workbook' },
];

/** /api/v1/reports: proof of play and availability, for any period, as JSON, CSV or .xlsx. */
export function reportRoutes(router: GuardedRouter, reports: ReportService): void {
  router.get(
    '/plays',
    {
      signedIn: true,
      summary: 'Proof of play per message and screen over a period',
      query,
      responses: { 200: json(page('report.json#/$defs/playReportRow')), ...reads },
    },
    async (_req, res) => {
      res.json(pageOf(await reports.plays(actorOf(res), period(res))));
    },
  );
  router.get(
    '/availability',
    {
      signedIn: true,
      summary: 'Availability per screen over a period',
      query,
      responses: { 200: json(page('report.json#/$defs/availabilityRow')), ...reads },
    },
    async (_req, res) => {
      res.json(pageOf(await reports.availability(actorOf(res), period(res))));
    },
  );
  for (const { format, reply, as } of formats) {
    router.get(
      `/plays.${format}`,
      {
        signedIn: true,
        summary: `Proof of play over a period, as ${as}`,
        query,
        responses: { 200: reply('Proof of play'), ...reads },
      },
      async (_req, res) => {
        sendFile(res, await reports.playsFile(actorOf(res), period(res), format));
      },
    );
    router.get(
      `/availability.${format}`,
      {
        signedIn: true,
        summary: `Availability over a period, as ${as}`,
        query,
        responses: { 200: reply('Availability'), ...reads },
      },
      async (_req, res) => {
        sendFile(res, await reports.availabilityFile(actorOf(res), period(res), format));
      },
    );
  }
}
