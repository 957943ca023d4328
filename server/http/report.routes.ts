import type { Response } from 'express';
import type { ReportQuery } from '../../schemas/types.ts';
import type { ReportPeriod, ReportService } from '../services/report.service.ts';
import { json, page, reads, text } from './contract.ts';
import { pageOf } from './page.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const period = (res: Response): ReportPeriod => queryOf<ReportQuery>(res);

/** Answers `body` as a CSV download named `name`. */
export function sendCsv(res: Response, name: string, body: string): void {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
}

const query = ['common.json#/$defs/reportQuery'];

/** /api/v1/reports: proof of play and availability, for any period, as JSON or CSV. */
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
    '/plays.csv',
    {
      signedIn: true,
      summary: 'Proof of play over a period, as CSV',
      query,
      responses: { 200: text('text/csv', 'Proof of play as CSV'), ...reads },
    },
    async (_req, res) => {
      const { from, until } = period(res);
      sendCsv(res, `gatecast-plays-${from}-${until}.csv`, await reports.playsCsv(actorOf(res), period(res)));
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
  router.get(
    '/availability.csv',
    {
      signedIn: true,
      summary: 'Availability over a period, as CSV',
      query,
      responses: { 200: text('text/csv', 'Availability as CSV'), ...reads },
    },
    async (_req, res) => {
      const { from, until } = period(res);
      sendCsv(
        res,
        `gatecast-availability-${from}-${until}.csv`,
        await reports.availabilityCsv(actorOf(res), period(res)),
      );
    },
  );
}
