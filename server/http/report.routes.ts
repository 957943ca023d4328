import type { Id, LocalDate } from '../../schemas/types.ts';
import type { ReportPeriod, ReportService } from '../services/report.service.ts';
import { validate } from '../validation/schema.validator.ts';
import { actorOf, type GuardedRouter } from './route.table.ts';
import { ValidationError } from '../domain/errors.ts';

function periodOf(query: Record<string, unknown>): ReportPeriod {
  const text = (name: string) => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new ValidationError(`${name} must be given once`, `/${name}`);
    return v;
  };
  const from = text('from');
  const until = text('until');
  if (from === undefined) throw new ValidationError('missing required query "from" (YYYY-MM-DD)', '/from');
  if (until === undefined) throw new ValidationError('missing required query "until" (YYYY-MM-DD)', '/until');
  const gateId = text('gateId');
  return {
    from: validateAt<LocalDate>('common.json#/$defs/localDate', from, '/from'),
    until: validateAt<LocalDate>('common.json#/$defs/localDate', until, '/until'),
    gateId: gateId === undefined ? undefined : validateAt<Id>('common.json#/$defs/id', gateId, '/gateId'),
  };
}

function validateAt<T>(ref: string, value: string, path: string): T {
  try {
    return validate<T>(ref, value);
  } catch (err) {
    if (err instanceof ValidationError) throw new ValidationError(`${path}${err.message.slice(1)}`, path);
    throw err;
  }
}

function csv(
  res: { type(t: string): unknown; setHeader(n: string, v: string): unknown; send(b: string): unknown },
  name: string,
  body: string,
) {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
}

/** /api/v1/reports: proof of play and availability, for any period, as JSON or CSV. */
export function reportRoutes(router: GuardedRouter, reports: ReportService): void {
  router.get('/plays', { signedIn: true }, async (req, res) => {
    const items = await reports.plays(actorOf(res), periodOf(req.query));
    res.json({ items, total: items.length });
  });
  router.get('/plays.csv', { signedIn: true }, async (req, res) => {
    const period = periodOf(req.query);
    csv(
      res,
      `gatecast-plays-${period.from}-${period.until}.csv`,
      await reports.playsCsv(actorOf(res), period),
    );
  });
  router.get('/availability', { signedIn: true }, async (req, res) => {
    const items = await reports.availability(actorOf(res), periodOf(req.query));
    res.json({ items, total: items.length });
  });
  router.get('/availability.csv', { signedIn: true }, async (req, res) => {
    const period = periodOf(req.query);
    csv(
      res,
      `gatecast-availability-${period.from}-${period.until}.csv`,
      await reports.availabilityCsv(actorOf(res), period),
    );
  });
}
