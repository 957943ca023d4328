import type { HolidaysQuery } from '../../schemas/types.ts';
import type { GateCalendarService } from '../services/gate-calendar.service.ts';
import { acts, changes, json, readsOne } from './contract.ts';
import { actorOf, queryOf, type GuardedRouter } from './route.table.ts';

const record = 'calendar.json#/$defs/record';

/** /api/v1/gates/:id/calendar: a gate's opening calendar, its draft and approval, and holidays to take in. */
export function gateCalendarRoutes(router: GuardedRouter, calendars: GateCalendarService): void {
  router.get(
    '/:id/calendar',
    {
      signedIn: true,
      summary: 'A gate’s calendar: the draft waiting for approval and the approved one its screens have',
      responses: { 200: json(record), ...readsOne },
    },
    async (req, res) => {
      res.json(await calendars.get(actorOf(res), String(req.params.id)));
    },
  );
  router.put(
    '/:id/calendar',
    {
      signedIn: true,
      summary:
        'Save a gate’s calendar as a draft: its screens keep the approved one until another person approves',
      body: 'calendar.json#/$defs/calendar',
      responses: { 200: json(record), ...changes },
    },
    async (req, res) => {
      res.json(await calendars.save(actorOf(res), String(req.params.id), req.body));
    },
  );
  router.post(
    '/:id/calendar/approve',
    {
      signedIn: true,
      summary:
        'Approve a gate’s draft calendar (another person than its author): its screens get it at once and its opening-hours message is written',
      responses: { 200: json(record), ...acts },
    },
    async (req, res) => {
      res.json(await calendars.approve(actorOf(res), String(req.params.id)));
    },
  );
  router.post(
    '/:id/calendar/discard',
    {
      signedIn: true,
      summary: 'Drop a gate’s draft calendar; the approved one stays',
      responses: { 200: json(record), ...acts },
    },
    async (req, res) => {
      res.json(await calendars.discard(actorOf(res), String(req.params.id)));
    },
  );
  router.get(
    '/:id/calendar/holidays',
    {
      signedIn: true,
      summary:
        'The public holidays of a year computed from their rules, Vietnam’s and the neighbour’s, to take into the calendar',
      query: ['calendar.json#/$defs/holidaysQuery'],
      responses: { 200: json('calendar.json#/$defs/holidaysReply'), ...readsOne },
    },
    async (req, res) => {
      const { year } = queryOf<HolidaysQuery>(res);
      res.json(await calendars.holidays(actorOf(res), String(req.params.id), year));
    },
  );
}
