import express from 'express';
import { DomainError } from '../domain/errors.ts';
import type { AlertQuery, AlertReportQuery, PageQuery } from '../../schemas/types.ts';
import { XLSX_TYPE } from '../domain/export.table.ts';
import type { AlertSourceService } from '../services/alert-source.service.ts';
import type { AlertReportService } from '../services/alert-report.service.ts';
import type { AlertService } from '../services/alert.service.ts';
import { acts, changes, created, empty, errors, json, page, reads, readsOne, text } from './contract.ts';
import { pageOf } from './page.ts';
import { sendFile } from './report.routes.ts';
import { actorOf, queryOf, sourceOf, type GuardedRouter } from './route.table.ts';

/** The media types a CAP document comes as. */
export const CAP_TYPES = ['application/cap+xml', 'application/xml', 'text/xml'] as const;
const capBody = express.raw({ type: [...CAP_TYPES], limit: '256kb' });
const alert = 'alert.json#/$defs/alert';
const source = 'alert.json#/$defs/source';
const withToken = 'alert.json#/$defs/sourceWithToken';

/** /api/v1/cap: an alert source pushes a CAP 1.2 document (docs/ALERTS.md has the integrator's guide). */
export function capRoutes(router: GuardedRouter, alerts: AlertService): void {
  router.post(
    '/',
    {
      alertSource: true,
      summary:
        'Send a CAP 1.2 alert (the XML document as the body): 201 with what it did, 200 when the same alert was already received',
      body: { raw: CAP_TYPES },
      responses: {
        201: created(alert),
        200: json(alert, 'The same alert (sender, identifier, sent) was already received; nothing changed'),
        ...changes,
        ...errors(413, 415),
      },
    },
    capBody,
    async (req, res) => {
      const { alert: stored, created: isNew } = await alerts.ingest(sourceOf(res), bytesOf(req.body), {
        kind: 'push',
      });
      res.status(isNew ? 201 : 200).json(stored);
    },
  );
  router.post(
    '/preview',
    {
      alertSource: true,
      summary:
        'What a CAP 1.2 alert would do now (gates, languages, on screen or waiting), checked like a real one; nothing is stored or shown',
      body: { raw: CAP_TYPES },
      responses: { 200: json(alert), ...changes, ...errors(413, 415) },
    },
    capBody,
    async (req, res) => {
      res.json(await alerts.preview(sourceOf(res), bytesOf(req.body)));
    },
  );
}

/** The raw body express.raw left (a Buffer); a request of another media type is refused with 415. */
function bytesOf(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  throw new DomainError(
    'unsupported_media_type',
    415,
    `send the CAP document as ${CAP_TYPES.join(', ')} (Content-Type), UTF-8`,
  );
}

/** /api/v1/alerts: the alerts received, what each did at each gate, approve and clear. */
export function alertRoutes(router: GuardedRouter, alerts: AlertService, reports: AlertReportService): void {
  // Before /:id, which would take "report" for an id.
  router.get(
    '/report',
    {
      signedIn: true,
      summary:
        'The alert report over a period: each alert at each screen, shown from when, until when, for how long, with or without its screenshot; CSV for Excel set to Vietnamese, or .xlsx',
      query: ['alert.json#/$defs/reportQuery'],
      responses: {
        200: {
          description: 'The report as a download',
          content: {
            'text/csv': { type: 'string' },
            [XLSX_TYPE]: { type: 'string', contentMediaType: XLSX_TYPE },
          },
        },
        ...errors(400, 403),
      },
    },
    async (_req, res) => {
      sendFile(res, await reports.file(actorOf(res), queryOf<AlertReportQuery>(res)));
    },
  );
  router.get(
    '/',
    {
      signedIn: true,
      summary: 'Alerts received, newest first, each as it stands now',
      query: ['common.json#/$defs/pageQuery', 'alert.json#/$defs/alertQuery'],
      responses: { 200: json(page(alert)), ...reads },
    },
    async (_req, res) => {
      const { limit = 50, offset = 0, ...filter } = queryOf<PageQuery & AlertQuery>(res);
      const { items, total } = await alerts.list(actorOf(res), filter, limit, offset);
      res.json(pageOf(items, { limit, offset, total }));
    },
  );
  router.get(
    '/:id',
    {
      signedIn: true,
      summary: 'An alert and what it did at each gate',
      responses: { 200: json(alert), ...readsOne },
    },
    async (req, res) => {
      res.json(await alerts.get(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/xml',
    {
      signedIn: true,
      summary: 'The alert’s document exactly as it was received',
      responses: { 200: text('application/xml', 'The CAP document, byte for byte'), ...readsOne },
    },
    async (req, res) => {
      const xml = await alerts.xml(actorOf(res), String(req.params.id));
      res.setHeader('Content-Disposition', `attachment; filename="${String(req.params.id)}.xml"`);
      res.type('application/xml').send(Buffer.from(xml));
    },
  );
  router.post(
    '/:id/approve',
    {
      signedIn: true,
      summary: 'Approve the alert at every gate where it waits and you may approve it',
      responses: { 200: json(alert), ...acts },
    },
    async (req, res) => {
      res.json(await alerts.approve(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/clear',
    {
      signedIn: true,
      summary: 'Take the alert off every screen (or withdraw it) at the gates you may act on',
      responses: { 200: json(alert), ...acts },
    },
    async (req, res) => {
      res.json(await alerts.clear(actorOf(res), String(req.params.id)));
    },
  );
}

/** /api/v1/alert-sources: the authorities that send alerts (admins). */
export function alertSourceRoutes(router: GuardedRouter, sources: AlertSourceService): void {
  router.get(
    '/',
    { signedIn: true, summary: 'Alert sources', responses: { 200: json(page(source)), ...reads } },
    async (_req, res) => {
      const items = await sources.list(actorOf(res));
      res.json(pageOf(items, { limit: items.length }));
    },
  );
  router.post(
    '/',
    {
      signedIn: true,
      summary: 'Register an alert source; its token is in the answer, and never again',
      body: 'alert.json#/$defs/sourceInput',
      responses: { 201: created(withToken), ...changes },
    },
    async (req, res) => {
      res.status(201).json(await sources.create(actorOf(res), req.body));
    },
  );
  router.get(
    '/:id',
    { signedIn: true, summary: 'An alert source', responses: { 200: json(source), ...readsOne } },
    async (req, res) => {
      res.json(await sources.get(actorOf(res), String(req.params.id)));
    },
  );
  router.put(
    '/:id',
    {
      signedIn: true,
      summary: 'Change an alert source (its token stays)',
      body: 'alert.json#/$defs/sourceInput',
      responses: { 200: json(source), ...changes },
    },
    async (req, res) => {
      res.json(await sources.update(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.delete(
    '/:id',
    {
      signedIn: true,
      summary: 'Remove an alert source (the alerts it sent stay)',
      responses: { 204: empty('Removed'), ...acts },
    },
    async (req, res) => {
      await sources.remove(actorOf(res), String(req.params.id));
      res.status(204).end();
    },
  );
  router.post(
    '/:id/token',
    {
      signedIn: true,
      summary: 'Renew an alert source’s token: the old one stops working at once',
      responses: { 200: json(withToken), ...acts },
    },
    async (req, res) => {
      res.json(await sources.renewToken(actorOf(res), String(req.params.id)));
    },
  );
}
