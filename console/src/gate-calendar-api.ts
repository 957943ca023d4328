import { ok, type ApiClient, type Body, type Reply } from './api.ts';

// The calendar as the contract types it (calendar.json#/$defs/calendar): what the editor holds and sends.
export type GateCalendar = Body<'put', '/api/v1/gates/{id}/calendar'>;
export type CalendarException = NonNullable<GateCalendar['exceptions']>[number];
export type CalendarHoliday = NonNullable<GateCalendar['holidays']>[number];
export type CalendarPeriods = NonNullable<CalendarException['periods']>;
export type WeeklyHours = GateCalendar['weekly']['passengers'];
export type GateLane = NonNullable<CalendarException['lane']>;
export type LocalizedText = CalendarException['reason'];
/** One day of a holiday as the server proposes it (calendar.json#/$defs/holidayProposal). */
export type ProposedDay = Reply<'get', '/api/v1/gates/{id}/calendar/holidays'>['holidays'][number];

/**
 * A gate's calendar (calendar.json#/$defs/record): the draft waiting for approval, the approved one the screens
 * use, the generated opening-hours message, and what the caller may do now (save, approve, discard).
 */
export type CalendarRecord = Reply<'get', '/api/v1/gates/{id}/calendar'>;

/** A gate's calendar over REST: read, save the draft, approve or discard it, the holidays of a year. */
export interface CalendarApi {
  record: (gateId: string) => Promise<CalendarRecord>;
  save: (gateId: string, calendar: GateCalendar) => Promise<CalendarRecord>;
  approve: (gateId: string) => Promise<CalendarRecord>;
  discard: (gateId: string) => Promise<CalendarRecord>;
  /** The computed public holidays of a year at the gate: Vietnam's and its neighbour's. */
  holidays: (gateId: string, year: number) => Promise<ProposedDay[]>;
}

const byId = (id: string) => ({ params: { path: { id } } });

export function calendarApi(api: ApiClient): CalendarApi {
  const { http } = api;
  return {
    record: (id) => ok(http.GET('/api/v1/gates/{id}/calendar', byId(id))),
    save: (id, body) => ok(http.PUT('/api/v1/gates/{id}/calendar', { ...byId(id), body })),
    approve: (id) => ok(http.POST('/api/v1/gates/{id}/calendar/approve', byId(id))),
    discard: (id) => ok(http.POST('/api/v1/gates/{id}/calendar/discard', byId(id))),
    holidays: async (id, year) =>
      (
        await ok(
          http.GET('/api/v1/gates/{id}/calendar/holidays', { params: { path: { id }, query: { year } } }),
        )
      ).holidays,
  };
}
